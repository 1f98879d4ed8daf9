import type { ExplainKey } from './en-explain';

/** 走廊說明的正體中文訊息（src/analysis/explain.ts），與英文版逐鍵對應。 */
export const zhTwExplain: Record<ExplainKey, string> = {
  'explain.core':
    '{origin}對{via}的{product}出口自{since}起{first}，同期{subject}{second}，{together}。',
  'explain.product': '{name}（{code}）',
  'explain.perMonth': '每月{value}',
  'explain.perYear': '每年{value}',

  'explain.leg.reached': '達{level}',
  'explain.leg.fromNothing': '從幾乎為零增至{level}',
  'explain.leg.rose': '增為{multiple}',
  'explain.leg.roseEverywhere': '增為{multiple}（對其他對象：{others}）',
  'explain.leg.little': '變化不大',
  'explain.leg.fell': '下降',
  'explain.leg.excess': '較其趨勢多出{extra}（占該流量的{share}）',

  'explain.subject.unnamed': '{via}對{destination}或未列明對象的同類出口',
  'explain.subject.world': '{via}對全球的同類出口',
  'explain.subject.mirror': '{destination}自{via}的同類進口',
  'explain.subject.exports': '{via}對{destination}的同類出口',

  'explain.together.annual.none': '但兩者並非在相同年份上升',
  'explain.together.annual.peaks': '兩者高峰相距不到一年',
  'explain.together.annual': '兩者在相同年份上升',
  'explain.together.none': '但兩者並未逐月同步',
  'explain.together.loose': '但兩者僅大致同步',
  'explain.together': '兩者逐月同步變動',
  'explain.together.lag': '兩者逐月同步變動（第二段約落後{lag}個月）',
  'explain.together.lag.one': '兩者逐月同步變動（第二段約落後{lag}個月）',

  'explain.calibration.none': '{controls} 條{kinds}中，沒有一條分數同樣高{weak}。',
  'explain.calibration.some': '{controls} 條{kinds}中，有 {count} 條分數同樣高{weak}。',
  'explain.calibration.some.one': '{controls} 條{kinds}中，有 {count} 條分數同樣高{weak}。',
  'explain.calibration.one.lower': '唯一一條{kinds}分數不及此走廊{weak}。',
  'explain.calibration.one.as': '唯一一條{kinds}分數同樣高{weak}。',
  'explain.controls.list': '可比較路線（{parts}）',
  'explain.controls.unlisted': '未列管貨品的可比較路線',
  'explain.controls.unlisted.one': '可比較路線（未列管貨品）',
  'explain.controls.unlisted.count': '{n} 條未列管貨品的路線',
  'explain.controls.placebo': '將基準期提前兩年、於入侵之前評分的可比較路線',
  'explain.controls.placebo.one': '可比較路線（將基準期提前兩年、於入侵之前評分）',
  'explain.controls.placebo.count': '{n} 條將基準期提前兩年、於入侵之前評分的路線',
  'explain.controls.elsewhere': '通往對照目的地（所得相近的遠方經濟體）的可比較路線',
  'explain.controls.elsewhere.one': '可比較路線（通往所得相近的遠方對照目的地）',
  'explain.controls.elsewhere.count': '{n} 條通往對照目的地的路線',
  'explain.weak': '：證據薄弱',
  'explain.calibration.matched': '這些路線的量測方式與此走廊相同：{kind}。',
  'explain.kind.monthly.full': '逐月量測，兩段皆有資料',
  'explain.kind.monthly.partial': '逐月量測，第二段僅部分可知（僅知對全球或未具名夥伴的出口）',
  'explain.kind.annual.full': '逐年量測，兩段皆有資料',
  'explain.kind.annual.partial': '逐年量測，第二段僅部分可知（僅知對全球或未具名夥伴的出口）',

  'explain.partial.unnamed':
    '部分證據：{via}雖列明其貿易對象，但該貨品出口的增加大多未歸屬任何列明對象；改以其對{destination}及未列明對象的出口代替第二段（{via}為有文獻記載的輸{destination}路線）。',
  'explain.partial.world':
    '部分證據：資料中沒有{via}對{destination}的出口，改以其對全球的出口代替（{via}為有文獻記載的輸{destination}路線）。',
  'explain.pretrend.mostly':
    '增加始於入侵之前：基準期結束時已完成{share}。屬既有趨勢，而非對入侵的反應，故列出但不計分。',
  'explain.pretrend.only':
    '增加始於入侵之前，之後並未再增：屬既有趨勢，而非對入侵的反應，故列出但不計分。',
  'explain.pretrend.part': '部分增加始於入侵之前（基準期結束前的幾個月已明顯高於其之前的基準）。',
  'explain.whoseGoods':
    '{via}該貨品進口的增加中，{origin}僅占{share}（{all}中的{own}），其餘來自其他供應者；因此第二段的增加中約{traced}可歸於{origin}。',

  'explain.notFlagged': '未予標記：{reasons}。',
  'explain.notFlagged.separator': '；',
  'explain.notFlagged.first': '第一段並未激增',
  'explain.notFlagged.second': '第二段並未激增',
  'explain.notFlagged.together': '兩段並未同步',

  'fraction.half': '約一半',
  'fraction.third': '約三分之一',
  'fraction.quarter': '約四分之一',
};
