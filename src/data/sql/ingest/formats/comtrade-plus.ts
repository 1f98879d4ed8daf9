import { blank, intCode, num, parseDate } from '../columns';
import { comtradeParts } from './comtrade-common';
import type { FormatReader, MapContext, MappingSpec } from '../mapping';

/**
 * UN Comtrade Plus CSV: 47 named columns, found by name so that downloads with
 * fewer columns (no descriptions) read too. freqCode A → January 1 of refYear, M → the month of
 * `period` (YYYYMM); primaryValue in US dollars, netWgt in kg, qtyUnitCode -1 = no quantity.
 */
export const COMTRADE_PLUS: FormatReader = {
  format: 'comtrade-plus',
  label: 'UN Comtrade Plus CSV',
  required: [
    'freqCode',
    'period',
    'reporterCode',
    'flowCode',
    'partnerCode',
    'cmdCode',
    'primaryValue',
  ],
  mapping(ctx: MapContext): MappingSpec {
    const col = (name: string) => ctx.columns.sql(name);
    const qtyCode = intCode(col('qtyUnitCode'));
    const parts = comtradeParts(
      ctx,
      {
        reporterCode: col('reporterCode'),
        reporterIso: col('reporterISO'),
        reporterDesc: col('reporterDesc'),
        partnerCode: col('partnerCode'),
        partnerIso: col('partnerISO'),
        partnerDesc: col('partnerDesc'),
        partner2Code: col('partner2Code'),
        customsCode: col('customsCode'),
        motCode: col('motCode'),
        cmdCode: col('cmdCode'),
        value: col('primaryValue'),
        netKg: col('netWgt'),
        qty: col('qty'),
        qtyUnitCode: col('qtyUnitCode'),
        flow: `CASE WHEN upper(${blank(col('flowCode'))}) IN ('X', 'M', 'RX', 'RM')
          THEN upper(${blank(col('flowCode'))}) END`,
        flowRaw: blank(col('flowCode')),
      },
      {
        code: 'period_unreadable',
        when: 'period_date IS NULL',
        detail: `concat_ws(' ', period_text, '(freqCode ' || freq_code || ')')`,
      },
    );
    return {
      from: parts.from,
      fields: [
        ['freq_code', `upper(${blank(col('freqCode'))})`],
        ['period_text', blank(col('period'))],
        [
          'freq_canon',
          `CASE WHEN freq_code IN ('A', 'M') THEN freq_code
          WHEN length(period_text) = 4 THEN 'A' WHEN length(period_text) = 6 THEN 'M' END`,
        ],
        [
          'period_date',
          `CASE freq_canon WHEN 'A' THEN ${parseDate(`coalesce(${blank(col('refYear'))}, period_text)`, '%Y')}
          WHEN 'M' THEN ${parseDate('period_text', '%Y%m')} END`,
        ],
        ...parts.fields,
      ],
      columns: {
        period: 'period_date',
        freq: 'freq_canon',
        reporter: 'reporter_iso3',
        partner: 'partner_iso3',
        flow: 'flow_canon',
        hs: 'hs_code',
        value_usd: `CAST(${num(col('primaryValue'))} AS DOUBLE)`,
        net_kg: `CAST(${num(col('netWgt'))} AS DOUBLE)`,
        qty: `CAST(CASE WHEN ${qtyCode} IS DISTINCT FROM -1 THEN ${num(col('qty'))} END AS DOUBLE)`,
        qty_unit: `CASE WHEN ${qtyCode} IS DISTINCT FROM -1 AND ${num(col('qty'))} IS NOT NULL
          THEN nullif(${blank(col('qtyUnitAbbr'))}, 'N/A') END`,
        source: "'comtrade'",
      },
      skips: parts.skips,
    };
  },
};
