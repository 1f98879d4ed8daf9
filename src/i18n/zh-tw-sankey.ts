import type { SankeyKey } from './en-sankey';

/** Traditional Chinese messages of the Sankey of origin, intermediaries and destinations, key for key. */
export const zhTwSankey: Record<SankeyKey, string> = {
  'sankey.title': '經中轉經濟體之流向',
  'sankey.loading': '正在加總流量…',
  'sankey.empty': '沒有符合這些篩選條件、經中轉經濟體的流量。',
  'sankey.other': '其他中轉經濟體',
  'sankey.otherMembers': '併入「其他中轉經濟體」者：{names}。',
  'sankey.node': '{name}：{value}',
  'sankey.filterVia': '{name}：{value}——依此中轉經濟體篩選',
  'sankey.filterTo': '{name}：{value}——依此目的地篩選',
  'sankey.link': '{from} → {to}：{value}',
  'sankey.table.caption': '圖中各流量（美元）。',
  'sankey.table.from': '起點',
  'sankey.table.to': '終點',
  'sankey.table.value': '金額',
};
