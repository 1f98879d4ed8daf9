import { quoteIdent } from '../../quote';
import { blank, intCode, notNum } from '../columns';
import { mixed490List, resolveByCode, TAIWAN_UN_CODE } from '../countries';
import type { MapContext, SkipRule } from '../mapping';

/** The raw columns of a Comtrade row (Plus or legacy), as SQL over the staged table `s`. */
export interface ComtradeColumns {
  reporterCode: string;
  reporterIso: string;
  reporterDesc: string;
  partnerCode: string;
  partnerIso: string;
  partnerDesc: string;
  partner2Code: string;
  customsCode: string;
  motCode: string;
  cmdCode: string;
  value: string;
  netKg: string;
  qty: string;
  qtyUnitCode: string;
  /** SQL giving the canonical flow (X, M, RX, RM) or NULL. */
  flow: string;
  /** SQL giving the raw flow as written, for the message. */
  flowRaw: string;
}

/**
 * The fields, joins and skip rules Comtrade Plus and legacy Comtrade share: totals only over
 * customs procedure, mode of transport and second partner (otherwise values count
 * twice), no all-goods TOTAL, UN codes to ISO-3 with 490 as Taiwan and the codes of no one
 * country (899 Areas nes, 837 Bunkers, 58 Belgium-Luxembourg, ...) as residual partners.
 */
export function comtradeParts(ctx: MapContext, c: ComtradeColumns, period: SkipRule) {
  const tables = { codes: ctx.codes, countries: ctx.countries };
  const reporter = resolveByCode('r', c.reporterCode, c.reporterIso, tables, 'reporter');
  const partner = resolveByCode('p', c.partnerCode, c.partnerIso, tables);
  const fields: [string, string][] = [
    ['reporter_iso3', reporter.iso3],
    ['partner_iso3', partner.iso3],
    ['partner_un', intCode(c.partnerCode)],
    ['flow_canon', c.flow],
    ['hs_code', blank(c.cmdCode)],
  ];
  const label = (code: string, desc: string) =>
    `concat_ws(' ', 'code', coalesce(${blank(code)}, '(empty)'), ${blank(desc)})`;
  const skips: SkipRule[] = [
    {
      code: 'customs_breakdown',
      when: `upper(${blank(c.customsCode)}) <> 'C00'`,
      detail: blank(c.customsCode),
    },
    {
      code: 'transport_breakdown',
      when: `${blank(c.motCode)} IS NOT NULL AND ${intCode(c.motCode)} IS DISTINCT FROM 0`,
      detail: blank(c.motCode),
    },
    {
      code: 'partner2_breakdown',
      when: `${blank(c.partner2Code)} IS NOT NULL AND ${intCode(c.partner2Code)} IS DISTINCT FROM 0`,
      detail: blank(c.partner2Code),
    },
    { code: 'commodity_total', when: `upper(hs_code) = 'TOTAL'`, detail: 'hs_code' },
    { code: 'flow_other', when: 'flow_canon IS NULL', detail: `coalesce(${c.flowRaw}, '')` },
    period,
    {
      code: 'reporter_unmapped',
      when: 'reporter_iso3 IS NULL',
      detail: label(c.reporterCode, c.reporterDesc),
    },
    {
      code: 'partner_unmapped',
      when: 'partner_iso3 IS NULL',
      detail: label(c.partnerCode, c.partnerDesc),
    },
  ];
  if (ctx.world === 'drop')
    skips.push({ code: 'world_dropped', when: `partner_iso3 = 'WLD'`, detail: 'partner_iso3' });
  if (ctx.mixed490 === 'drop')
    skips.push({
      code: 'mixed_490',
      when: `partner_un = ${TAIWAN_UN_CODE} AND reporter_iso3 IN ${mixed490List()}`,
      detail: 'reporter_iso3',
    });
  skips.push(
    { code: 'value_not_number', when: notNum(c.value), detail: blank(c.value) },
    { code: 'weight_not_number', when: notNum(c.netKg), detail: blank(c.netKg) },
    {
      code: 'qty_not_number',
      when: `${intCode(c.qtyUnitCode)} IS DISTINCT FROM -1 AND ${notNum(c.qty)}`,
      detail: blank(c.qty),
    },
  );
  return {
    from: `${quoteIdent(ctx.stage)} s\n  ${reporter.join}\n  ${partner.join}`,
    fields,
    skips,
  };
}
