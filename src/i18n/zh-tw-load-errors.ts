import type { LoadErrorKey } from './en-load-errors';

/** Traditional Chinese messages of why a data set could not be loaded, key for key. */
export const zhTwLoadErrors: Record<LoadErrorKey, string> = {
  'error.http': '伺服器回應 {status} {statusText}',
  'error.unreachable': '無法連上伺服器：此資料夾是否仍在提供服務？',
  'error.webPage': '伺服器對 {url} 回傳的是網頁，而非資料檔：該網址沒有檔案，或網址有誤',
  'error.transferBroken':
    '傳輸在 {loaded} 位元組後中斷：伺服器提前結束傳輸，或在途中改變了內容（有些伺服器會壓縮其無法辨識的檔案；請以 application/vnd.apache.parquet 類型、不壓縮的方式提供 .parquet 檔案）。請再試一次載入。',
  'error.notParquet': '此檔案不是 Parquet 格式',
  'error.duckdbUnreadable':
    '無法在此開啟這個 DuckDB 資料庫（錯誤訊息見「詳細資訊」）：檔案可能已損壞，或由比本頁面更新的 DuckDB 版本寫成。`npm run ingest -- <檔案> --out <名稱>.duckdb` 可寫出本頁面能讀取的資料庫。',
  'error.manifest':
    '這不是本頁面能讀取的分段資料集清單（{detail}）；`npm run ingest -- <檔案> --out <資料夾>/manifest.json` 可寫出一份',
  'error.partChanged':
    '分段檔 {path} 與清單所列不符（清單記載 {expected}，檔案為 {found}）：匯入工具寫出後，資料夾內容已被更動；請重新寫出',
  'error.duckdbAlone':
    '{name} 是 DuckDB 資料庫：它包含完整的資料集，因此須單獨開啟並取代目前顯示的資料。請單獨開啟它，並取消勾選「併入目前資料」。',
  'error.duckdbNoTrade':
    '這個 DuckDB 資料庫沒有名為 trade 的資料表（它有：{tables}）；本頁面從該名稱的資料表讀取標準格式的資料列',
  'error.parquetRowGroup':
    '第 {index} 個資料列群組（共 {total} 個）已損壞：在它之前讀取的資料列未保留；請重新匯出或下載檔案',
  'error.parquetMetadata':
    '檔案已損壞：檔尾對第 {index} 個資料列群組（共 {total} 個）的描述不可能成立，因此未讀取任何資料；請重新匯出或下載檔案',
  'error.empty': '檔案中沒有資料',
  'error.schema': '欄位與標準結構不符：{detail}',
  'error.allInvalid': '所有資料列皆無效：{detail}',
  'error.ingest': '{detail}',
  'error.noValidRows': '找不到任何有效資料列；略過的資料與原因請見報告',
  'error.database':
    '資料庫因其本身的錯誤而中止（原始訊息見「詳細資訊」，可供回報問題）。請再載入一次；若仍失敗，可用 `npm run ingest` 在瀏覽器外讀取此檔，找出出錯之處。',
};
