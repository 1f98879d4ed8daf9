import type { CorridorRow, LegAggregates } from '../../src/analysis/corridor';

/** A leg with round numbers: US$1,000 a month before, US$1,000 after, reported. */
export function leg(
  from: string,
  to: string,
  overrides: Partial<LegAggregates> = {},
): LegAggregates {
  return {
    from,
    to,
    source: 'reported',
    baselineMean: 1000,
    postMean: 1000,
    postLevel: 1000,
    postTotal: 40_000,
    baselineMonths: 36,
    postMonths: 40,
    lateMean: 1000,
    earlyMean: 1000,
    baselineSd: null,
    trendLevel: null,
    peakYear: null,
    relativeLevel: null,
    othersBaselineMean: null,
    othersWindowMean: null,
    ...overrides,
  };
}

/** A corridor TWN → KGZ → RUS in HS 854231 where nothing happens, to be overridden. */
export function corridorRow(overrides: Partial<CorridorRow> = {}): CorridorRow {
  return {
    origin: 'TWN',
    via: 'KGZ',
    destination: 'RUS',
    product: '854231',
    level: '6',
    frequency: 'monthly',
    evidence: 'full',
    productName: {
      en: 'Electronic ICs: processors and controllers',
      'zh-TW': '積體電路：處理器及控制器',
    },
    chplTier: '1',
    names: {
      origin: { en: 'Taiwan', 'zh-TW': '臺灣' },
      via: { en: 'Kyrgyzstan', 'zh-TW': '吉爾吉斯' },
      destination: { en: 'Russia', 'zh-TW': '俄羅斯' },
    },
    postStart: '2022-03',
    postEnd: '2025-06',
    first: leg('TWN', 'KGZ'),
    second: leg('KGZ', 'RUS'),
    direct: null,
    coMovement: null,
    lagMonths: null,
    importsBaseline: null,
    importsPost: null,
    reexportPost: null,
    reexportBaseline: null,
    sharePost: null,
    shareBaseline: null,
    mirrorGap: null,
    mirrorMargin: null,
    unitValuePost: null,
    unitValueBaseline: null,
    unitValueOthers: null,
    ...overrides,
  };
}
