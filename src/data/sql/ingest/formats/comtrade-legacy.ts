import { blank, intCode, num, parseDate } from '../columns';
import { comtradeParts } from './comtrade-common';
import type { FormatReader, MapContext, MappingSpec } from '../mapping';

/**
 * Legacy UN Comtrade CSV, 35 columns found by name. `Period` is YYYY (annual)
 * or YYYYMM (monthly). Trade Flow Code is numeric in these files (1 Import, 2 Export,
 * 3 Re-Export, 4 Re-Import, as in the legacy API); the Trade Flow label is the fallback. Qty
 * Unit Code 1 means "No Quantity".
 */
export const COMTRADE_LEGACY: FormatReader = {
  format: 'comtrade-legacy',
  label: 'legacy UN Comtrade CSV',
  required: [
    'Year',
    'Period',
    'Trade Flow Code',
    'Reporter Code',
    'Partner Code',
    'Commodity Code',
    'Trade Value (US$)',
  ],
  mapping(ctx: MapContext): MappingSpec {
    const col = (name: string) => ctx.columns.sql(name);
    const flowCode = blank(col('Trade Flow Code'));
    const flowLabel = `lower(${blank(col('Trade Flow'))})`;
    const noQty = `(${intCode(col('Qty Unit Code'))} IN (1, -1) OR lower(${blank(col('Qty Unit'))}) = 'no quantity')`;
    const qty = `CASE WHEN NOT coalesce(${noQty}, false) THEN ${num(col('Qty'))} END`;
    const parts = comtradeParts(
      ctx,
      {
        reporterCode: col('Reporter Code'),
        reporterIso: col('Reporter ISO'),
        reporterDesc: col('Reporter'),
        partnerCode: col('Partner Code'),
        partnerIso: col('Partner ISO'),
        partnerDesc: col('Partner'),
        partner2Code: col('2nd Partner Code'),
        customsCode: col('Customs Proc. Code'),
        motCode: col('Mode of Transport Code'),
        cmdCode: col('Commodity Code'),
        value: col('Trade Value (US$)'),
        netKg: col('Netweight (kg)'),
        qty: `CASE WHEN NOT coalesce(${noQty}, false) THEN ${col('Qty')} END`,
        qtyUnitCode: 'CAST(NULL AS VARCHAR)',
        flow: `CASE
          WHEN upper(${flowCode}) IN ('X', 'M', 'RX', 'RM') THEN upper(${flowCode})
          WHEN ${flowCode} IS NOT NULL THEN
            CASE ${intCode(flowCode)} WHEN 1 THEN 'M' WHEN 2 THEN 'X' WHEN 3 THEN 'RX' WHEN 4 THEN 'RM' END
          ELSE CASE ${flowLabel} WHEN 'import' THEN 'M' WHEN 'export' THEN 'X'
            WHEN 're-export' THEN 'RX' WHEN 're-import' THEN 'RM' END
        END`,
        flowRaw: `concat_ws(' ', ${flowCode}, ${blank(col('Trade Flow'))})`,
      },
      {
        code: 'period_unreadable',
        when: 'period_date IS NULL',
        detail: 'period_text',
      },
    );
    return {
      from: parts.from,
      fields: [
        ['period_text', blank(col('Period'))],
        [
          'period_date',
          `CASE length(period_text) WHEN 4 THEN ${parseDate('period_text', '%Y')}
          WHEN 6 THEN ${parseDate('period_text', '%Y%m')} END`,
        ],
        ...parts.fields,
      ],
      columns: {
        period: 'period_date',
        freq: `CASE length(period_text) WHEN 4 THEN 'A' WHEN 6 THEN 'M' END`,
        reporter: 'reporter_iso3',
        partner: 'partner_iso3',
        flow: 'flow_canon',
        hs: 'hs_code',
        value_usd: `CAST(${num(col('Trade Value (US$)'))} AS DOUBLE)`,
        net_kg: `CAST(${num(col('Netweight (kg)'))} AS DOUBLE)`,
        qty: `CAST(${qty} AS DOUBLE)`,
        qty_unit: `CASE WHEN (${qty}) IS NOT NULL THEN ${blank(col('Qty Unit'))} END`,
        source: "'comtrade'",
      },
      skips: parts.skips,
    };
  },
};
