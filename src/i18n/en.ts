import { enBasemap } from './en-basemap';
import { enExports } from './en-exports';
import { enFilters } from './en-filters';
import { enOverlaps } from './en-overlaps';
import { enRoutes } from './en-routes';
import { enProducts } from './en-products';
import { enSignals } from './en-signals';
import { enExplain } from './en-explain';
import { enSankey } from './en-sankey';
import { enTimeline } from './en-timeline';
import { enViews } from './en-views';
import { enReport } from './en-report';
import { enBrief } from './en-brief';
import { enWorkspace } from './en-workspace';
import { enNames } from './en-names';
import { enCoverage } from './en-coverage';
import { enMapping } from './en-mapping';
import { enParams } from './en-params';
import { enLoadErrors } from './en-load-errors';

/** English messages. Keys are grouped by the part of the app that shows them. */
export const en = {
  ...enViews,
  ...enTimeline,
  ...enBasemap,
  ...enFilters,
  ...enSankey,
  ...enLoadErrors,
  ...enOverlaps,
  ...enRoutes,
  ...enProducts,
  ...enSignals,
  ...enExplain,
  ...enExports,
  ...enWorkspace,
  ...enReport,
  ...enBrief,
  ...enNames,
  ...enCoverage,
  ...enMapping,
  ...enParams,
  'app.title': 'Dual-use goods from Taiwan to Russia: transshipment corridors',
  'app.subtitle': 'Trade flows of Common High Priority List goods, by partner',
  'app.language': 'Language',
  'app.switchLanguage': '中文',
  'app.switchLanguageLabel': 'Switch to Traditional Chinese',
  'app.skipToStatus': 'Skip to data status',
  'app.loadingPart': 'Loading…',
  'app.partFailed':
    "This part of the page could not be loaded: the app's files may have changed or become unreachable since the page opened. The data loaded is still here.",
  'app.partRetry': 'Try again',

  'dataset.sample': 'Bundled sample',
  'dataset.syntheticBadge': 'Synthetic demonstration data',
  'dataset.syntheticNote':
    'The bundled sample is generated, not real trade statistics. Its figures are calibrated to published totals but no row is an actual shipment.',

  'data.open': 'Open trade files…',
  'data.openHint':
    'UN Comtrade, BACI, Taiwan customs or canonical CSV/Parquet files, or a DuckDB database written by the ingest. They are read in this browser and never uploaded.',
  'data.add': 'Add to current data',
  'data.addHint': 'Join the files to the data already loaded instead of replacing it',
  'data.useSample': 'Back to the bundled sample',
  'data.none': 'No data is loaded',
  'data.noneBody':
    'The map, the flows and the ranking wait for data. Go back to the bundled sample, or open trade files of your own. The foot of the page says why the last load failed.',
  'data.dropTitle': 'Drop trade files to load them',
  'data.dropFormats':
    'UN Comtrade (Plus or legacy), CEPII BACI, Taiwan customs exports, canonical CSV/Parquet, or a DuckDB database written by the ingest',
  'data.privacy': 'Files are read in this browser. Nothing is uploaded.',

  'report.title': 'What was read',
  'report.close': 'Close the report',
  'report.open': 'Show what was read',
  'report.files': 'Files',
  'report.file': 'File',
  'report.format': 'Format',
  'report.encoding': 'Encoding',
  'report.read': 'Read',
  'report.valid': 'Kept',
  'report.skippedCol': 'Skipped',
  'report.totals':
    '{read} rows read, {written} in the dataset, {skipped} skipped, {combined} rows summed (customs codes to HS-6, residual partners), {duplicates} exact duplicates removed, {conflicts} rows dropped because another file gave the same flow, {overlaps} rows dropped because a finer or more authoritative file gave the same flow',
  'report.skipped': 'Rows left out, and why',
  'report.example': '{file}, line {line}: {value}',
  'report.exampleRow': '{file}, row {line}: {value}',
  'report.warnings': 'Worth knowing',
  'warning.bom_not_utf8':
    '{file} starts with a UTF-8 byte-order mark but is not UTF-8: read as Latin-1 (ISO-8859-1).',
  'warning.encoding_latin1':
    '{file} is not UTF-8 beyond its first bytes: read as Latin-1 (ISO-8859-1).',
  'warning.archive_member_left_out':
    '{file} is not a trade file: left out of what {archive} holds.',
  'warning.encoding_converted': '{file} is in {encoding}: converted to UTF-8 to read it.',
  'warning.delimiter': '{file} separates its fields with {delimiter}, not commas: read that way.',
  'warning.decimal_comma':
    '{file} writes {count} numbers with a decimal comma (e.g. {example}): read as decimals ({read}).',
  'warning.decimal_comma.one':
    '{file} writes {count} number with a decimal comma ({example}): read as a decimal ({read}).',
  'warning.truncated':
    '{file} ends in the middle of line {line}: the file looks cut off (an interrupted download or copy?). That line was skipped; get the file again to have all its rows.',
  'warning.no_data_rows': '{file} has a header but no data rows: nothing was read from it.',
  'warning.line_numbers': 'preserve_insertion_order is off: line numbers in examples may be wrong.',
  'warning.baci_without_countries':
    'No BACI country file given: BACI codes read with the UN code table.',
  'warning.partial_year':
    '{count} rows of {file} cover only the first months of a year (a range such as 114年1月~114年7月): kept as a partial year, never compared with a full one.',
  'warning.partial_year.one':
    '{count} row of {file} covers only the first months of a year (a range such as 114年1月~114年7月): kept as a partial year, never compared with a full one.',
  'warning.preliminary':
    '{count} rows of {file} are preliminary figures (初步值), which may be revised.',
  'warning.preliminary.one':
    '{count} row of {file} is a preliminary figure (初步值), which may be revised.',
  'warning.duplicates_removed':
    '{count} rows of {file} repeat rows of {other} exactly: removed, counted once.',
  'warning.duplicates_removed.one':
    '{count} row of {file} repeats a row of {other} exactly: removed, counted once.',
  'warning.duplicates_in_file': '{count} rows of {file} appear twice in it: removed, counted once.',
  'warning.duplicates_in_file.one':
    '{count} row of {file} appears twice in it: removed, counted once.',
  'warning.conflicts_dropped':
    '{count} rows of {file} ({source}) have the same period, reporter, partner, flow and HS code as rows of {other} ({keptSource}) with different figures: dropped, kept {keptSource} (precedence: {precedence}, others; then the file listed first). First: {example}.',
  'warning.conflicts_dropped.one':
    '{count} row of {file} ({source}) has the same period, reporter, partner, flow and HS code as rows of {other} ({keptSource}) with different figures: dropped, kept {keptSource} (precedence: {precedence}, others; then the file listed first). First: {example}.',
  'warning.conflicts_in_file':
    '{count} rows of {file} ({source}) have the same period, reporter, partner, flow and HS code as other rows of the same file with different figures: dropped, kept {keptSource} (precedence: {precedence}, others; then the earlier row). First: {example}.',
  'warning.conflicts_in_file.one':
    '{count} row of {file} ({source}) has the same period, reporter, partner, flow and HS code as other rows of the same file with different figures: dropped, kept {keptSource} (precedence: {precedence}, others; then the earlier row). First: {example}.',
  'warning.annual_and_monthly':
    '{count} series have both annual and monthly rows for the same year (first: {example}): add up one frequency at a time, never both.',
  'warning.annual_and_monthly.one':
    '{count} series has both annual and monthly rows for the same year ({example}): add up one frequency at a time, never both.',
  'warning.several_hs_levels':
    'Rows at HS levels {levels}: a coarser code already contains the finer ones, so sum one level at a time.',
  'warning.taiwan_490':
    '{count} rows of UN data (Comtrade, BACI) read code 490 "Other Asia, nes" as Taiwan; {mixed} of them come from {reporters}, known to file other countries under 490 too.',
  'warning.taiwan_490.one':
    '{count} row of UN data (Comtrade, BACI) reads code 490 "Other Asia, nes" as Taiwan; {mixed} of them come from {reporters}, known to file other countries under 490 too.',
  'skip.unreadable:missing_columns': 'row has fewer fields than the header',
  'skip.unreadable:too_many_columns': 'row has more fields than the header',
  'skip.unreadable:unquoted_value': 'row has a quote that is never closed',
  'skip.unreadable:invalid_encoding': 'row has bytes that are not valid in the file encoding',
  'validation.period_out_of_range':
    'period is before 1988, when the HS began, or after next year: a wrong year or a typo',
  'validation.hs_unknown_chapter':
    "HS chapter does not exist: chapters run 01–97 and 77 is reserved (98 and 99 are national or 'not specified' codes)",
  'validation.value_implausible':
    'value_usd is above US$10 trillion, more than any country trades in a year: a unit or decimal error',
  'validation.net_kg_implausible':
    'net_kg is above 10 billion tonnes, about all the world ships by sea in a year: a unit or decimal error',
  'error.ingestFile': '{file}: {detail}',
  'ingestError.no_files': 'no files were given',
  'ingestError.empty': 'the file is empty (0 bytes): export or download it again',
  'ingestError.blank': 'the file holds only blank lines: export or download it again',
  'ingestError.parquet_not_format': 'it is a Parquet file, not {format}',
  'ingestError.xlsx': 'it is an Excel workbook: save the sheet as CSV (UTF-8) and open that',
  'ingestError.xls':
    'it is an Excel 97–2003 workbook (.xls): save the sheet as CSV (UTF-8) and open that',
  'ingestError.zstd':
    'it is Zstandard-compressed (.zst): decompress it first (zstd -d), or download it as CSV or gzip',
  'ingestError.zip_damaged':
    'it is a ZIP archive that cannot be read: it may be cut off or damaged; download it again',
  'ingestError.office_document':
    'it is an office document (a spreadsheet or text saved by LibreOffice, Excel or Word), not a table file: save the sheet as CSV (UTF-8) and open that',
  'ingestError.zip_empty':
    'it is a ZIP archive with no file in it (only folders or system files): choose the archive that holds the data',
  'ingestError.zip_member_damaged':
    'it cannot be extracted from its ZIP archive: the archive may be cut off or damaged; download it again',
  'ingestError.zip64': 'it is a ZIP64 archive (over 4 GiB): extract the CSV files and open those',
  'ingestError.zip_encrypted': 'it holds {member} encrypted: extract it with its password first',
  'ingestError.zip_method':
    'it holds {member} compressed in a way the app does not read (method {method}): extract it first',
  'ingestError.zip': 'it is a ZIP archive: extract the CSV files and open those',
  'ingestError.gzip': 'it is gzip-compressed: decompress it first',
  'ingestError.line_ends_mixed':
    'it cannot be split into lines: they end in more than one way (CRLF, LF, CR) past its first part; save it again as CSV and open that',
  'ingestError.gzip_damaged':
    'it is gzip-compressed but cannot be decompressed: it may be cut off or damaged; download it again',
  'ingestError.utf16': 'it is UTF-16 text: save it as CSV UTF-8 and open that',
  'ingestError.image':
    'it is a {kind} image, not a table: choose the trade data file (CSV or Parquet)',
  'ingestError.pdf': 'it is a PDF document, not a table: download the data as CSV instead',
  'ingestError.binary':
    'it holds binary data, not text, so it is not a CSV file: choose the CSV or Parquet file exported from the trade database',
  'ingestError.lacks_columns': 'it looks like a {format} file but lacks column(s) {missing}',
  'ingestError.values_in_twd':
    'it looks like a {format} file but lacks column(s) {missing}: its values are in New Taiwan dollars; export them in US dollars (美元)',
  'ingestError.unknown_header':
    'not a known trade file (header: {header}); expected UN Comtrade Plus, legacy Comtrade, BACI, Taiwan customs or canonical columns',
  'ingestError.not_forced_format': 'it is not a {format} file: it lacks column(s) {missing}',
  'ingestError.only_baci_countries': 'no trade data among the files (only BACI country codes)',
  'ingestError.no_data_rows':
    'the file has a header but no data rows: nothing to read (did the export or query match nothing?)',
  'ingestError.no_data_rows_any': 'none of the files has data rows ({files})',
  'ingestError.parquet_unreadable':
    'it is not a readable Parquet file: it may be cut off or damaged; export or download it again',
  'ingestError.parquet_row_group':
    'row group {index} of {total} is damaged: export or download the file again',
  'ingestError.parquet_metadata':
    'it is damaged: its footer describes row group {index} of {total} in a way that cannot be true, so nothing was read; export or download the file again',
  'ingestError.parquet_not_canonical':
    'it is a Parquet file but not in the canonical schema: it lacks column(s) {missing} (it has {found}). Give the data as CSV, or convert it to the canonical columns',
  'ingestError.column_types':
    'column(s) {columns} cannot hold the canonical values (codes must be text: as numbers they lose their leading zeros)',
  'ingestError.too_big':
    'it needs at least {needs} in the browser, more than the {budget} this device allows a load; the command-line ingest reads it in a streaming pass: {command}, then open data.parquet',
  'ingestError.too_many_columns':
    'it has {columns} columns, more than the {limit} a trade file could have (the widest, UN Comtrade Plus, has 47): choose the trade data file, or export it with only the columns it needs',
  'report.extent':
    'Periods {first} – {last}; {reporters} reporters; {partners} partner countries; HS levels {levels}',
  'report.byYear':
    'Value by year: exports as the reporters declared them; imports apart, as much of them mirrors the same exports',
  'report.year': 'Year',
  'report.freq': 'Frequency',
  'report.value': 'Exports to partners',
  'report.imports': 'Imports from partners',
  'report.world': 'Exports to the world',
  'report.freq.A': 'annual',
  'report.freq.M': 'monthly',
  'report.freq.partial': 'partial year: up to {last} only',
  'format.comtrade-plus': 'UN Comtrade Plus',
  'format.comtrade-legacy': 'UN Comtrade (legacy)',
  'format.baci': 'CEPII BACI',
  'format.baci-countries': 'BACI country codes',
  'format.tw-customs': 'Taiwan customs',
  'format.canonical-csv': 'canonical CSV',
  'format.canonical-parquet': 'canonical Parquet',
  'skip.flow_other': 'flow is not export, import, re-export or re-import',
  'skip.customs_breakdown':
    'customs-procedure breakdown (only the total is kept, or values would count twice)',
  'skip.transport_breakdown':
    'mode-of-transport breakdown (only the total is kept, or values would count twice)',
  'skip.partner2_breakdown':
    'second-partner breakdown (only the total is kept, or values would count twice)',
  'skip.commodity_total': 'all-goods total, not a product',
  'skip.reporter_unmapped': 'reporter is not a known country',
  'skip.partner_unmapped': 'partner is not a known country',
  'skip.period_unreadable': 'period is not a year or a month',
  'skip.month_range':
    'period is a range of months that does not start in January of one year: neither a month nor a year',
  'skip.value_not_number': 'value is not a number',
  'skip.weight_not_number': 'net weight is not a number',
  'skip.qty_not_number': 'quantity is not a number',
  'skip.world_dropped': 'world total dropped as asked',
  'skip.mixed_490':
    'code 490 from a reporter that files unknown destinations there, dropped as asked',
  'skip.duplicate_line': 'repeats an earlier line of the same file exactly',
  'skip.unreadable': 'the row could not be read ({type})',
  'status.starting': 'Starting the in-browser database…',
  'status.reference': 'Loading reference tables…',
  'status.downloading': 'Reading {name}: {loaded} of {total}',
  'status.downloadingUnknown': 'Reading {name}: {loaded}',
  'status.inserting': 'Loading {name}: row group {done} of {total} ({rows} rows)',
  'status.ingestReading': 'Reading {file} in this browser…',
  'status.ingestMapping': 'Mapping the rows of {file} to the common trade table…',
  'status.ingestMerging': 'Merging and checking {rows} rows…',
  'status.fileOf': '(file {index} of {files})',
  'status.elapsed': '{seconds} s',
  'status.validating': 'Checking {rows} rows…',
  'status.ready': '{rows} rows loaded, {start} – {end}',
  'status.partsLeft':
    'The {parts} parts of other goods ({rows} rows), which this view does not need, stay on the server',
  'status.loadParts': 'Load them too',
  'status.viewPartsLoading':
    'This view needs goods left on the server, in the parts {groups} ({rows} rows): loading them',
  'status.viewPartsTooMany':
    'This view needs goods left on the server, in the parts {groups} ({rows} rows), which would need more memory than this device allows a load: what is shown leaves them out',
  'status.viewPartsJoined':
    'This view needs goods left on the server, in the parts {groups} ({rows} rows), which cannot be joined to the files added to this data set: what is shown leaves them out. Open the data set again to load them',
  'status.partsJoined':
    'They cannot be joined to the files added to this data set: open the data set again to load them',
  'status.partsTooMany':
    'The whole data set would need more memory than this device allows a load, so it is not offered',
  'status.readySkipped': '{rows} rows loaded, {start} – {end}; {skipped} rows left out',
  'status.failed': 'Could not load {name}: {message}',
  'status.keptPrevious': 'The data loaded before is still shown.',
  'status.restored':
    'The database stopped and was started again; the data loaded before was read again and is shown.',
  'status.lost':
    'The database stopped and was started again, but the data loaded before could not be read again: open it again.',
  'status.cancel': 'Cancel',
  'status.cancelling': 'Cancelling…',
  'status.cancelled': 'Loading {name} was cancelled.',
  'status.cancelRestored':
    'The database was stopped to cancel it and started again; the data loaded before was read again and is shown.',
  'status.progress': 'Loading progress',

  'status.details': 'Details',

  'validation.missing_column': 'column "{column}" is missing',
  'validation.wrong_type': 'column "{column}" has type {found}, which cannot hold it',
  'validation.period_invalid': 'period is not a date',
  'validation.period_not_month_start': 'period is not the first day of a month',
  'validation.freq_invalid': "freq is not 'M' or 'A'",
  'validation.annual_not_january': 'annual row not dated January 1',
  'validation.reporter_unknown': 'reporter is not a known ISO-3 code',
  'validation.partner_unknown':
    "partner is not a known ISO-3 code, 'WLD' or a residual code (XNS, XBK, XFZ, XSC, XRN, XHG)",
  'validation.flow_invalid': 'flow is not X, M, RX or RM',
  'validation.hs_invalid': 'HS code is not 2, 4 or 6 digits',
  'validation.value_missing': 'value_usd is missing or not a number',
  'validation.value_negative': 'value_usd is negative or infinite',
  'validation.net_kg_invalid': 'net_kg is not a non-negative number',
  'validation.qty_invalid': 'qty is not a non-negative number',
  'validation.source_missing': 'source is empty',
  'validation.months_invalid':
    'months (the months an annual row covers) is not a whole number from 1 to 12 on an annual row',
  'validation.where': '{count} rows, first at row {rows}',

  'map.ariaLabel': 'Map of exports from Taiwan by partner',
  'map.origin': 'Taiwan',
  'map.attribution': 'Borders: Natural Earth (public domain)',
  'corridors.title': 'Flagged corridors',
  'corridors.scoring': 'Scoring corridors…',
  'corridors.stored':
    'The ranking stored with the data, shown while the data loads; it is scored again here, and checked.',
  'corridors.via': 'Through {country} only',
  'corridors.clearVia': 'Show every intermediary',
  'corridors.route': '{origin} → {via} → {destination}',
  'corridors.score': 'score {score}',
  'corridors.methodology': 'How corridors are scored',
  'corridors.scoreLabel': 'Anomaly score {score} of 1',
  'settings.title': 'Analysis settings',
  'settings.level': 'Products grouped by',
  'settings.level.all': 'HS-6, HS-4 and CHPL tier together',
  'settings.level.6': 'HS-6 subheading',
  'settings.level.4': 'HS-4 heading',
  'settings.level.2': 'HS-2 chapter',
  'settings.level.tier': 'CHPL tier',
  'settings.destinations': 'Destinations scored',
  'settings.dest.RUS,BLR': 'Russia and Belarus',
  'settings.dest.RUS': 'Russia',
  'settings.dest.BLR': 'Belarus',
  'settings.baseline': 'Baseline (before)',
  'settings.post': 'After',
  'settings.from': 'From',
  'settings.to': 'To',
  'settings.toOpen': 'To (empty: end of the data)',
  'settings.openEnd': 'No end month: the period runs to the end of the data.',
  'settings.minScore': 'Lowest score shown: {score}',
  'settings.minValue': 'Minimum value of a leg (US$, after)',
  'settings.invalid': 'These settings cannot be used: {detail}',
  'detail.back': '← All corridors',
  'detail.signals': 'Signals',
  'detail.signal': 'Signal',
  'detail.value': 'Value',
  'detail.contribution': 'Share of the score',
  'detail.legs': 'Where each leg comes from',
  'detail.leg.first': 'First leg',
  'detail.leg.second': 'Second leg',
  'detail.leg.direct': 'Direct flow',
  'detail.source.reported': "the exporter's own figures",
  'detail.source.mirror': "mirror: the importer's figures ÷ 1.06",
  'detail.source.mixed': "the exporter's figures, mirror where it is silent",
  'detail.source.none': 'no figures',
  'detail.chartTitle': '{route}: monthly value of each leg',
  'detail.was': '{value} (baseline {baseline})',
  'detail.loading': 'Reading the legs month by month…',
  'legend.corridor': 'Flagged corridor via an intermediary (colour: score)',
  'legend.partial':
    'Thin, faint onward leg: partial evidence, the intermediary’s exports known only to the World or to no named partner',
  'legend.colorTier': 'Colour: main product group',
  'legend.tier.1': 'Tier 1: integrated circuits',
  'legend.tier.2': 'Tier 2: electronics',
  'legend.tier.3': 'Tier 3: components',
  'legend.tier.4': 'Tier 4: machine tools',
  'legend.colorScore': 'Colour: highest score of the corridors through the partner',
  'legend.noCorridor': 'No flagged corridor through it',
  'legend.width': 'Width: value',
  'legend.particles': 'Moving dots: direction; more dots, more value',
  'legend.particlesPaused': 'Dots (paused): direction; more dots, more value',
  'tip.exports': '{origin} exports: {value} ({period})',
  'tip.mainTier': 'Mostly {tier}',
  'tip.viaScore': 'Flagged corridor through it: score {score}',
  'tip.clickCountry': 'Click to show only the corridors through it',
  'tip.score': 'Anomaly score {score}',
  'tip.products': '{count} products flagged on this route',
  'tip.products.one': '{count} product flagged on this route',
  'tip.legValue': 'Smaller leg since {start}: {value}',
  'tip.clickCorridor': 'Click to open the corridor',
  'legend.title': "Taiwan's exports of CHPL dual-use goods",
  'legend.titleOf': "{origin}'s exports: {products}",
  'legend.period': '{start} – {end}',
  'legend.summary': '{partners} partners, {value} in total',
  'legend.summary.one': '{partners} partner, {value} in total',
  'legend.none': 'No exports in this period',
  'legend.focus': 'Of which to {partner}: {value}',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;
