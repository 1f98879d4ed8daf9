import { parseUserMapping, type UserMapping } from '../data/ingest';
import { headerKey } from '../data/ingest/user-mapping';

/** A column mapping the user saved, with the header of the file it was made for. */
export interface MappingPreset {
  name: string;
  header: string[];
  mapping: UserMapping;
}

const STORAGE_KEY = 'tdc.mappingPresets';

/** The browser's storage, or null where it is off (private windows of some browsers). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The saved presets; entries that are not valid mappings (an older or edited store) are left out. */
export function loadPresets(): MappingPreset[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: Partial<MappingPreset>) => {
    try {
      if (typeof entry.name !== 'string' || !Array.isArray(entry.header)) return [];
      const header = entry.header.map(String);
      return [{ name: entry.name, header, mapping: parseUserMapping(entry.mapping) }];
    } catch {
      return [];
    }
  });
}

/** Saves a preset, replacing one of the same name; returns whether the browser kept it. */
export function savePreset(preset: MappingPreset): boolean {
  const presets = [preset, ...loadPresets().filter((p) => p.name !== preset.name)];
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(presets));
    return storage() !== null;
  } catch {
    return false;
  }
}

/** The most recently saved preset made for a file with this header, if any. */
export function presetFor(header: readonly string[]): MappingPreset | undefined {
  const key = headerKey(header);
  return loadPresets().find((p) => headerKey(p.header) === key);
}
