import briefingJson from '../../../data/briefings/default.json';
import { parseBriefing, type Briefing } from './briefing';

/** The briefing shown when the URL names none: the bundled sample's story. */
export const DEFAULT_BRIEFING: Briefing = parseBriefing(briefingJson);

/** The bundled briefings by id (`briefing=` in the URL). */
export const BRIEFINGS: Record<string, Briefing> = { default: DEFAULT_BRIEFING };
