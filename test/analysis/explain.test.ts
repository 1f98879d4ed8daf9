import { describe, expect, it } from 'vitest';
import { poolsOf } from '../../src/analysis/calibration';
import { buildCorridor, withCalibration } from '../../src/analysis/corridor';
import { formatFraction, formatMonth, formatMultiple, formatUsdInText } from '../../src/i18n';
import { productName } from '../../src/analysis/products';
import { corridorRow, leg } from './rows';

const FLOOR = { floorUsd: 10_000 };

/** 790k / 10k = 79 and 690k / 10k = 69 on the two legs, as the words give them (scored with
 * the 10k floor: (post + 10k) / (baseline + 10k) = 40 and 35). */
const surging = {
  first: leg('TWN', 'KGZ', { baselineMean: 10_000, postLevel: 790_000 }),
  second: leg('KGZ', 'RUS', { baselineMean: 10_000, postLevel: 690_000 }),
  coMovement: 0.9,
  lagMonths: 1,
};

describe('explanations', () => {
  it('tells the two-leg story with its multiples, lag and missing imports', () => {
    const corridor = buildCorridor(corridorRow({ ...surging, mirrorGap: 0.5 }), FLOOR);
    expect(corridor.explanation.en).toBe(
      "Taiwan's exports of Electronic ICs: processors and controllers (HS 854231) to Kyrgyzstan rose 79× from Mar 2022 " +
        "while Kyrgyzstan's exports of the same to Russia rose 69×, moving together month by month " +
        '(the second leg about 1 month behind). Kyrgyzstan records only half of them as imports.',
    );
    expect(corridor.explanation['zh-TW']).toBe(
      '臺灣對吉爾吉斯的積體電路：處理器及控制器（HS 854231）出口自2022年3月起增為79倍，' +
        '同期吉爾吉斯對俄羅斯的同類出口增為69倍，兩者逐月同步變動（第二段約落後1個月）。' +
        '吉爾吉斯僅將其中約一半記為進口。',
    );
  });

  it('says how many comparable routes of unlisted goods score as high', () => {
    const listed = buildCorridor(corridorRow(surging), FLOOR);
    const control = (score: number) => ({ ...listed, chplTier: null, score });
    // Controls scoring 0, 0 and 0.2: none as high as the listed corridor → rate 1/4.
    const corridors = [listed, control(0), control(0), control(0.2)];
    const [calibrated] = withCalibration(corridors, poolsOf(corridors));
    expect(calibrated?.calibration.falsePositiveRate).toBe(0.25);
    expect(calibrated?.explanation.en).toContain(
      "while Kyrgyzstan's exports of the same to Russia rose 69×, moving together month by month " +
        '(the second leg about 1 month behind). None of the 3 comparable routes of goods not on the list score as high.',
    );
    expect(calibrated?.explanation['zh-TW']).toContain(
      '3 條未列管貨品的可比較路線中，沒有一條分數同樣高。',
    );
    // Two of three controls as high: rate 3/4, weak evidence.
    const others = [{ ...listed, score: 0.1 }, control(0.5), control(0.2), control(0)];
    const [weak] = withCalibration(others, poolsOf(others));
    expect(weak?.explanation.en).toContain(
      '2 of the 3 comparable routes of goods not on the list score as high: weak evidence.',
    );
    expect(weak?.explanation['zh-TW']).toContain('有 2 條分數同樣高：證據薄弱。');
  });

  it('counts the placebo run among the comparable routes, and says what it is', () => {
    const listed = buildCorridor(corridorRow(surging), FLOOR);
    const control = { ...listed, chplTier: null, score: 0.9 };
    const monthly = (score: number) => ({ score, kind: 'monthly.full' as const });
    const pools = { ...poolsOf([listed, control]), placebo: [0, 0.1, 0.95].map(monthly) };
    // Of the 4 controls (0.9, 0, 0.1, 0.95) two score as high as the listed one: rate 3/5.
    const [calibrated] = withCalibration([{ ...listed, score: 0.9 }], pools);
    expect(calibrated?.calibration).toMatchObject({ controls: 4, placebo: 3 });
    expect(calibrated?.calibration.falsePositiveRate).toBeCloseTo(0.6, 12);
    expect(calibrated?.explanation.en).toContain(
      '2 of the 4 comparable routes (1 of goods not on the list, 3 scored with the cut-off two years earlier, before the invasion) score as high: weak evidence.',
    );
    expect(calibrated?.explanation['zh-TW']).toContain(
      '4 條可比較路線（1 條未列管貨品的路線，3 條將基準期提前兩年、於入侵之前評分的路線）中，有 2 條分數同樣高：證據薄弱。',
    );
    // With the comparison run's 1,200 routes (none as high) among them: 2 of 1,204, rate 3/1,205.
    const elsewhere = Array.from({ length: 1200 }, () => monthly(0.5));
    const [wider] = withCalibration([{ ...listed, score: 0.9 }], { ...pools, elsewhere });
    expect(wider?.calibration).toMatchObject({ controls: 1204, placebo: 3, elsewhere: 1200 });
    expect(wider?.calibration.falsePositiveRate).toBeCloseTo(3 / 1205, 12);
    expect(wider?.explanation.en).toContain(
      '2 of the 1,204 comparable routes (1 of goods not on the list, 3 scored with the cut-off two years earlier, before the invasion, 1,200 to comparison destinations) score as high.',
    );
    expect(wider?.explanation['zh-TW']).toContain(
      '1,204 條可比較路線（1 條未列管貨品的路線，3 條將基準期提前兩年、於入侵之前評分的路線，1,200 條通往對照目的地的路線）中，有 2 條分數同樣高。',
    );
    // As many of its own kind, it is compared with those alone, and says how they were measured.
    expect(wider?.calibration.matched).toBe(true);
    expect(wider?.explanation.en).toContain(
      'score as high. Each was measured as this one was: month by month, with both legs known.',
    );
    expect(wider?.explanation['zh-TW']).toContain(
      '有 2 條分數同樣高。這些路線的量測方式與此走廊相同：逐月量測，兩段皆有資料。',
    );
    expect(calibrated?.calibration.matched).toBe(false);
    expect(calibrated?.explanation.en).not.toContain('Each was measured');
  });

  it("speaks of the destination's imports when the second leg is a mirror", () => {
    const second = { ...surging.second, source: 'mirror' as const };
    const corridor = buildCorridor(corridorRow({ ...surging, second }), FLOOR);
    expect(corridor.explanation.en).toContain(
      "while Russia's imports of the same from Kyrgyzstan rose 69×",
    );
    expect(corridor.explanation['zh-TW']).toContain('同期俄羅斯自吉爾吉斯的同類進口增為69倍');
  });

  it('says "from almost nothing" with a level instead of a multiple of zero', () => {
    const first = leg('TWN', 'KGZ', { baselineMean: 0, postLevel: 400_000 });
    const corridor = buildCorridor(corridorRow({ ...surging, first }), FLOOR);
    expect(corridor.explanation.en).toContain(
      'to Kyrgyzstan rose from almost nothing to US$400 k a month',
    );
    expect(corridor.explanation['zh-TW']).toContain('從幾乎為零增至每月40萬美元');
  });

  it('says why a corridor is not flagged', () => {
    const first = leg('TWN', 'TUR', { baselineMean: 1e7, postLevel: 1.2e7 });
    const corridor = buildCorridor(corridorRow({ ...surging, first, coMovement: 0.1 }), FLOOR);
    expect(corridor.score).toBe(0);
    expect(corridor.explanation.en).toContain('changed little');
    expect(corridor.explanation.en).toContain('but not in step month by month');
    expect(corridor.explanation.en).toMatch(
      /Not flagged: the first leg did not surge; the legs do not move together\.$/,
    );
    expect(corridor.explanation['zh-TW']).toMatch(/未予標記：第一段並未激增；兩段並未同步。$/);
  });

  it('adds the supporting signals that carry weight, strongest first', () => {
    const corridor = buildCorridor(
      corridorRow({
        ...surging,
        direct: leg('TWN', 'RUS', { baselineMean: 990_000, postMean: 0 }),
        reexportPost: 0.3,
        reexportBaseline: 0.2,
        sharePost: 0.9,
        shareBaseline: 0.05,
        unitValuePost: 1500,
        unitValueOthers: 1000,
      }),
      FLOOR,
    );
    const en = corridor.explanation.en;
    expect(en).toContain('Direct exports to Russia fell by 99%.');
    expect(en).toContain("Russia takes 90% of Kyrgyzstan's exports of them (baseline 5%).");
    expect(en).toContain('equal 30% of its imports of them from the world (baseline 20%).');
    expect(en).toContain(
      'Value per kg on the first leg is 1.5× what Taiwan charges its other buyers.',
    );
    // share (strength 1) before the re-export ratio (a rise of 0.1: strength 0.11)
    expect(en.indexOf('Russia takes')).toBeLessThan(en.indexOf('equal 30%'));
    expect(corridor.explanation['zh-TW']).toContain('直接出口至俄羅斯的金額減少99%。');
  });

  it('names CHPL tiers in words', () => {
    expect(productName('CHPL-4.B', 'tier', null)).toEqual({
      en: 'CHPL tier 4.B goods (CNC machine tools and their parts)',
      'zh-TW': '共同高優先清單第4.B級貨品（數值控制工具機及其零件）',
    });
  });
});

