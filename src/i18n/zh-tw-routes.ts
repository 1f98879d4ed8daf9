import type { RoutesKey } from './en-routes';

/** 排名中關於可評分與無法評分路線的正體中文訊息。 */
export const zhTwRoutes: Record<RoutesKey, string> = {
  'routes.summary':
    '檢視路線：{considered} 條。完整評分：{full}；部分評分：{partial}；無突出跡象：{noSignal}；無法評分：{unscored}。',
  'routes.none': '資料可評分的 {count} 條路線中，沒有突出的走廊。',
  'routes.nothingScored': '無法評分任何路線，原因如下：',
  'routes.noRoutes': '資料中沒有自來源地經中轉經濟體至目的地的軍商兩用貨品路線。',
  'routes.reasonCount': '{reason}（{count} 條路線）',
  'routes.reasonCount.one': '{reason}（1 條路線）',
  'routes.unscored': '無法評分的路線及原因',
  'routes.reason.no_first_leg':
    '資料中沒有第一段：既無來源地對中轉經濟體的出口，也無中轉經濟體自來源地的進口',
  'routes.reason.first_no_baseline': '資料中沒有第一段在基準期的數字（無可比較的基準）',
  'routes.reason.first_no_post': '資料中沒有第一段在基準期之後的數字',
  'routes.reason.no_onward_leg':
    '沒有第二段：資料中既無中轉經濟體的出口（對目的地或全球），也無目的地自其進口',
  'routes.reason.onward_no_baseline': '資料中沒有第二段在基準期的數字（無可比較的基準）',
  'routes.reason.onward_unknown_after_cutoff':
    '第二段僅見於目的地本身的申報，而其申報在2021年後中止（俄羅斯及白俄羅斯）：需要中轉經濟體按夥伴別的出口資料',
  'routes.reason.world_only_unlinked':
    '中轉經濟體的出口僅有對全球的合計，且無文獻記載其與目的地的關聯，不足以作部分解讀',
  'route.title': '{origin} → {via} → {destination}',
  'route.caption': '輸入與轉出的貨品，{period}',
  'route.group': '貨品類別',
  'route.other': '不屬共同高優先清單級別的貨品',
  'route.total': '所示貨品合計',
  'route.accountFor':
    '{origin}輸往{via}的貨品（{first}）至多可占{via}輸往{destination}出口（{second}）的 {share}；其餘來自其他供應來源或庫存。',
  'route.covered':
    '{via}輸往{destination}的出口（{second}）相當於其自{origin}輸入（{first}）的 {share}。',
  'route.noOnward': '資料中沒有此期間{via}輸往{destination}的出口。',
  'route.hidden': '另有 {count} 條經{via}的走廊分數低於門檻 {min}。',
  'route.hidden.one': '另有 1 條經{via}的走廊分數低於門檻 {min}。',
  'route.showHidden': '一併列出',
  'routes.more': '…另有 {count} 條（完整清單見走廊 JSON 匯出）。',
  'corridors.tag.partial': '部分證據',
  'corridors.tag.annual': '年資料',
  'corridors.tag.pretrend': '增加始於入侵之前',
};
