import type { WorkspaceKey } from './en-workspace';

/** Traditional Chinese messages of the analyst workspace, key for key. */
export const zhTwWorkspace: Record<WorkspaceKey, string> = {
  'workspace.reset': '重設篩選',
  'workspace.origin': '來源地',
  'workspace.via': '中轉經濟體',
  'workspace.to': '目的地',
  'workspace.allIntermediaries': '所有中轉經濟體',
  'workspace.allDestinations': '所有目的地',
  'workspace.source': '數據來源',
  'workspace.source.reported': '出口申報',
  'workspace.source.reported.hint':
    '出口方自行申報之數據（離岸價）：臺灣之出口，及各中轉經濟體之出口',
  'workspace.source.mirror': '鏡像進口',
  'workspace.source.mirror.hint':
    '進口方之數據（到岸價）：各貿易夥伴申報之進口。俄羅斯自2021年後未再申報',
  'workspace.rescoring': '正在依新設定計算走廊分數…',
  'workspace.products': '貨品',
  'mode.label': '資料檢視方式',
  'mode.map': '探索',
  'mode.brief': '簡報',
  'mode.report': '報告',
  'workspace.briefPanel': '簡報：以儲存的檢視為步驟',
  'map.label': '貿易流向地圖',
  'workspace.panels': '篩選與流向',
};
