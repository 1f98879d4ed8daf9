import briefingJson from '../../../public/briefings/default.json';
import { parseBriefing, type Briefing } from './briefing';

/**
 * The briefing shown when the URL names none, and when the one it names cannot be read: the
 * bundled sample's story. Built into the app from public/briefings/default.json, so that the
 * editor starts from it and the briefing page shows it at once; the copy of that file in the
 * built folder is there to be seen and copied, never read.
 */
export const DEFAULT_BRIEFING: Briefing = parseBriefing(briefingJson);

/** The briefings built into the app, by id (`briefing=` in the URL); others are read as files. */
export const BRIEFINGS: Record<string, Briefing> = { default: DEFAULT_BRIEFING };
