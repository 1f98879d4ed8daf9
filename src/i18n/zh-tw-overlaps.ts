import type { OverlapsKey } from './en-overlaps';

/** 匯入報告中「兩個檔案提供同一流量」清單的正體中文訊息。 */
export const zhTwOverlaps: Record<OverlapsKey, string> = {
  'overlaps.title': '兩個檔案提供的同一流量，只計一次',
  'overlaps.rule':
    '兩個檔案提供同一流量（申報國、夥伴國、貿易流向、年份與貨品類別）時，只保留一份：先取涵蓋全年者（幾個月只是一年的一部分，不是全年的另一個數字），再取較具權威的來源（關務署統計，其次聯合國 Comtrade、BACI、其他），再取涵蓋整個貨品類別者（幾個子目只是其所屬號列的一部分），再取較細的貨品層級，最後取先列出的檔案。共捨去 {rows} 列，任何流量都不會重複計算。',
  'overlaps.flow': '流量',
  'overlaps.kept': '保留',
  'overlaps.dropped': '捨去',
  'overlaps.why': '原因',
  'overlaps.exports': '{reporter} 出口至 {partners}，{year} 年，HS {family}',
  'overlaps.imports': '{reporter} 自 {partners} 進口，{year} 年，HS {family}',
  'overlaps.partners': '{count} 個夥伴',
  'overlaps.side': '{source}，HS {level} 位碼，{span}：{value}（{file}）',
  'overlaps.span.annual': '年資料',
  'overlaps.span.annualPart': '年資料，涵蓋 12 個月中的 {months} 個月',
  'overlaps.span.monthly': '月資料，涵蓋 12 個月中的 {months} 個月',
  'overlaps.span.both': '年資料與月資料',
  'overlaps.reason.partial_year':
    '捨去的資料只涵蓋全年 12 個月中的 {months} 個月：是一年的一部分，不是全年的另一個數字',
  'overlaps.reason.partial_goods':
    '捨去的資料只有 HS {family} 的部分子目（占該號列合計的 {share}）：是貨品的一部分，不是同一批貨品的另一個數字',
  'overlaps.reason.authority': '來源較具權威',
  'overlaps.reason.finer': '貨品層級較細，且同樣完整',
  'overlaps.reason.first': '完整度、細度與權威相同：取先列出的檔案',
  'overlaps.reasonGap': '{reason}；{gap}',
  'overlaps.apart': '相差 {gap}',
  'overlaps.noGap': '未保留可比較的數字',
  'overlaps.more': '…另有 {count} 筆流量（命令列匯入的摘要會全部列出）。',
  'overlaps.source.tw-customs': '關務署統計',
  'overlaps.source.comtrade': '聯合國 Comtrade',
  'overlaps.source.baci': 'BACI',
  'overlaps.source.sample': '範例資料',
};
