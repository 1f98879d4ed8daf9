import type { ViewKey } from './en-views';

/** Traditional Chinese (Taiwan) messages of the corridor views, key for key with `enViews`. */
export const zhTwViews: Record<ViewKey, string> = {
  'chart.invasion': '2022年2月 俄羅斯入侵烏克蘭',
  'chart.baseline': '基準期',
  'chart.post': '比較期',
  'chart.baselineMean': '虛線：基準期月平均',
  'chart.gap': '斷線：該月數據未知',
  'chart.noData': '此走廊沒有月資料。',
  'chart.desc.periods':
    '每月金額，以美元計。基準期 {baselineStart} 至 {baselineEnd}；比較期 {postStart} 至 {postEnd}。',
  'chart.desc.series': '{label}：基準期平均每月 {baseline}，其後平均每月 {post}。',
  'chart.desc.unknown': '未知',
  'chart.desc.gaps': '線條中斷處為沒有數據的月份。',
  'method.title': '如何找出轉運走廊並評分',
  'method.close': '關閉',
  'method.print': '列印',
  'method.intro':
    '轉運走廊是指某項貨品從臺灣（來源地）出口至第三國（中轉經濟體），再由該地轉出至俄羅斯或白俄羅斯（目的地）。第一段為來源地 → 中轉經濟體，第二段為中轉經濟體 → 目的地，直接出口為來源地 → 目的地。每條走廊以下列訊號衡量，分數則綜合這些訊號。',
  'method.signals': '訊號',
  'method.signals.caption': '各訊號、其在分數中的權重，以及是否屬於閘門',
  'method.col.signal': '訊號',
  'method.col.meaning': '衡量內容',
  'method.col.weight': '權重',
  'method.col.gate': '閘門',
  'method.gate.yes': '是',
  'method.gate.no': '否',
  'method.score': '分數',
  'method.score.strength':
    '每個訊號換算為 0（無異常）至 1（強烈）的強度。下方的完整方法說明各項強度換算的起點與終點。',
  'method.score.gate':
    '只有在兩段都激增且逐月同步變動時，閘門才會開啟。若任一段未激增，或兩段在不相關的時間上升，閘門即關閉，分數為 0，無論其他訊號如何。',
  'method.score.mean':
    '分數（0 至 1）為閘門乘以全部 {count} 個強度的加權平均（權重合計 {total}）。各訊號的貢獻度為其在總和中所占的部分，因此各貢獻度相加即為分數。',
  'method.caution': '分數高代表值得深入調查，而非證據：相關性無法說明是誰運送了什麼。',
  'method.full': '完整方法',
};
