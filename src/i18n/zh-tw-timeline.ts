import type { TimelineKey } from './en-timeline';

/** Traditional Chinese messages of the map's timeline controls, key for key. */
export const zhTwTimeline: Record<TimelineKey, string> = {
  'timeline.label': '時間軸：地圖顯示的月份',
  'timeline.play': '播放',
  'timeline.playHint': '依序播放各月份（空白鍵）',
  'timeline.pauseHint': '暫停（空白鍵）',
  'timeline.speed': '速度',
  'timeline.speedOption': '{speed} 倍',
  'timeline.windowLength': '加總期間',
  'timeline.months': '{count} 個月',
  'timeline.months.one': '{count} 個月',
  'timeline.annual': '僅有年度資料',
  'timeline.window': '{start} 至 {end}',
  'timeline.range': '地圖顯示的期間',
  'timeline.invasion': '俄羅斯入侵烏克蘭',
  'timeline.chart':
    '對所有貿易夥伴的共同高優先清單貨品出口，逐月顯示，{start} 至 {end}。最高為 {peak}，達 {value}。',
  'timeline.chart.year':
    '對所有貿易夥伴的共同高優先清單貨品出口，逐年顯示，{start} 至 {end}。最高為 {peak}，達 {value}。',
  'timeline.noData': '沒有可播放的資料。',
};
