import { useEffect, useSyncExternalStore } from 'react';
import { briefingFileUrl } from '../public-files';
import { BRIEFING_ID, parseBriefingText, type Briefing } from './briefing';
import { BRIEFINGS } from './default-briefing';

/** The reads started, by briefing name, and what those that have ended gave. */
const reads = new Map<string, Promise<Briefing | null>>();
const settled = new Map<string, Briefing | null>();
const listeners = new Set<() => void>();

/** Reads and checks one briefing file; null (with a warning) when it cannot be shown. */
async function readBriefingFile(name: string, fetchFile: typeof fetch): Promise<Briefing | null> {
  const url = briefingFileUrl(name);
  try {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // A server may answer a missing file with the page itself: that is not JSON, so null too.
    return { ...parseBriefingText(await response.text()), id: name };
  } catch (error) {
    console.warn(`No briefing '${name}' at ${url}`, error);
    return null;
  }
}

/**
 * The briefing `name` as far as it is known now: a bundled one ({@link BRIEFINGS}), or what
 * reading its file gave (null: there is none); undefined while it is not read yet.
 */
export function briefingRead(name: string): Briefing | null | undefined {
  if (Object.hasOwn(BRIEFINGS, name)) return BRIEFINGS[name];
  return settled.get(name);
}

/**
 * The briefing that `?briefing=name` names. A bundled one (the default) is never fetched; any
 * other is read from the app's folder, briefings/<name>.json, once per page. Null when there
 * is no such file, it is not a valid briefing, or the name is not one a briefing may have
 * (lower-case letters, digits, hyphens). The briefing takes its file's name as its id, so that
 * the page's address keeps naming the file it came from.
 */
export function loadBriefing(
  name: string,
  fetchFile: typeof fetch = fetch,
): Promise<Briefing | null> {
  const known = briefingRead(name);
  if (known !== undefined) return Promise.resolve(known);
  if (!BRIEFING_ID.test(name)) {
    settled.set(name, null);
    return Promise.resolve(null);
  }
  let read = reads.get(name);
  if (!read) {
    read = readBriefingFile(name, fetchFile).then((briefing) => {
      settled.set(name, briefing);
      for (const listener of listeners) listener();
      return briefing;
    });
    reads.set(name, read);
  }
  return read;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The briefing `name` for a component ({@link briefingRead}), reading its file if need be: a
 * bundled one at once, another once its file is read; undefined until then, null if none.
 */
export function useBriefingFile(name: string): Briefing | null | undefined {
  const snapshot = () => briefingRead(name);
  const read = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    if (read === undefined) void loadBriefing(name);
  }, [name, read]);
  return read;
}
