import type { FiltersKey } from './en-filters';

/** Traditional Chinese messages of the workspace's filters (product tree, country pickers), key for key. */
export const zhTwFilters: Record<FiltersKey, string> = {
  'filters.title': '篩選條件',

  'filters.products': '貨品',
  'filters.root.chpl': 'CHPL 分級',
  'filters.root.hs': 'HS 章別',
  'filters.all': '全部 CHPL 貨品',
  'filters.tier': 'CHPL 第{tier}級',
  'filters.hs': 'HS {code}',
  'filters.named': '{item}：{name}',
  'filters.more': '{first} 及另 {count} 項',
  'filters.showing': '目前顯示：{label}',
  'filters.search': '搜尋貨品',
  'filters.searchPlaceholder': '號列或名稱：8542、circuits…',
  'filters.noMatch': '沒有符合「{query}」的貨品。',
  'filters.clear': '清除',
  'filters.clearHint': '清除貨品篩選，回到全部 CHPL 貨品',
  'filters.tierBadge': '{tier}級',
  'filters.treeHelp':
    '未勾選任何項目即為全部 CHPL 貨品。方向鍵移動，空白鍵勾選，→ 與 ← 展開及收合。',

  'filters.country.clear': '清除{label}',
  'filters.country.noMatch': '沒有符合「{query}」的國家或地區。',
  'filters.country.results': '{count} 個國家或地區',
  'filters.country.results.one': '1 個國家或地區',
};
