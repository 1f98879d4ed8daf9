import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mappingToJson, parseMappingJson } from '../../src/data/ingest';
import { translate } from '../../src/i18n';
import { describeIngestMessage } from '../../src/ui/describe-ingest';
import { canBeFixed, draftOf, mappingOf } from '../../src/ui/mapping-draft';

const FIXTURE = new URL('../fixtures/ingest/tw-customs-own-layout.mapping.json', import.meta.url);

describe("the mapping dialog's draft", () => {
  it('gives back the mapping it was made from, as the same JSON', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const { mapping } = mappingOf(draftOf(parseMappingJson(text)));
    expect(mapping && mappingToJson(mapping)).toBe(text);
  });

  it('says what is still needed while the user fills it in, in both languages', () => {
    const draft = draftOf(parseMappingJson(readFileSync(FIXTURE, 'utf8')));
    const unfinished = {
      ...draft,
      choices: {
        ...draft.choices,
        // A fixed value chosen but not typed yet is no value.
        reporter: { kind: 'fixed' as const, value: ' ' },
        partner: { kind: 'none' as const },
      },
    };
    const { mapping, problem } = mappingOf(unfinished);
    expect(mapping).toBeNull();
    expect(problem).toMatchObject({
      code: 'mapping_missing_fields',
      params: { missing: 'reporter, partner' },
    });
    expect(problem && describeIngestMessage('zh-TW', 'ingestError', problem)).toContain(
      '欄位對應缺少 reporter, partner',
    );
  });

  it('refuses a fixed flow that is no flow, and never offers a fixed value for figures', () => {
    const draft = draftOf(parseMappingJson(readFileSync(FIXTURE, 'utf8')));
    const { problem } = mappingOf({
      ...draft,
      choices: { ...draft.choices, flow: { kind: 'fixed', value: 'outbound' } },
    });
    expect(problem && describeIngestMessage('en', 'ingestError', problem)).toBe(
      'flow "outbound" is not a trade flow: use X (export), M (import), RX (re-export) or RM (re-import)',
    );
    expect(['value_usd', 'net_kg', 'qty'].filter((f) => canBeFixed(f as 'qty'))).toEqual([]);
    expect(canBeFixed('reporter')).toBe(true);
    expect(translate('zh-TW', 'mapping.field.reporter')).toBe('申報國');
  });
});
