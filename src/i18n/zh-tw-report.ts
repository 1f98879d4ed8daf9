import type { ReportKey } from './en-report';

/** Traditional Chinese messages of the public transparency report, key for key. */
export const zhTwReport: Record<ReportKey, string> = {
  'transparency.title': '自臺灣流向俄羅斯及白俄羅斯的軍商兩用貨品：透明度報告',
  'transparency.subtitle':
    '依已載入的貿易資料計算：共同高優先清單（CHPL）貨品可能經由第三國流入俄羅斯及白俄羅斯的路徑',
  'transparency.loading': '正在產生報告…',
  'transparency.origin': '臺灣',
  'transparency.synthetic.title': '合成示範資料。',
  'transparency.pageOf': ' / ',
  'transparency.synthetic.text':
    '本報告所有數字皆來自程式產生的示範資料，並非真實的貿易統計。此處任何發現都不代表實際的貨運。',

  'transparency.meta.generated': '產生時間',
  'transparency.meta.dataset': '資料集',
  'transparency.meta.period': '涵蓋期間',
  'transparency.meta.analysis': '比較的期間',
  'transparency.utc': '{time}（UTC）',
  'transparency.range': '{start} 至 {end}',
  'transparency.meta.periods':
    '基準期 {baselineStart} 至 {baselineEnd}；比較期 {postStart} 至 {postEnd}',
  'transparency.print': '列印或儲存為 PDF',
  'transparency.close': '關閉報告',
  'transparency.toc': '目錄',

  'transparency.findings.title': '重點發現',
  'transparency.map.title': '主要走廊地圖',
  'transparency.monthly.title': 'CHPL 貨品每月出口',
  'transparency.corridors.title': '主要走廊',
  'transparency.method.title': '方法與注意事項',
  'transparency.sources.title': '資料來源',
  'transparency.provenance.title': '出處與版本',
  'transparency.downloads.title': '下載',

  'transparency.finding.flagged':
    '在排名的 {total} 條走廊中，有 {flagged} 條分數達 {threshold} 以上（滿分 1），即本報告標記走廊的門檻。',
  'transparency.finding.flagged.one':
    '在排名的 {total} 條走廊中，有 {flagged} 條分數達 {threshold} 以上（滿分 1），即本報告標記走廊的門檻。',
  'transparency.finding.flaggedNone':
    '在排名的 {total} 條走廊中，沒有任何一條分數達 {threshold} 以上（滿分 1），即本報告標記走廊的門檻。',
  'transparency.finding.noCorridors': '以此資料集及所選期間，無法為任何走廊評分。',
  'transparency.finding.top': '分數最高者為{route}的{product}，分數 {score}。{explanation}',
  'transparency.finding.changeUp':
    '{origin}的 CHPL 貨品出口，基準期（{baselineStart} 至 {baselineEnd}）平均每月 {baseline}，比較期（{postStart} 至 {postEnd}）平均每月 {post}，增加 {percent}。',
  'transparency.finding.changeDown':
    '{origin}的 CHPL 貨品出口，基準期（{baselineStart} 至 {baselineEnd}）平均每月 {baseline}，比較期（{postStart} 至 {postEnd}）平均每月 {post}，減少 {percent}。',
  'transparency.finding.changeFlat':
    '{origin}的 CHPL 貨品出口，基準期（{baselineStart} 至 {baselineEnd}）平均每月 {baseline}，比較期（{postStart} 至 {postEnd}）平均每月 {post}，大致持平。',
  'transparency.finding.changeFromZero':
    '{origin}在基準期（{baselineStart} 至 {baselineEnd}）沒有 CHPL 貨品出口；比較期（{postStart} 至 {postEnd}）平均每月出口 {post}。',
  'transparency.finding.changeUnknown':
    '資料中沒有{origin}在基準期或比較期的 CHPL 貨品每月出口，因此無法衡量其變化。',
  'transparency.finding.intermediaries':
    '在被標記的走廊中，最常出現的中轉經濟體（括號內為經由該地的標記走廊數）：{list}。',
  'transparency.finding.intermediaryOnly': '所有被標記的走廊皆經由{name}。',
  'transparency.finding.intermediaryCount': '{name}（{count}）',
  'transparency.finding.mirror':
    '{flagged} 條被標記的走廊中，有 {count} 條的其中一段部分依據鏡像資料（進口國申報的數字），值得再次檢視。',
  'transparency.finding.mirror.one':
    '{flagged} 條被標記的走廊中，有 {count} 條的其中一段部分依據鏡像資料（進口國申報的數字），值得再次檢視。',

  'transparency.map.caption':
    '排名最高的 {count} 條走廊，自{origin}畫至各中轉經濟體，再至目的地。路線相同的走廊共用一條線。',
  'transparency.map.caption.one': '排名最高的走廊，自{origin}畫至中轉經濟體，再至目的地。',
  'transparency.map.svgTitle': '自{origin}出發的前 {count} 條走廊地圖',
  'transparency.map.svgTitle.one': '自{origin}出發的最高排名走廊地圖',
  'transparency.map.descIntro':
    '線條自{origin}經中轉經濟體通往目的地。線寬表示可能經過的金額，顏色與虛線樣式表示分數，數字表示該路線上各走廊的排名。',
  'transparency.map.descRoute': '{route}：排名 {ranks} 的走廊，金額 {value}，最高分數 {score}。',
  'transparency.map.descRoute.one': '{route}：排名 {ranks} 的走廊，金額 {value}，分數 {score}。',
  'transparency.map.descNone': '沒有可畫的走廊。',
  'transparency.map.unplaced': '因缺少地圖位置而未畫出：{list}。',
  'transparency.map.failed': '無法載入國界輪廓，路線在沒有底圖的情況下畫出。',
  'transparency.map.legend.width': '線寬：可能經過的金額（比較期內兩段中較小一段的總額）',
  'transparency.map.legend.numbers': '數字：該路線上各走廊的排名',
  'transparency.map.legend.high': '實線：分數 0.5 以上（被標記）',
  'transparency.map.legend.mid': '長虛線：分數 0.25 至 0.5',
  'transparency.map.legend.low': '短虛線：分數低於 0.25',
  'transparency.map.table.caption': '地圖上畫出的路線',
  'transparency.col.route': '路線',
  'transparency.col.ranks': '走廊（排名）',
  'transparency.col.value': '可能經過的金額（美元）',
  'transparency.col.topScore': '最高分數',
  'transparency.col.rank': '排名',
  'transparency.col.product': '貨品',
  'transparency.col.score': '分數（0 至 1）',
  'transparency.col.signals': '主要訊號',
  'transparency.col.year': '年',

  'transparency.numbers.show': '顯示數字',
  'transparency.numbers.hide': '隱藏數字',

  'transparency.monthly.caption':
    '{origin}各月的 CHPL 貨品出口，{start} 至 {end}。虛線標示 2022 年 2 月，俄羅斯全面入侵烏克蘭之時。',
  'transparency.monthly.svgTitle': '{origin}每月 CHPL 貨品出口長條圖，{start} 至 {end}',
  'transparency.monthly.desc':
    '自 {start} 至 {end} 共 {count} 個月。月平均：基準期 {baseline}，比較期 {post}。最高月份：{peakMonth}，{peakValue}。最低月份：{lowMonth}，{lowValue}。',
  'transparency.monthly.descMarker': '虛線標示 2022 年 2 月。',
  'transparency.monthly.descEmpty': '資料中沒有每月出口。',
  'transparency.monthly.invasion': '{month}：全面入侵',
  'transparency.monthly.baseline': '基準期',
  'transparency.monthly.post': '比較期',
  'transparency.monthly.other': '其他月份',
  'transparency.monthly.legend': '長條下方的括線標示基準期與比較期，長條的顏色也對應這兩個期間。',
  'transparency.monthly.table.caption': '{origin}每月 CHPL 貨品出口（美元），依年份及月份',
  'transparency.notKnown': '未知',

  'transparency.corridors.intro':
    '分數最高的 {count} 條走廊。分數介於 0（沒有異常）至 1（所有訊號皆強），長條顯示同一數字。',
  'transparency.corridors.intro.one':
    '分數最高的走廊。分數介於 0（沒有異常）至 1（所有訊號皆強），長條顯示同一數字。',
  'transparency.corridors.caption': '分數最高的 {count} 條走廊',
  'transparency.corridors.caption.one': '分數最高的走廊',
  'transparency.corridors.why': '各走廊分數的原因',
  'transparency.corridors.none': '沒有任何走廊獲得評分。',
  'transparency.corridors.noSignal': '無',
  'transparency.corridors.item': '{route}，{product}（分數 {score}）。',
  'transparency.listSeparator': '、',

  'transparency.method.h.corridor': '走廊及其分數是什麼',
  'transparency.method.corridor':
    '走廊是指一項貨品及一條路線：貨品自臺灣（來源地）出口至第三國（中轉經濟體），再由該地轉出至俄羅斯或白俄羅斯（目的地）。第一段為來源地至中轉經濟體，第二段為中轉經濟體至目的地。',
  'transparency.method.score':
    '每條走廊有一個介於 0 至 1 的分數。分數比較比較期（{postStart} 至 {postEnd}）與基準期（{baselineStart} 至 {baselineEnd}），並綜合研究人員使用的八項訊號：兩段皆激增、兩段逐月同步增減、對目的地的直接出口下降、中轉經濟體轉出大部分進口的貨品、中轉經濟體從未記為進口的出口、單價跳升，以及目的地所占比重上升。除非兩段皆激增且同步變動，分數都維持為 0：只有一段成長，或某市場全面成長，都不會計分。',
  'transparency.method.h.mirror': '鏡像資料與 CIF/FOB 差距',
  'transparency.method.mirror':
    '兩國之間的每筆貿易都會申報兩次：出口國以其本國邊境的價值申報（FOB），進口國則以含運費及保險費的價值申報（CIF）。出口國未申報時，本報告使用進口國的數字（稱為鏡像資料），並除以 1.06，以平均扣除運費及保險費。實際差距常達一至二成，因此兩方數字之間的小差距意義不大。',
  'transparency.method.h.taiwan': '聯合國資料中的臺灣',
  'transparency.method.taiwan':
    '聯合國不以臺灣之名公布統計。其他國家將與臺灣的貿易申報在代碼 490「其他亞洲地區（未另列明）」之下，本分析將其視為臺灣。少數國家也把目的地不明的貿易申報在 490 之下，可能使第一段的金額偏高。',
  'transparency.method.h.russia': '俄羅斯與白俄羅斯',
  'transparency.method.russia':
    '俄羅斯及白俄羅斯自 2021 年後未再公布依貿易夥伴區分的貿易統計。因此 2021 年後每筆流量中屬於它們的一方都是鏡像資料，即其貿易夥伴所申報的數字。',
  'transparency.method.h.limits': '分數代表什麼，以及看不到什麼',
  'transparency.method.notProof':
    '高分代表值得深入檢視，並非規避管制的證據。貿易可能因合法原因增加，分數也無法說明是誰運送了什麼，或是否有任何違規。',
  'transparency.method.blind':
    '分數看不到服務或軟體貿易、經過某國卻未在當地留下海關紀錄的貨品（過境或經自由貿易區）、以其他貨品代碼申報的貨品，以及金額太小而在每月統計中不顯眼的貨運。',

  'transparency.sources.intro': '本分析讀取以下來源的貿易統計；資料集一行說明本報告依據的資料。',
  'transparency.sources.sampleNote':
    '內建範例資料模仿這些來源，並依公開的總額校準；其中沒有任何數字來自這些來源。',
  'transparency.sources.dataset': '本報告：{name}，{rows} 筆，{start} 至 {end}。',
  'transparency.source.comtrade':
    'UN Comtrade，聯合國統計司（comtradeplus.un.org）：各國申報的每月貿易，依 HS 代碼；臺灣以貿易夥伴代碼 490 出現。俄羅斯及白俄羅斯的申報至 2021 年 12 月為止。',
  'transparency.source.customs':
    '財政部關務署海關統計資料庫：臺灣本身依貨品號列的每月出口；最近幾個月為初步值。',
  'transparency.source.baci':
    'CEPII BACI：經調和的雙邊貿易，依 HS 六位碼，按年；各檔案名稱載明其版本（例如 V202501）。分數只使用每月資料。',
  'transparency.source.chpl':
    '歐盟、美國、英國及日本的共同高優先清單（CHPL），2024 年 2 月版本：在俄羅斯武器中發現之品項的 50 個 HS 六位碼。',
  'transparency.source.groups': '本分析使用的國家分組（{groups}），依據：',

  'transparency.provenance.dataset': '資料集',
  'transparency.provenance.rows': '筆數',
  'transparency.provenance.checksum': '資料集檢查碼',
  'transparency.provenance.notComputed': '未計算',
  'transparency.provenance.version': '應用程式版本',
  'transparency.provenance.generated': '產生時間',
  'transparency.provenance.cite': '引用方式',
  'transparency.provenance.citation':
    '〈{title}〉，{date} 依資料集 {dataset} 產生（應用程式版本 {version}）。',

  'transparency.downloads.intro':
    '本報告的表格，以 CSV 檔案提供（UTF-8 編碼，逗號分隔），供查核及再利用。',
  'transparency.download.corridors': '主要走廊（CSV）',
  'transparency.download.routes': '地圖上的路線（CSV）',
  'transparency.download.monthly': '每月出口（CSV）',
};
