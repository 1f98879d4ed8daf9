import type { OverlapsKey } from './en-overlaps';

/** 匯入報告中「兩個檔案提供同一流量」清單的正體中文訊息。 */
export const zhTwOverlaps: Record<OverlapsKey, string> = {
  'overlaps.title': '兩個檔案提供的同一流量，只計一次',
  'overlaps.rule':
    '兩個檔案提供同一流量（申報國、夥伴國、貿易流向、年份與貨品類別）時，只保留一份：先取較具權威的來源（關務署統計，其次聯合國 Comtrade、BACI、其他），再取較細的貨品層級，再取先列出的檔案。共捨去 {rows} 列，任何流量都不會重複計算。',
  'overlaps.flow': '流量',
  'overlaps.kept': '保留',
  'overlaps.dropped': '捨去',
  'overlaps.gap': '差距',
  'overlaps.exports': '{reporter} 出口至 {partners}，{year} 年，HS {family}',
  'overlaps.imports': '{reporter} 自 {partners} 進口，{year} 年，HS {family}',
  'overlaps.partners': '{count} 個夥伴',
  'overlaps.side': '{source}，HS {level} 位碼：{value}（{file}）',
  'overlaps.noGap': '未保留可比較的數字',
  'overlaps.more': '…另有 {count} 筆流量（命令列匯入的摘要會全部列出）。',
  'overlaps.source.tw-customs': '關務署統計',
  'overlaps.source.comtrade': '聯合國 Comtrade',
  'overlaps.source.baci': 'BACI',
  'overlaps.source.sample': '範例資料',
};
