/** English messages of the column mapping: its dialog, and why a mapping cannot be used. */
export const enMapping = {
  'format.user-mapping': 'column mapping',
  'skip.months_not_number': 'the months an annual row covers are not a whole number',

  'ingestError.no_valid_rows': 'no valid row among the {read} rows read',
  'ingestError.no_valid_rows.one': 'the one row read is not valid',
  'ingestError.mapping_json': 'the mapping is not valid JSON ({detail})',
  'ingestError.mapping_not_object':
    'it is not a column mapping: expected a JSON object with "columns" and "constants"',
  'ingestError.mapping_unknown_key':
    'the mapping has an unknown key "{key}" (a mapping has {allowed})',
  'ingestError.mapping_section': '"{section}" must be an object of field names and values',
  'ingestError.mapping_unknown_field':
    'the mapping names an unknown field "{field}" in "{section}" (fields: {fields})',
  'ingestError.mapping_column_not_text':
    'the mapping gives {field} a column that is not a header name (text)',
  'ingestError.mapping_constant_not_text':
    'the mapping gives {field} a fixed value that is neither text nor a number',
  'ingestError.mapping_both': '{field} has both a column and a fixed value: keep one',
  'ingestError.mapping_constant_figure':
    '{field} cannot be a fixed value: figures come from a column',
  'ingestError.mapping_value_unit':
    'value_unit "{value}" is not a unit: use "usd" (US dollars) or "thousand_usd" (thousands of US dollars)',
  'ingestError.mapping_encoding':
    'encoding "{value}" cannot be read: use auto, utf-8 or latin-1 (Windows-1252 is read as Latin-1); save a file in another encoding (Big5, say) as CSV UTF-8',
  'ingestError.mapping_period_and_year':
    'a period and a year or month are both given: a period holds the whole date, so give one or the other',
  'ingestError.mapping_month_without_year':
    'a month is given without a year: a month goes with a year',
  'ingestError.mapping_missing_fields':
    'the mapping lacks {missing}: it needs a period (year, year and month, or period), reporter (a column or a fixed value), partner, flow (a column or a fixed value), hs and value_usd',
  'ingestError.mapping_bad_flow':
    'flow "{value}" is not a trade flow: use X (export), M (import), RX (re-export) or RM (re-import)',
  'ingestError.mapping_bad_months':
    'months "{value}": the months an annual row covers are a whole number from 1 to 12',
  'ingestError.mapping_header_missing':
    'the file has no column "{column}" (mapped to {field}); its columns are: {headers}',
  'ingestError.mapping_not_numeric':
    'column "{column}" ({field}) is not a number in {count} of its {filled} filled rows (lines {examples}): map {field} to the column that holds the figures',
  'ingestError.mapping_not_csv':
    'it is a Parquet file: a column mapping reads CSV files (a Parquet file must be in the canonical schema)',

  'mapping.title': 'Map the columns of {file}',
  'mapping.intro':
    'The app does not know the layout of this file. Say which column holds what, or give a fixed value; the preview shows what would be loaded. The file stays in this browser.',
  'mapping.why': 'Not recognised: {reason}',
  'mapping.reading': 'Reading the first lines of the file…',
  'mapping.presetFits': 'Your saved mapping “{name}” fits the columns of this file.',
  'mapping.presetLoad': 'Load with “{name}”',
  'mapping.columnsTitle': 'The columns of the file',
  'mapping.colColumn': 'Column',
  'mapping.colSamples': 'First values',
  'mapping.fieldsTitle': 'Which column holds what',
  'mapping.notInFile': '— not in the file —',
  'mapping.fixed': 'A fixed value…',
  'mapping.fixedLabel': 'Fixed value of {field}',
  'mapping.field.year': 'Year',
  'mapping.field.month': 'Month',
  'mapping.field.period': 'Period',
  'mapping.field.months': 'Months covered',
  'mapping.field.reporter': 'Reporter',
  'mapping.field.partner': 'Partner',
  'mapping.field.flow': 'Trade flow',
  'mapping.field.hs': 'HS code',
  'mapping.field.value_usd': 'Value',
  'mapping.field.net_kg': 'Net weight (kg)',
  'mapping.field.qty': 'Quantity',
  'mapping.field.qty_unit': 'Quantity unit',
  'mapping.hint.year':
    'a year (2025, or 114 in ROC years) or a year-to-date range such as 2025 (1-8月)',
  'mapping.hint.month': '1–12, 3月 or Mar; empty: the whole year',
  'mapping.hint.period':
    'or a period column: 2025-03, 202503, 2025, 112年3月, or a year-to-date range (2025-01~2025-08, 114年1月~114年8月)',
  'mapping.hint.months': 'only for annual rows covering part of a year: 1–12',
  'mapping.hint.reporter':
    'the country that declares the figures: ISO-3 or numeric code, or its name (English or Chinese)',
  'mapping.hint.partner': 'ISO-3 or numeric code, or the name in English or Chinese',
  'mapping.hint.flow': 'X, M, RX, RM, or export, import, 出口, 進口',
  'mapping.hint.hs': '2 to 11 digits; codes of 8 digits or more are read as their HS-6',
  'mapping.unit': 'Values are in',
  'mapping.unit.usd': 'US dollars',
  'mapping.unit.thousand_usd': 'thousands of US dollars',
  'mapping.encoding': 'Text encoding',
  'mapping.encoding.auto': 'Detect (UTF-8 or Latin-1)',
  'mapping.encoding.utf-8': 'UTF-8',
  'mapping.encoding.latin-1': 'Latin-1 (Windows-1252)',
  'mapping.needed': 'Still needed: {fields}',
  'mapping.yearOrPeriod': 'a year or a period',
  'mapping.previewTitle': 'Preview',
  'mapping.previewRunning': 'Reading the first rows with this mapping…',
  'mapping.previewTotals':
    'Of the first {read} rows, {written} would be loaded and {skipped} left out.',
  'mapping.previewRows': 'First rows as they would be loaded',
  'mapping.previewSkipped': 'Rows that would be left out',
  'mapping.previewProblem': 'This mapping cannot be used: {detail}',
  'mapping.previewFailed':
    'The preview could not be made with this mapping. Check that each chosen column holds what its field expects (a period, a country, a code, a figure); your file and the data loaded are not changed.',
  'mapping.colPeriod': 'Period',
  'mapping.colReporter': 'Reporter',
  'mapping.colPartner': 'Partner',
  'mapping.colFlow': 'Flow',
  'mapping.colHs': 'HS',
  'mapping.colValue': 'Value (US$)',
  'mapping.annual': '{year}',
  'mapping.partial': '{year}, months 1–{months}',
  'mapping.load': 'Load',
  'mapping.cancel': 'Cancel',
  'mapping.presetName': 'Preset name',
  'mapping.savePreset': 'Save as preset',
  'mapping.saved': 'Saved as “{name}”: offered next time a file with these columns is opened.',
  'mapping.export': 'Export mapping (JSON)',
  'mapping.import': 'Import mapping (JSON)…',
  'mapping.imported': 'Mapping read from {file}.',
  'mapping.importFailed': 'Could not use {file}: {detail}',
  'mapping.cli':
    'The same JSON file works on the command line: npm run ingest -- data.csv --map mapping.json --out data.parquet',
};

/** A message key of the column mapping. */
export type MappingKey = keyof typeof enMapping;
