import { describe, expect, it } from 'vitest';
import { buildCorridor, rankCorridors } from '../../src/analysis/corridor';
import {
  corridorTable,
  corridorsToCsv,
  corridorsToJson,
  csvField,
} from '../../src/analysis/export';
import {
  DEFAULT_PARAMS,
  parseCodes,
  parseMonthRange,
  resolveParams,
} from '../../src/analysis/params';
import { SIGNAL_NAMES } from '../../src/analysis/signals';
import { corridorRow, leg } from './rows';

describe('parameters', () => {
  it('defaults to Taiwan → Russia, Belarus; HS-6, HS-4 and tiers; 2019–2021 against March 2022 onward', () => {
    expect(resolveParams()).toMatchObject({
      origins: ['TWN'],
      destinations: ['RUS', 'BLR'],
      level: 'all',
      baseline: { start: '2019-01', end: '2021-12' },
      post: { start: '2022-03', end: null },
      cifFobFactor: 1.06,
    });
  });

  it.each([
    ['2019-01:2021-12', { start: '2019-01', end: '2021-12' }],
    ['2022-03:', { start: '2022-03', end: null }],
  ])('reads the period %s', (text, range) => {
    expect(parseMonthRange(text)).toEqual(range);
  });

  it.each(['2019-13:2020-01', '2019-01', '2019-01:2020-01:2021-01', '19-01:20-01'])(
    'rejects the period %s',
    (text) => {
      expect(() => parseMonthRange(text)).toThrow(/YYYY-MM:YYYY-MM/);
    },
  );

  it('reads destination lists and rejects what is not ISO-3', () => {
    expect(parseCodes('rus, blr')).toEqual(['RUS', 'BLR']);
    expect(() => parseCodes('Russia')).toThrow(/ISO-3/);
  });

  it('refuses a post period that does not follow the baseline, and negative numbers', () => {
    expect(() => resolveParams({ post: { start: '2021-06', end: null } })).toThrow(
      /after the baseline/,
    );
    expect(() => resolveParams({ minValueUsd: -1 })).toThrow(/minimum value/);
    expect(DEFAULT_PARAMS.post.end).toBeNull();
  });
});

describe('exports', () => {
  const corridors = rankCorridors(
    [
      buildCorridor(
        corridorRow({
          first: leg('TWN', 'KGZ', { baselineMean: 10_000, postLevel: 790_000 }),
          second: leg('KGZ', 'RUS', { baselineMean: 10_000, postLevel: 690_000 }),
          coMovement: 0.9,
          lagMonths: 1,
          mirrorGap: 0.5,
        }),
        { floorUsd: 10_000 },
      ),
    ],
    10,
  );

  it('quotes CSV fields that need it', () => {
    expect([
      csvField('a,b'),
      csvField('say "hi"'),
      csvField(null),
      csvField(0.5),
      csvField('plain'),
    ]).toEqual(['"a,b"', '"say ""hi"""', '', '0.5', 'plain']);
  });

  it('writes one CSV row per corridor with as many fields as the header', () => {
    const [header = '', row = ''] = corridorsToCsv(corridors).split('\r\n');
    const fields = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.length ?? 0;
    expect(header.split(',')).toContain('mirrorGap_contribution');
    expect(row.startsWith('1,0.')).toBe(true);
    expect(fields(row)).toBe(fields(header));
    expect(row).toContain(
      '"Taiwan\'s exports of Electronic ICs: processors and controllers (HS 854231) to Kyrgyzstan',
    );
  });

  it('writes the JSON an analyst needs', () => {
    const [json] = corridorsToJson(corridors, resolveParams());
    expect(json).toMatchObject({
      origin: 'TWN',
      via: 'KGZ',
      destination: 'RUS',
      product: '854231',
      rank: 1,
      period: {
        baseline: { start: '2019-01', end: '2021-12' },
        post: { start: '2022-03', end: '2025-06' },
      },
      legs: { first: { source: 'reported', surge: 40 }, second: { surge: 35 } },
      explanation: {
        en: expect.stringContaining('rose 79×'),
        'zh-TW': expect.stringContaining('增為79倍'),
      },
    });
    for (const name of SIGNAL_NAMES) {
      expect(json?.signals[name]).toHaveProperty('value');
      expect(json?.signals[name]).toHaveProperty('contribution');
    }
  });

  it('prints a table with the route, the multiples and the lag', () => {
    const lines = corridorTable(corridors).split('\n');
    expect(lines[0]).toMatch(/^#\s+score\s+route/);
    expect(lines[1]).toMatch(
      /^1\s+0\.\d{3}\s+TWN→KGZ→RUS\s+854231\s+×40\s+×35\s+0\.90 \(1\)\s+monthly\s+reported\/reported/,
    );
  });
});
