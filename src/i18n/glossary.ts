/**
 * The Traditional Chinese terms the app uses for its central concepts: one rendering for each,
 * and the renderings that once crept in beside it. Every Chinese text (the dictionaries, the
 * briefings, the methodology, the analysis's sentences, the reference lists' names) is checked
 * against it by test/i18n/glossary.test.ts, which also requires every term to be in use, so
 * that this list and the text cannot drift apart. Add a term here only when two renderings of
 * it have been found, or when the product rests on it.
 */
export interface GlossaryEntry {
  /** The concept, as the English interface words it. */
  en: string;
  /** The one Traditional Chinese rendering. */
  zh: string;
  /** Renderings that must not appear in Chinese text (substrings). */
  avoid: readonly string[];
  /** Why this rendering, where the choice is not obvious. */
  why?: string;
}

/** The glossary, concept by concept. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'dual-use',
    zh: '軍商兩用',
    avoid: ['軍民兩用'],
    why: "Taiwan's export-control rules (Ministry of Economic Affairs) speak of 軍商兩用貨品及技術.",
  },
  {
    en: 'Common High Priority List (CHPL)',
    zh: '共同高優先清單',
    avoid: ['共同高度優先清單'],
  },
  {
    en: 'flagged (a corridor scoring at or above the threshold); not flagged',
    zh: '標記',
    avoid: ['可疑'],
    why: 'A high score is a reason to look, not proof: 可疑 ("suspicious") says more than the English. Flagged corridors are 被標記的走廊 or 標記走廊; the others 未予標記.',
  },
  {
    en: 'origin (where a corridor starts: Taiwan)',
    zh: '來源地',
    avoid: ['出口地'],
  },
  {
    en: 'intermediary',
    zh: '中轉經濟體',
    avoid: ['中轉國', '第三地'],
    why: 'Intermediaries include Hong Kong, which is not a country; the English avoids "country" too. A third country in a definition (第三國) is still fine.',
  },
  {
    en: 'product, goods',
    zh: '貨品',
    avoid: ['產品'],
    why: 'The word of the customs tariff and of the export-control rules.',
  },
  {
    en: 'baseline (the period before the invasion)',
    zh: '基準期',
    avoid: ['基期'],
  },
  {
    en: 'mirror (figures: the importer’s side of a flow)',
    zh: '鏡像',
    avoid: [],
  },
  {
    en: 'Taiwan',
    zh: '臺灣',
    avoid: ['台灣'],
    why: 'The official form, as the government and the customs statistics write it.',
  },
];
