import type { ExportsKey } from './en-exports';

/** Traditional Chinese messages of the exports (PNG, CSV, JSON), key for key. */
export const zhTwExports: Record<ExportsKey, string> = {
  'exports.title': '匯出',
  'exports.hint': '將地圖下載為圖片，或將其數據下載為 CSV 或 JSON',
  'exports.menuLabel': '匯出目前畫面',
  'exports.map': '地圖（PNG）',
  'exports.video': '地圖動畫（{seconds} 秒影片，WebM）',
  'exports.videoPlayback': '逐月播放 {start} 至 {end}（影片，WebM）',
  'exports.recording': '正在錄製{item}：{percent}',
  'exports.cancel': '取消',
  'exports.cancelled': '{item}：已取消，未儲存任何檔案',
  'exports.flows': '貿易流向（CSV）',
  'exports.corridorsCsv': '轉運走廊（CSV）',
  'exports.corridorsJson': '轉運走廊（JSON）',
  'exports.working': '準備中…',
  'exports.running': '{item}：準備中…',
  'exports.done': '已儲存{item}',
  'exports.failed': '無法匯出{item}：{message}',
  'exports.error.noMap': '頁面上沒有地圖',
  'exports.error.noCanvas': '此瀏覽器無法使用 Canvas 2D 繪圖',
  'exports.error.notEncoded': '無法將地圖編碼為圖片',
  'exports.error.noSettings': '分析設定無效，請先修正',
  'exports.error.unexpected': '發生未預期的錯誤（{detail}）',
  'exports.error.noRecorder': '此瀏覽器無法錄製影片（需支援 VP9 或 VP8 的 WebCodecs）',
  'exports.png.period': '貿易流向 {start} 至 {end}',
  'exports.png.source': '資料來源：{source}',
  'exports.png.generated': '製作於 {date}',
  'exports.png.synthetic': '合成示範資料，並非真實貿易統計',
  'exports.png.footer': '資料來源：{source}・製作於 {date}',
  'exports.png.footerSynthetic':
    '資料來源：{source}・製作於 {date}・合成示範資料，並非真實貿易統計',
};