describe('number formats', () => {
  it.each([
    [45_000, 'US$45 k', '4.5萬美元'],
    [1_234_567, 'US$1.2 M', '120萬美元'],
    [3.4e9, 'US$3.4 bn', '34億美元'],
    [512, 'US$512', '512美元'],
  ])('%d US$', (x, en, zh) => {
    expect([formatUsdInText('en', x), formatUsdInText('zh-TW', x)]).toEqual([en, zh]);
  });

  it.each([
    [40.2, '40×', '40倍'],
    [2.46, '2.5×', '2.5倍'],
    [1234, '1,234×', '1,234倍'],
  ])('multiple %d', (x, en, zh) => {
    expect([formatMultiple('en', x), formatMultiple('zh-TW', x)]).toEqual([en, zh]);
  });

  it('writes months and fractions as people say them', () => {
    expect([formatMonth('en', '2022-03'), formatMonth('zh-TW', '2022-03-01')]).toEqual([
      'Mar 2022',
      '2022年3月',
    ]);
    expect([
      formatFraction('en', 0.49),
      formatFraction('zh-TW', 0.33),
      formatFraction('en', 0.7),
    ]).toEqual(['half', '約三分之一', '70%']);
  });
});

describe('a surge partly explained by a boom everywhere', () => {
  it('names how much the same goods to everyone else rose', () => {
    const first = leg('TWN', 'KGZ', {
      baselineMean: 90_000,
      postLevel: 390_000,
      othersBaselineMean: 1e9,
      othersWindowMean: 2.5e9,
    });
    const corridor = buildCorridor(corridorRow({ ...surging, first }), FLOOR);
    // in words 390k / 90k = 4.3; everyone else B = (2.5e9 + 10k) / (1e9 + 10k) ≈ 2.5;
    // scored relative to it: 400k / (90k × B + 10k)
    expect(corridor.explanation.en).toContain(
      'to Kyrgyzstan rose 4.3× (to everyone else: 2.5×) from Mar 2022',
    );
    expect(corridor.explanation['zh-TW']).toContain('增為4.3倍（對其他對象：2.5倍）');
    expect(corridor.signals.firstLegSurge.value).toBeCloseTo(
      400_000 / (90_000 * ((2.5e9 + 1e4) / (1e9 + 1e4)) + 10_000),
      9,
    );
  });
});
