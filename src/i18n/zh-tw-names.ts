import type { enNames } from './en-names';

/** Traditional Chinese messages about residual partners and the value of skipped rows. */
export const zhTwNames: Record<keyof typeof enNames, string> = {
  'residual.XNS': '其他國家（未列明）',
  'residual.XBK': '船舶及航空器用燃料與物料',
  'residual.XFZ': '自由區',
  'residual.XSC': '特殊類別（未公開貿易夥伴）',
  'residual.XRN': '區域或國家集團（未列明國家）',
  'residual.XHG': '已不存在或合併申報的經濟體（如蘇聯、比利時－盧森堡）',
  'warning.residual_partner':
    '{count} 列共 {valueUsd} 保留為「{residual}」（{code}）：計入總額，但並非單一國家，不繪於地圖，也不作為中轉經濟體或目的地。',
  'warning.residual_partner.one':
    '{count} 列共 {valueUsd} 保留為「{residual}」（{code}）：計入總額，但並非單一國家，不繪於地圖，也不作為中轉經濟體或目的地。',
  'warning.residuals_summed':
    '{file} 中有 {count} 列的貿易夥伴並非單一國家，歸入同一其他類夥伴（{partners}），且貨品與期間相同：已加總為 {into} 列。',
  'report.skipRows': '{count} 列，{value}：',
  'report.skipRows.one': '{count} 列，{value}：',
  'report.skipRowsNoValue': '{count} 列：',
  'report.skipRowsNoValue.one': '{count} 列：',
};
