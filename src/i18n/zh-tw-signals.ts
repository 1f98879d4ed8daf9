import type { SignalsKey } from './en-signals';

/** 各訊號的正體中文訊息：表格用簡稱、名稱、意義，以及在走廊說明中的句子。 */
export const zhTwSignals: Record<SignalsKey, string> = {
  'signal.firstLegSurge.short': '第一段',
  'signal.firstLegSurge.label': '第一段激增',
  'signal.firstLegSurge.meaning':
    '基準期後來源地對中轉經濟體的出口為基準期的幾倍（以月平均計，各加上下限值平滑（預設1萬美元），並截去最大的兩個月）。',
  'signal.firstLegExcess.short': '第一段超額',
  'signal.firstLegExcess.label': '第一段超額',
  'signal.firstLegExcess.meaning':
    '基準期後來源地對中轉經濟體的超額出口：高於依來源地對其他對象出口成長調整後基準的金額，除以基準期逐月波動。適用於樞紐：大額流量中的一小部分。當其足以承載第二段增加額的至少四分之一時，可代替第一段激增開啟閘門；本身不另計權重。',
  'signal.secondLegSurge.short': '第二段',
  'signal.secondLegSurge.label': '第二段激增',
  'signal.secondLegSurge.meaning':
    '中轉經濟體對目的地的同類貨品出口為基準期的幾倍（同樣平滑處理）。',
  'signal.coMovement.short': '同步',
  'signal.coMovement.label': '兩段同步變動',
  'signal.coMovement.meaning':
    '兩段逐月的相關係數（取對數並去除趨勢），第二段落後0至3個月，取最佳落後期。',
  'signal.directFall.short': '直接下降',
  'signal.directFall.label': '直接出口下降',
  'signal.directFall.meaning':
    '來源地直接出口至目的地的同類貨品下降了多少（占基準期的比例，經平滑）：顯示替代效果。',
  'signal.directFall.sentence': '直接出口至{destination}的金額減少{fall}。',
  'signal.reexportRatio.short': '再出口',
  'signal.reexportRatio.label': '再出口比率',
  'signal.reexportRatio.meaning':
    '中轉經濟體對目的地的該貨品出口，除以其自全球的該貨品進口；以其較基準期的增幅計分。',
  'signal.reexportRatio.sentence':
    '{via}對{destination}的出口相當於其自全球進口的{now}（基準期為{before}）。',
  'signal.mirrorGap.short': '進口短報',
  'signal.mirrorGap.label': '進口短報',
  'signal.mirrorGap.meaning':
    '基準期後，來源地申報的出口中，中轉經濟體未記為進口的比例；以該雙邊在基準期的進出口比值為準（含其CIF/FOB差距及原本即未記錄的部分；基準期資料太少時以1.06計）。',
  'signal.mirrorGap.sentence': '{via}僅將其中{share}記為進口。',
  'signal.mirrorGap.sentence.own': '{via}僅將其中{share}記為進口（以其基準期對此流量的記錄為準）。',
  'signal.unitValueJump.short': '單價',
  'signal.unitValueJump.label': '單價跳升',
  'signal.unitValueJump.meaning':
    '基準期後第一段每公斤單價，為其基準期單價或來源地對其他夥伴單價的倍數（取較高者）。',
  'signal.unitValueJump.sentence': '第一段每公斤單價為基準期的{multiple}。',
  'signal.unitValueJump.sentence.others': '第一段每公斤單價為{origin}對其他買家單價的{multiple}。',
  'signal.concentration.short': '占比',
  'signal.concentration.label': '目的地集中度',
  'signal.concentration.meaning': '目的地占中轉經濟體該貨品出口的比重；以其較基準期的增幅計分。',
  'signal.concentration.sentence': '{destination}占{via}該貨品出口的{now}（基準期為{before}）。',
};
