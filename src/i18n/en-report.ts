/**
 * English messages of the public transparency report (`?page=report`). Its own keys start with
 * `transparency.`: `report.*` already names the ingest report ("What was read"), whose
 * `report.title` in en.ts overrides the one below.
 */
export const enReport = {
  'transparency.title': 'Dual-use goods from Taiwan to Russia and Belarus: transparency report',
  'transparency.subtitle':
    'Where goods of the Common High Priority List (CHPL) may reach Russia and Belarus through third countries, computed from the trade data loaded',
  'transparency.loading': 'Preparing the report…',
  'transparency.origin': 'Taiwan',
  'transparency.synthetic.title': 'Synthetic demonstration data.',
  'transparency.pageOf': ' of ',
  'transparency.synthetic.text':
    'Every figure in this report comes from generated demonstration data, not from real trade statistics. No finding here describes an actual shipment.',

  'transparency.meta.generated': 'Generated',
  'transparency.meta.dataset': 'Dataset',
  'transparency.meta.period': 'Period covered',
  'transparency.meta.analysis': 'Periods compared',
  'transparency.utc': '{time} UTC',
  'transparency.range': '{start} – {end}',
  'transparency.meta.periods':
    'baseline {baselineStart} – {baselineEnd}; post period {postStart} – {postEnd}',
  'transparency.print': 'Print or save as PDF',
  'transparency.close': 'Close the report',
  'transparency.toc': 'Contents',

  'transparency.findings.title': 'Key findings',
  'transparency.map.title': 'Map of the top corridors',
  'transparency.monthly.title': 'Monthly exports of CHPL goods',
  'transparency.corridors.title': 'Top corridors',
  'transparency.method.title': 'Method and caveats',
  'transparency.sources.title': 'Data sources',
  'transparency.provenance.title': 'Provenance',
  'transparency.downloads.title': 'Downloads',

  'transparency.finding.flagged':
    '{flagged} of the {total} corridors ranked score {threshold} or more out of 1, the level at which this report calls a corridor flagged.',
  'transparency.finding.flagged.one':
    '{flagged} of the {total} corridors ranked scores {threshold} or more out of 1, the level at which this report calls a corridor flagged.',
  'transparency.finding.flaggedNone':
    'None of the {total} corridors ranked scores {threshold} or more out of 1, the level at which this report calls a corridor flagged.',
  'transparency.finding.noCorridors':
    'No corridor could be scored with this dataset and these periods.',
  'transparency.finding.top':
    'The highest score, {score}, goes to {route} for {product}. {explanation}',
  'transparency.finding.changeUp':
    "{origin}'s exports of CHPL goods averaged {baseline} a month in the baseline ({baselineStart} – {baselineEnd}) and {post} a month in the post period ({postStart} – {postEnd}): up {percent}.",
  'transparency.finding.changeDown':
    "{origin}'s exports of CHPL goods averaged {baseline} a month in the baseline ({baselineStart} – {baselineEnd}) and {post} a month in the post period ({postStart} – {postEnd}): down {percent}.",
  'transparency.finding.changeFlat':
    "{origin}'s exports of CHPL goods averaged {baseline} a month in the baseline ({baselineStart} – {baselineEnd}) and {post} a month in the post period ({postStart} – {postEnd}): about the same.",
  'transparency.finding.changeFromZero':
    '{origin} exported no CHPL goods in the baseline ({baselineStart} – {baselineEnd}); in the post period ({postStart} – {postEnd}) its exports of them averaged {post} a month.',
  'transparency.finding.changeUnknown':
    'The data hold no monthly CHPL exports of {origin} in the baseline or in the post period, so their change cannot be measured.',
  'transparency.finding.intermediaries':
    'The intermediaries that appear most among the flagged corridors, with the number of flagged corridors through each: {list}.',
  'transparency.finding.intermediaryOnly': 'Every flagged corridor passes through {name}.',
  'transparency.finding.intermediaryCount': '{name} ({count})',
  'transparency.finding.mirror':
    '{count} of the {flagged} flagged corridors rest partly on mirror figures (what the importing country reported) for one of their legs; these deserve a second look.',
  'transparency.finding.mirror.one':
    '{count} of the {flagged} flagged corridors rests partly on mirror figures (what the importing country reported) for one of its legs; it deserves a second look.',

  'transparency.map.caption':
    'The {count} highest-ranked corridors, drawn from {origin} to each intermediary and on to the destination. Corridors on the same route share one line.',
  'transparency.map.caption.one':
    'The highest-ranked corridor, drawn from {origin} to its intermediary and on to its destination.',
  'transparency.map.svgTitle': 'Map of the top {count} corridors from {origin}',
  'transparency.map.svgTitle.one': 'Map of the top corridor from {origin}',
  'transparency.map.descIntro':
    'Lines run from {origin} through intermediaries to destinations. Line width shows the value that may have passed through, colour and dash pattern show the score, and numbers show the ranks of the corridors on each route.',
  'transparency.map.descRoute':
    '{route}: corridors ranked {ranks}, value {value}, highest score {score}.',
  'transparency.map.descRoute.one':
    '{route}: corridor ranked {ranks}, value {value}, score {score}.',
  'transparency.map.descNone': 'There is no corridor to draw.',
  'transparency.map.unplaced': 'Not drawn, for lack of a map position: {list}.',
  'transparency.map.failed':
    'The country outlines could not be loaded; the routes are drawn without them.',
  'transparency.map.legend.width':
    "Line width: value that may have passed through (the smaller leg's total in the post period)",
  'transparency.map.legend.numbers': 'Numbers: ranks of the corridors on the route',
  'transparency.map.legend.high': 'Solid line: score 0.5 or more (flagged)',
  'transparency.map.legend.mid': 'Long dashes: score 0.25 to 0.5',
  'transparency.map.legend.low': 'Short dashes: score below 0.25',
  'transparency.map.table.caption': 'Routes drawn on the map',
  'transparency.col.route': 'Route',
  'transparency.col.ranks': 'Corridors (ranks)',
  'transparency.col.value': 'Value that may have passed through (US$)',
  'transparency.col.topScore': 'Highest score',
  'transparency.col.rank': 'Rank',
  'transparency.col.product': 'Product',
  'transparency.col.score': 'Score (0–1)',
  'transparency.col.signals': 'Main signals',
  'transparency.col.year': 'Year',

  'transparency.numbers.show': 'Show the numbers',
  'transparency.numbers.hide': 'Hide the numbers',

  'transparency.monthly.caption':
    "{origin}'s exports of CHPL goods by month, {start} – {end}. The dashed line marks February 2022, when Russia launched its full-scale invasion of Ukraine.",
  'transparency.monthly.svgTitle':
    "Bar chart of {origin}'s monthly exports of CHPL goods, {start} – {end}",
  'transparency.monthly.desc':
    '{count} months from {start} to {end}. Monthly mean: {baseline} in the baseline and {post} in the post period. Highest month: {peakMonth}, {peakValue}. Lowest month: {lowMonth}, {lowValue}.',
  'transparency.monthly.descMarker': 'A dashed line marks February 2022.',
  'transparency.monthly.descEmpty': 'The data hold no monthly exports.',
  'transparency.monthly.invasion': '{month}: full-scale invasion',
  'transparency.monthly.baseline': 'Baseline',
  'transparency.monthly.post': 'Post period',
  'transparency.monthly.other': 'Other months',
  'transparency.monthly.legend':
    'Brackets under the bars mark the baseline and the post period; the colours of the bars repeat them.',
  'transparency.monthly.table.caption':
    "{origin}'s monthly exports of CHPL goods (US$), by year and month",
  'transparency.notKnown': 'not known',

  'transparency.corridors.intro':
    'The {count} corridors with the highest scores. A score runs from 0 (nothing unusual) to 1 (every signal strong); the bar shows the same number.',
  'transparency.corridors.intro.one':
    'The corridor with the highest score. A score runs from 0 (nothing unusual) to 1 (every signal strong); the bar shows the same number.',
  'transparency.corridors.caption': 'Top {count} corridors by score',
  'transparency.corridors.caption.one': 'The top corridor by score',
  'transparency.corridors.why': 'Why each corridor scores as it does',
  'transparency.corridors.none': 'No corridor was scored.',
  'transparency.corridors.noSignal': 'none',
  'transparency.corridors.item': '{route}, {product} (score {score}).',
  'transparency.listSeparator': ', ',

  'transparency.method.h.corridor': 'What a corridor and its score are',
  'transparency.method.corridor':
    'A corridor is a product and a route: goods leaving Taiwan (the origin) for a third country (the intermediary) and going on from there to Russia or Belarus (the destination). The first leg is origin to intermediary, the second leg intermediary to destination.',
  'transparency.method.score':
    'Each corridor gets a score from 0 to 1. It compares the post period ({postStart} – {postEnd}) with the baseline ({baselineStart} – {baselineEnd}) and combines eight signals that researchers use: both legs surging, the two legs rising and falling together month by month, direct exports to the destination falling, the intermediary passing on much of what it imports, exports that the intermediary never records as imports, unit prices jumping, and the destination taking a growing share. The score stays at 0 unless both legs surge and move together: growth on one leg alone, or a market growing everywhere, does not count.',
  'transparency.method.h.mirror': 'Mirror data and the CIF/FOB gap',
  'transparency.method.mirror':
    "Every flow between two countries is reported twice: by the exporting country, valued at its own border (FOB), and by the importing country, valued with freight and insurance included (CIF). Where the exporter reports nothing, this report uses the importer's figure, called mirror data, divided by 1.06 to take out freight and insurance on average. Real differences are often 10 to 20%, so small gaps between the two sides mean little.",
  'transparency.method.h.taiwan': 'Taiwan in UN data',
  'transparency.method.taiwan':
    'The United Nations does not publish statistics for Taiwan by name. Other countries file their trade with Taiwan under code 490, "Other Asia, not elsewhere specified", which this analysis reads as Taiwan. A few countries also file trade with unknown destinations under 490, which can inflate a first leg.',
  'transparency.method.h.russia': 'Russia and Belarus',
  'transparency.method.russia':
    'Russia and Belarus have published no trade statistics by partner since 2021. Their side of every flow after 2021 is therefore mirror data: what their trading partners report.',
  'transparency.method.h.limits': 'What a score means, and what it does not see',
  'transparency.method.notProof':
    'A high score is a reason to look closer, not proof of evasion. Trade can rise for lawful reasons, and a score says nothing about who shipped what, or whether any rule was broken.',
  'transparency.method.blind':
    'The score does not see trade in services or software, goods that pass through a country without a customs record there (in transit or through free zones), goods declared under another product code, or shipments too small to stand out in monthly statistics.',

  'transparency.sources.intro':
    'The analysis reads trade statistics from the sources below; the dataset line says what this report was computed from.',
  'transparency.sources.sampleNote':
    'The bundled sample imitates these sources and is calibrated to published totals; none of its figures comes from them.',
  'transparency.sources.dataset': 'This report: {name}, {rows} rows, {start} – {end}.',
  'transparency.source.comtrade':
    'UN Comtrade, United Nations Statistics Division (comtradeplus.un.org): monthly trade by HS code as each country reports it; Taiwan appears as partner code 490. Russia and Belarus report up to December 2021.',
  'transparency.source.customs':
    "Taiwan customs statistics portal, Customs Administration, Ministry of Finance: Taiwan's own monthly exports by commodity code; the latest months are preliminary.",
  'transparency.source.baci':
    'CEPII BACI: harmonised bilateral trade by HS-6 code, annual; each file names its version (for example V202501). Scores use monthly data only.',
  'transparency.source.chpl':
    'Common High Priority List of the EU, US, UK and Japan, version of February 2024: 50 HS-6 codes of items found in Russian weapons.',
  'transparency.source.groups': 'Country groups used by the analysis ({groups}), after:',

  'transparency.provenance.dataset': 'Dataset',
  'transparency.provenance.rows': 'Rows',
  'transparency.provenance.checksum': 'Dataset checksum',
  'transparency.provenance.notComputed': 'not computed',
  'transparency.provenance.version': 'App version',
  'transparency.provenance.generated': 'Generated',
  'transparency.provenance.cite': 'How to cite',
  'transparency.provenance.citation':
    '"{title}", generated {date} from the dataset {dataset} (app version {version}).',

  'transparency.downloads.intro':
    "The report's tables as CSV files (UTF-8, comma-separated), for checking and reuse.",
  'transparency.download.corridors': 'Top corridors (CSV)',
  'transparency.download.routes': 'Routes on the map (CSV)',
  'transparency.download.monthly': 'Monthly exports (CSV)',
};

/** A message key of the public transparency report. */
export type ReportKey = keyof typeof enReport;
