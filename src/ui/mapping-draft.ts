import {
  IngestError,
  parseUserMapping,
  type IngestMessage,
  type UserMapping,
} from '../data/ingest';
import {
  MAPPING_FIELDS,
  NUMERIC_FIELDS,
  type MappingField,
  type ValueUnit,
} from '../data/ingest/user-mapping';

/** What the dialog says a field is: not in the file, a column of it, or a fixed value. */
export type FieldChoice =
  { kind: 'none' } | { kind: 'column'; column: string } | { kind: 'fixed'; value: string };

/** The mapping as the dialog edits it: one choice per field, possibly incomplete. */
export interface MappingDraft {
  choices: Record<MappingField, FieldChoice>;
  valueUnit: ValueUnit;
  encoding: UserMapping['encoding'];
}

/** Whether a field may be a fixed value (figures may not). */
export const canBeFixed = (field: MappingField) => !NUMERIC_FIELDS.includes(field);

/** The draft of a (possibly partial) mapping. */
export function draftOf(mapping: UserMapping): MappingDraft {
  const choice = (field: MappingField): FieldChoice => {
    const column = mapping.columns[field];
    if (column !== undefined) return { kind: 'column', column };
    const value = mapping.constants[field];
    return value === undefined ? { kind: 'none' } : { kind: 'fixed', value };
  };
  const choices = Object.fromEntries(MAPPING_FIELDS.map((f) => [f, choice(f)])) as Record<
    MappingField,
    FieldChoice
  >;
  return { choices, valueUnit: mapping.value_unit, encoding: mapping.encoding };
}

/** A draft's mapping, or why it cannot be used yet (incomplete, a bad fixed value...). */
export function mappingOf(
  draft: MappingDraft,
): { mapping: UserMapping; problem: null } | { mapping: null; problem: IngestMessage } {
  const columns: Record<string, string> = {};
  const constants: Record<string, string> = {};
  for (const field of MAPPING_FIELDS) {
    const choice = draft.choices[field];
    if (choice.kind === 'column') columns[field] = choice.column;
    // An empty fixed value is no value yet.
    if (choice.kind === 'fixed' && choice.value.trim() !== '') constants[field] = choice.value;
  }
  try {
    const json = { columns, constants, value_unit: draft.valueUnit, encoding: draft.encoding };
    return { mapping: parseUserMapping(json), problem: null };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return {
      mapping: null,
      problem: { code: error.code, params: error.params, message: error.reason },
    };
  }
}
