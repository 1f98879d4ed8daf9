import type { MessageKey } from './en';
import { zhTwBasemap } from './zh-tw-basemap';
import { zhTwExports } from './zh-tw-exports';
import { zhTwFilters } from './zh-tw-filters';
import { zhTwOverlaps } from './zh-tw-overlaps';
import { zhTwRoutes } from './zh-tw-routes';
import { zhTwProducts } from './zh-tw-products';
import { zhTwSignals } from './zh-tw-signals';
import { zhTwExplain } from './zh-tw-explain';
import { zhTwSankey } from './zh-tw-sankey';
import { zhTwTimeline } from './zh-tw-timeline';
import { zhTwViews } from './zh-tw-views';
import { zhTwReport } from './zh-tw-report';
import { zhTwBrief } from './zh-tw-brief';
import { zhTwWorkspace } from './zh-tw-workspace';
import { zhTwNames } from './zh-tw-names';
import { zhTwCoverage } from './zh-tw-coverage';
import { zhTwMapping } from './zh-tw-mapping';
import { zhTwParams } from './zh-tw-params';
import { zhTwLoadErrors } from './zh-tw-load-errors';

/** Traditional Chinese messages, in the usage of Taiwan. */
export const zhTW: Record<MessageKey, string> = {
  ...zhTwViews,
  ...zhTwTimeline,
  ...zhTwBasemap,
  ...zhTwFilters,
  ...zhTwSankey,
  ...zhTwLoadErrors,
  ...zhTwOverlaps,
  ...zhTwRoutes,
  ...zhTwProducts,
  ...zhTwSignals,
  ...zhTwExplain,
  ...zhTwExports,
  ...zhTwWorkspace,
  ...zhTwReport,
  ...zhTwBrief,
  ...zhTwNames,
  ...zhTwCoverage,
  ...zhTwMapping,
  ...zhTwParams,
  'app.title': '臺灣軍商兩用貨品輸俄轉運走廊',
  'app.subtitle': '共同高優先清單貨品之貿易流向（依貿易夥伴）',
  'app.language': '語言',
  'app.switchLanguage': 'English',
  'app.switchLanguageLabel': '切換為英文',
  'app.skipToStatus': '跳至資料狀態',
  'app.loadingPart': '載入中…',
  'app.partFailed':
    '無法載入頁面的這個部分：自頁面開啟以來，應用程式的檔案可能已變更或無法連線。已載入的資料仍然保留。',
  'app.partRetry': '再試一次',

  'dataset.sample': '內建範例資料',
  'dataset.syntheticBadge': '合成示範資料',
  'dataset.syntheticNote':
    '內建範例資料為程式產生，並非真實貿易統計。其數值依公開總額校準，但沒有任何一筆是實際貨運。',

  'data.open': '開啟貿易資料檔…',
  'data.openHint':
    '支援聯合國 Comtrade、BACI、關務署統計匯出檔、標準格式 CSV／Parquet，或由匯入工具寫出的 DuckDB 資料庫。檔案僅在此瀏覽器中讀取，不會上傳。',
  'data.add': '併入目前資料',
  'data.addHint': '將檔案併入已載入的資料，而非取代',
  'data.useSample': '回到內建範例資料',
  'data.none': '尚未載入任何資料',
  'data.noneBody':
    '地圖、流向與排名都需要資料。請回到內建範例資料，或開啟您自己的貿易資料檔。上次載入失敗的原因顯示於頁面底部。',
  'data.dropTitle': '拖放貿易資料檔以載入',
  'data.dropFormats':
    '聯合國 Comtrade（Plus 或舊版）、CEPII BACI、關務署統計匯出檔、標準格式 CSV／Parquet，或由匯入工具寫出的 DuckDB 資料庫',
  'data.privacy': '檔案僅在此瀏覽器中讀取，不會上傳任何資料。',

  'report.title': '讀取報告',
  'report.close': '關閉報告',
  'report.open': '顯示讀取報告',
  'report.files': '檔案',
  'report.file': '檔案',
  'report.format': '格式',
  'report.encoding': '編碼',
  'report.read': '讀取',
  'report.valid': '保留',
  'report.skippedCol': '略過',
  'report.totals':
    '讀取 {read} 列，納入資料集 {written} 列，略過 {skipped} 列，{combined} 列合併加總（稅則號別合併為 HS-6，或併入同一其他類夥伴），移除 {duplicates} 列完全重複資料，另有 {conflicts} 列因其他檔案已提供相同流向而捨棄，{overlaps} 列因更細或更具權威的檔案已提供同一流量而捨棄',
  'report.skipped': '略過的資料列及原因',
  'report.example': '{file} 第 {line} 行：{value}',
  'report.exampleRow': '{file} 第 {line} 列：{value}',
  'report.warnings': '注意事項',
  'warning.bom_not_utf8':
    '{file} 開頭有 UTF-8 位元組順序標記（BOM），內容卻不是 UTF-8：已改以 Latin-1（ISO-8859-1）讀取。',
  'warning.encoding_latin1':
    '{file} 在開頭之後出現不符合 UTF-8 的位元組：已改以 Latin-1（ISO-8859-1）讀取。',
  'warning.archive_member_left_out': '{file} 不是貿易資料檔：已自 {archive} 的內容中略過。',
  'warning.encoding_converted': '{file} 的編碼為 {encoding}：已轉為 UTF-8 讀取。',
  'warning.delimiter': '{file} 以 {delimiter} 而非逗號分隔欄位：已依此讀取。',
  'warning.decimal_comma':
    '{file} 有 {count} 個數值以逗號作為小數點（例如 {example}）：已讀為小數（{read}）。',
  'warning.decimal_comma.one':
    '{file} 有 {count} 個數值以逗號作為小數點（{example}）：已讀為小數（{read}）。',
  'warning.truncated':
    '{file} 在第 {line} 行中途結束：檔案似乎不完整（下載或複製中斷？）。該行已略過；請重新取得檔案以讀取所有資料列。',
  'warning.no_data_rows': '{file} 只有標題列、沒有資料列：未從中讀取任何資料。',
  'warning.line_numbers': '資料庫設定 preserve_insertion_order 已關閉：範例中的行號可能有誤。',
  'warning.baci_without_countries': '未提供 BACI 國家代碼檔：BACI 代碼改以聯合國代碼表對照。',
  'warning.partial_year':
    '{file} 有 {count} 列只涵蓋一年的前幾個月（如 114年1月~114年7月）：保留為不完整年度，絕不與完整年度比較。',
  'warning.partial_year.one':
    '{file} 有 {count} 列只涵蓋一年的前幾個月（如 114年1月~114年7月）：保留為不完整年度，絕不與完整年度比較。',
  'warning.preliminary': '{file} 有 {count} 列為初步值，日後可能修正。',
  'warning.preliminary.one': '{file} 有 {count} 列為初步值，日後可能修正。',
  'warning.duplicates_removed':
    '{file} 有 {count} 列與 {other} 的資料列完全相同：已移除，只計一次。',
  'warning.duplicates_removed.one':
    '{file} 有 {count} 列與 {other} 的資料列完全相同：已移除，只計一次。',
  'warning.duplicates_in_file': '{file} 有 {count} 列在檔案中重複出現：已移除，只計一次。',
  'warning.duplicates_in_file.one': '{file} 有 {count} 列在檔案中重複出現：已移除，只計一次。',
  'warning.conflicts_dropped':
    '{file}（{source}）有 {count} 列的期間、申報國、貿易夥伴、流向與 HS 代碼和 {other}（{keptSource}）的資料列相同但數值不同：已捨棄，保留 {keptSource}（優先順序：{precedence}、其他來源；其次為先列出的檔案）。第一筆：{example}。',
  'warning.conflicts_dropped.one':
    '{file}（{source}）有 {count} 列的期間、申報國、貿易夥伴、流向與 HS 代碼和 {other}（{keptSource}）的資料列相同但數值不同：已捨棄，保留 {keptSource}（優先順序：{precedence}、其他來源；其次為先列出的檔案）。第一筆：{example}。',
  'warning.conflicts_in_file':
    '{file}（{source}）有 {count} 列的期間、申報國、貿易夥伴、流向與 HS 代碼和同一檔案其他資料列相同但數值不同：已捨棄，保留 {keptSource}（優先順序：{precedence}、其他來源；其次為較前面的資料列）。第一筆：{example}。',
  'warning.conflicts_in_file.one':
    '{file}（{source}）有 {count} 列的期間、申報國、貿易夥伴、流向與 HS 代碼和同一檔案其他資料列相同但數值不同：已捨棄，保留 {keptSource}（優先順序：{precedence}、其他來源；其次為較前面的資料列）。第一筆：{example}。',
  'warning.annual_and_monthly':
    '有 {count} 個序列在同一年同時有年資料與月資料（第一個：{example}）：一次只加總一種頻率，切勿兩者相加。',
  'warning.annual_and_monthly.one':
    '有 {count} 個序列在同一年同時有年資料與月資料（{example}）：一次只加總一種頻率，切勿兩者相加。',
  'warning.several_hs_levels':
    '資料包含 HS 層級 {levels}：較粗的代碼已包含較細的代碼，加總時一次只用一個層級。',
  'warning.taiwan_490':
    '{count} 列聯合國資料（Comtrade、BACI）以代碼 490「其他亞洲地區（Other Asia, nes）」讀為臺灣，其中 {mixed} 列來自 {reporters}（已知會將其他國家申報於 490）。',
  'warning.taiwan_490.one':
    '{count} 列聯合國資料（Comtrade、BACI）以代碼 490「其他亞洲地區（Other Asia, nes）」讀為臺灣，其中 {mixed} 列來自 {reporters}（已知會將其他國家申報於 490）。',
  'skip.unreadable:missing_columns': '此列欄位數少於標題列',
  'skip.unreadable:too_many_columns': '此列欄位數多於標題列',
  'skip.unreadable:unquoted_value': '此列有未閉合的引號',
  'skip.unreadable:invalid_encoding': '此列含有不符合檔案編碼的位元組',
  'validation.period_out_of_range': '期間早於 1988 年（HS 開始施行）或晚於明年：年份有誤或打錯字',
  'validation.hs_unknown_chapter':
    'HS 章別不存在：章別為 01–97，其中 77 保留未用（98 與 99 為各國自用或「未列明貨品」代碼）',
  'validation.value_implausible':
    'value_usd 超過 10 兆美元，比任何國家一年的貿易總額還多：單位或小數點有誤',
  'validation.net_kg_implausible':
    'net_kg 超過 100 億公噸，約為全球一年的海運總量：單位或小數點有誤',
  'error.ingestFile': '{file}：{detail}',
  'ingestError.no_files': '未提供任何檔案',
  'ingestError.empty': '檔案是空的（0 位元組）：請重新匯出或下載',
  'ingestError.blank': '檔案只有空白行：請重新匯出或下載',
  'ingestError.parquet_not_format': '這是 Parquet 檔，不是「{format}」',
  'ingestError.xlsx': '這是 Excel 活頁簿：請將工作表另存為 CSV（UTF-8）後再開啟',
  'ingestError.xls': '這是 Excel 97–2003 活頁簿（.xls）：請將工作表另存為 CSV（UTF-8）後再開啟',
  'ingestError.zstd':
    '這是 Zstandard 壓縮檔（.zst）：請先解壓縮（zstd -d），或改下載 CSV 或 gzip 格式',
  'ingestError.zip_damaged': '這是無法讀取的 ZIP 壓縮檔：檔案可能不完整或已損壞，請重新下載',
  'ingestError.office_document':
    '這是文書軟體的文件（以 LibreOffice、Excel 或 Word 儲存的試算表或文件），不是表格檔：請將工作表另存為 CSV（UTF-8）再開啟',
  'ingestError.zip_empty':
    '這是 ZIP 壓縮檔，但其中沒有任何檔案（只有資料夾或系統檔）：請選擇含有資料的壓縮檔',
  'ingestError.zip_member_damaged':
    '無法從其 ZIP 壓縮檔中解出此檔：壓縮檔可能不完整或已損壞，請重新下載',
  'ingestError.zip64': '這是 ZIP64 壓縮檔（超過 4 GiB）：請先解壓縮，再開啟其中的 CSV 檔',
  'ingestError.zip_encrypted': '其中的 {member} 已加密：請先以密碼解壓縮',
  'ingestError.zip_method':
    '其中的 {member} 使用本程式無法讀取的壓縮方式（方法 {method}）：請先解壓縮',
  'ingestError.zip': '這是 ZIP 壓縮檔：請先解壓縮，再開啟其中的 CSV 檔',
  'ingestError.gzip': '這是 gzip 壓縮檔：請先解壓縮',
  'ingestError.line_ends_mixed':
    '無法分行：檔案開頭之後的各行以不同方式結尾（CRLF、LF、CR）；請另存為 CSV 後再開啟',
  'ingestError.gzip_damaged': '這是 gzip 壓縮檔，但無法解壓縮：檔案可能不完整或已損壞，請重新下載',
  'ingestError.utf16': '這是 UTF-16 文字檔：請另存為 CSV UTF-8 後再開啟',
  'ingestError.image': '這是 {kind} 圖檔，不是資料表：請選擇貿易資料檔（CSV 或 Parquet）',
  'ingestError.pdf': '這是 PDF 文件，不是資料表：請改為下載 CSV 格式的資料',
  'ingestError.binary':
    '檔案內容是二進位資料而非文字，不是 CSV 檔：請選擇從貿易資料庫匯出的 CSV 或 Parquet 檔',
  'ingestError.lacks_columns': '看起來是「{format}」檔案，但缺少欄位 {missing}',
  'ingestError.values_in_twd':
    '看起來是「{format}」檔案，但缺少欄位 {missing}：金額以新臺幣計，請改以美元匯出',
  'ingestError.unknown_header':
    '不是可辨識的貿易資料檔（標題列：{header}）；應為聯合國 Comtrade Plus、舊版 Comtrade、BACI、關務署統計或標準格式的欄位',
  'ingestError.not_forced_format': '不是「{format}」檔案：缺少欄位 {missing}',
  'ingestError.only_baci_countries': '檔案中沒有貿易資料（只有 BACI 國家代碼）',
  'ingestError.no_data_rows':
    '檔案只有標題列，沒有資料列：沒有可讀取的資料（匯出或查詢的結果是否為空？）',
  'ingestError.no_data_rows_any': '所有檔案都沒有資料列（{files}）',
  'ingestError.parquet_unreadable':
    '無法讀取此 Parquet 檔：檔案可能不完整或已損壞，請重新匯出或下載',
  'ingestError.parquet_row_group':
    '第 {index} 個資料列群組（共 {total} 個）已損壞：請重新匯出或下載檔案',
  'ingestError.parquet_metadata':
    '檔案已損壞：檔尾對第 {index} 個資料列群組（共 {total} 個）的描述不可能成立，因此未讀取任何資料；請重新匯出或下載檔案',
  'ingestError.parquet_not_canonical':
    '這是 Parquet 檔，但不符合標準格式：缺少欄位 {missing}（檔案中有 {found}）。請改用 CSV，或轉換為標準格式的欄位',
  'ingestError.column_types':
    '欄位 {columns} 的型別無法存放標準格式的值（代碼必須是文字：存成數字會失去開頭的 0）',
  'ingestError.too_big':
    '在瀏覽器中至少需要 {needs} 記憶體，超過此裝置每次載入可用的 {budget}：請改用命令列匯入，以串流方式讀取：{command}，再開啟 data.parquet',
  'ingestError.too_many_columns':
    '檔案有 {columns} 個欄位，超過貿易資料檔可能有的 {limit} 個（欄位最多的聯合國 Comtrade Plus 也只有 47 個）：請選擇貿易資料檔，或只匯出需要的欄位',
  'report.extent':
    '期間 {first} 至 {last}；{reporters} 個申報國；{partners} 個貿易夥伴國；HS 層級 {levels}',
  'report.byYear': '各年金額：申報國申報的出口；進口另列，因其多為同一批出口的鏡像',
  'report.year': '年',
  'report.freq': '頻率',
  'report.value': '對貿易夥伴出口',
  'report.imports': '自貿易夥伴進口',
  'report.world': '對全球出口',
  'report.freq.A': '年',
  'report.freq.partial': '不完整年度：僅至 {last}',
  'report.freq.M': '月',
  'format.comtrade-plus': '聯合國 Comtrade Plus',
  'format.comtrade-legacy': '聯合國 Comtrade（舊版）',
  'format.baci': 'CEPII BACI',
  'format.baci-countries': 'BACI 國家代碼',
  'format.tw-customs': '關務署貿易統計',
  'format.canonical-csv': '標準格式 CSV',
  'format.canonical-parquet': '標準格式 Parquet',
  'skip.flow_other': '貿易流向不是出口、進口、復出口或復進口',
  'skip.customs_breakdown': '通關程序細分列（僅保留合計，否則金額會重複計算）',
  'skip.transport_breakdown': '運輸方式細分列（僅保留合計，否則金額會重複計算）',
  'skip.partner2_breakdown': '第二夥伴細分列（僅保留合計，否則金額會重複計算）',
  'skip.commodity_total': '全部貨品合計，不是單一貨品',
  'skip.reporter_unmapped': '申報國不是已知國家',
  'skip.partner_unmapped': '貿易夥伴不是已知國家',
  'skip.period_unreadable': '期間不是年或月',
  'skip.month_range': '期間為不是從某年 1 月起算的月份區間：既非單月也非年度',
  'skip.value_not_number': '金額不是數字',
  'skip.weight_not_number': '淨重不是數字',
  'skip.qty_not_number': '數量不是數字',
  'skip.world_dropped': '依設定捨棄全球合計',
  'skip.mixed_490': '依設定捨棄將不明目的地申報於代碼 490 之申報國資料',
  'skip.duplicate_line': '與同一檔案先前某行完全相同',
  'skip.unreadable': '無法讀取此列（{type}）',
  'status.starting': '正在啟動瀏覽器內資料庫…',
  'status.reference': '正在載入參考資料表…',
  'status.downloading': '正在讀取 {name}：{loaded}／{total}',
  'status.downloadingUnknown': '正在讀取 {name}：{loaded}',
  'status.inserting': '正在載入 {name}：第 {done}／{total} 個資料列群組（{rows} 筆）',
  'status.ingestReading': '正在此瀏覽器中讀取 {file}…',
  'status.ingestMapping': '正在將 {file} 的資料列對應至共同貿易資料表…',
  'status.ingestMerging': '正在合併並檢查 {rows} 筆資料…',
  'status.fileOf': '（第 {index}／{files} 個檔案）',
  'status.elapsed': '{seconds} 秒',
  'status.validating': '正在檢查 {rows} 筆資料…',
  'status.ready': '已載入 {rows} 筆，期間 {start} 至 {end}',
  'status.partsLeft': '其他貨品的 {parts} 個分段檔（{rows} 筆）為此畫面所不需，仍留在伺服器上',
  'status.loadParts': '一併載入',
  'status.viewPartsLoading':
    '此畫面需要留在伺服器上的貨品，位於分段檔 {groups}（{rows} 筆）：正在載入',
  'status.viewPartsTooMany':
    '此畫面需要留在伺服器上的貨品，位於分段檔 {groups}（{rows} 筆），所需記憶體超過此裝置允許單次載入的上限：目前顯示的內容未包含這些貨品',
  'status.viewPartsJoined':
    '此畫面需要留在伺服器上的貨品，位於分段檔 {groups}（{rows} 筆），無法與加入此資料集的檔案合併：目前顯示的內容未包含這些貨品。請重新開啟資料集以載入',
  'status.partsJoined': '這些分段檔無法與加入此資料集的檔案合併：請重新開啟資料集以載入',
  'status.partsTooMany': '完整資料集所需的記憶體超過此裝置允許單次載入的上限，因此不提供載入',
  'status.readySkipped': '已載入 {rows} 筆，期間 {start} 至 {end}；{skipped} 筆未納入',
  'status.failed': '無法載入{name}：{message}',
  'status.keptPrevious': '先前載入的資料仍然保留顯示。',
  'status.restored': '資料庫曾停止並已重新啟動；先前載入的資料已重新讀取並顯示。',
  'status.lost': '資料庫曾停止並已重新啟動，但無法重新讀取先前載入的資料：請再次開啟。',
  'status.cancel': '取消',
  'status.cancelling': '正在取消…',
  'status.cancelled': '已取消載入{name}。',
  'status.cancelRestored': '為了取消，資料庫已停止並重新啟動；先前載入的資料已重新讀取並顯示。',
  'status.progress': '載入進度',

  'status.details': '詳細資訊',

  'validation.missing_column': '缺少欄位「{column}」',
  'validation.wrong_type': '欄位「{column}」的型別為 {found}，無法容納此欄位',
  'validation.period_invalid': 'period 不是日期',
  'validation.period_not_month_start': 'period 不是月份的第一天',
  'validation.freq_invalid': "freq 不是 'M' 或 'A'",
  'validation.annual_not_january': '年資料的日期不是 1 月 1 日',
  'validation.reporter_unknown': 'reporter 不是已知的 ISO-3 代碼',
  'validation.partner_unknown':
    "partner 不是已知的 ISO-3 代碼、'WLD' 或其他類代碼（XNS、XBK、XFZ、XSC、XRN、XHG）",
  'validation.flow_invalid': 'flow 不是 X、M、RX 或 RM',
  'validation.hs_invalid': 'HS 代碼不是 2、4 或 6 位數',
  'validation.value_missing': 'value_usd 缺漏或不是數字',
  'validation.value_negative': 'value_usd 為負數或無限大',
  'validation.net_kg_invalid': 'net_kg 不是非負數',
  'validation.qty_invalid': 'qty 不是非負數',
  'validation.source_missing': 'source 為空白',
  'validation.months_invalid': 'months（年資料涵蓋的月數）不是年資料上 1 至 12 的整數',
  'validation.where': '共 {count} 筆，首見於第 {rows} 列',

  'map.ariaLabel': '臺灣出口（依貿易夥伴）地圖',
  'map.origin': '臺灣',
  'map.attribution': '國界：Natural Earth（公有領域）',
  'corridors.title': '被標記的走廊',
  'corridors.scoring': '正在評分…',
  'corridors.stored': '此為隨資料儲存的排名，於資料載入期間先行顯示；載入後將在此重新評分並核對。',
  'corridors.via': '僅顯示經由{country}者',
  'corridors.clearVia': '顯示所有中轉經濟體',
  'corridors.route': '{origin} → {via} → {destination}',
  'corridors.score': '分數 {score}',
  'corridors.methodology': '走廊評分方法',
  'corridors.scoreLabel': '異常分數 {score}（滿分 1）',
  'settings.title': '分析設定',
  'settings.level': '貨品分組層級',
  'settings.level.all': 'HS 六位碼、四位碼與清單層級並用',
  'settings.level.6': 'HS 六位碼',
  'settings.level.4': 'HS 四位碼',
  'settings.level.2': 'HS 二位碼（章）',
  'settings.level.tier': '共同高優先清單層級',
  'settings.destinations': '評分的目的地',
  'settings.dest.RUS,BLR': '俄羅斯及白俄羅斯',
  'settings.dest.RUS': '俄羅斯',
  'settings.dest.BLR': '白俄羅斯',
  'settings.baseline': '基準期（之前）',
  'settings.post': '之後',
  'settings.from': '起',
  'settings.to': '迄',
  'settings.toOpen': '迄（空白：至資料結束）',
  'settings.openEnd': '未設結束月份：期間延續至資料結束。',
  'settings.minScore': '顯示的最低分數：{score}',
  'settings.minValue': '單段最低金額（美元，之後期間）',
  'settings.invalid': '無法使用這些設定：{detail}',
  'detail.back': '← 所有走廊',
  'detail.signals': '訊號',
  'detail.signal': '訊號',
  'detail.value': '數值',
  'detail.contribution': '占分數比重',
  'detail.legs': '各段資料來源',
  'detail.leg.first': '第一段',
  'detail.leg.second': '第二段',
  'detail.leg.direct': '直接流向',
  'detail.source.reported': '出口國自行申報數據',
  'detail.source.mirror': '鏡像：進口國數據 ÷ 1.06',
  'detail.source.mixed': '出口國數據，未申報月份採鏡像數據',
  'detail.source.none': '無數據',
  'detail.chartTitle': '{route}：各段每月金額',
  'detail.was': '{value}（基準期 {baseline}）',
  'detail.loading': '正在讀取各段每月資料…',
  'legend.corridor': '經中轉經濟體之標記走廊（顏色：分數）',
  'legend.partial': '細而淡的第二段：部分證據，僅有中轉經濟體對全球或未列明對象的出口',
  'legend.colorTier': '顏色：主要貨品類別',
  'legend.tier.1': '第1級：積體電路',
  'legend.tier.2': '第2級：電子零件',
  'legend.tier.3': '第3級：元件',
  'legend.tier.4': '第4級：工具機及設備',
  'legend.colorScore': '顏色：經由該夥伴之走廊的最高分數',
  'legend.noCorridor': '無經由該處的標記走廊',
  'legend.width': '寬度：金額',
  'legend.particles': '移動的點：方向；點越多，金額越大',
  'legend.particlesPaused': '點（已暫停）：方向；點越多，金額越大',
  'tip.exports': '{origin}出口：{value}（{period}）',
  'tip.mainTier': '主要為{tier}',
  'tip.viaScore': '經由該處的標記走廊：分數 {score}',
  'tip.clickCountry': '點選以僅顯示經由該處的走廊',
  'tip.score': '異常分數 {score}',
  'tip.products': '此路線有 {count} 項貨品被標記',
  'tip.products.one': '此路線有 {count} 項貨品被標記',
  'tip.legValue': '{start}起較小一段：{value}',
  'tip.clickCorridor': '點選以開啟此走廊',
  'legend.title': '臺灣共同高優先清單軍商兩用貨品出口',
  'legend.titleOf': '{origin}出口：{products}',
  'legend.period': '{start} 至 {end}',
  'legend.summary': '{partners} 個貿易夥伴，合計 {value}',
  'legend.summary.one': '{partners} 個貿易夥伴，合計 {value}',
  'legend.none': '此期間無出口',
  'legend.focus': '其中輸往{partner}：{value}',
};
