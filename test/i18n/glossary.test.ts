import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary';
import { zhTW } from '../../src/i18n/zh-tw';
import { methodologySection } from '../../src/ui/methodology-doc';

const ROOT = join(import.meta.dirname, '../..');
const HAN = /[\u4e00-\u9fff]/;

/** A piece of Chinese text the reader sees, and where it comes from. */
interface Text {
  where: string;
  text: string;
}

/** Every "zh-TW" value of a parsed briefing, wherever it sits. */
function zhFields(value: unknown, path: string): Text[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'zh-TW' && typeof v === 'string'
      ? [{ where: path, text: v }]
      : zhFields(v, `${path}.${key}`),
  );
}

/** The .ts files under a directory of the repository, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The Chinese string and template literals of a source file (comments are not text). */
function chineseLiterals(path: string): Text[] {
  const file = ts.createSourceFile(
    path,
    readFileSync(join(ROOT, path), 'utf8'),
    ts.ScriptTarget.ES2022,
  );
  const out: Text[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    // A template's fixed parts, with each interpolation as a placeholder.
    if (ts.isTemplateExpression(node)) {
      text = node.head.text + node.templateSpans.map((s) => `{x}${s.literal.text}`).join('');
    }
    if (text !== null && HAN.test(text)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      out.push({ where: `${path}:${line + 1}`, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const dictionary: Text[] = Object.entries(zhTW).map(([key, text]) => ({ where: key, text }));

const briefings: Text[] = readdirSync(join(ROOT, 'public/briefings'))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) =>
    zhFields(
      JSON.parse(readFileSync(join(ROOT, 'public/briefings', name), 'utf8')),
      `public/briefings/${name}`,
    ),
  );

/** The names and citations of the country groups, as the report lists them in Chinese. */
const groups: Text[] = (() => {
  const file = JSON.parse(
    readFileSync(join(ROOT, 'data/reference/country-groups.json'), 'utf8'),
  ) as Record<string, { name_zh?: string }> & {
    sources: { id: string; citation: string; citation_zh?: string }[];
  };
  return [
    ...Object.entries(file).flatMap(([id, group]) =>
      'name_zh' in group && group.name_zh ? [{ where: `${id}.name_zh`, text: group.name_zh }] : [],
    ),
    // A citation not yet translated counts as the English it leaves on the Chinese page.
    ...file.sources.map((s) => ({ where: `sources.${s.id}`, text: s.citation_zh ?? s.citation })),
  ];
})();

/** The methodology's Chinese section, line by line (numbered as in the file). */
const methodology: Text[] = (() => {
  const doc = readFileSync(join(ROOT, 'docs/methodology.md'), 'utf8');
  const section = methodologySection(doc, 'zh-TW');
  const first = doc.slice(0, doc.indexOf(section)).split('\n').length;
  return section
    .split('\n')
    .map((text, i) => ({ where: `docs/methodology.md:${first + i}`, text }));
})();

/** Chinese written in the analysis's code: none, its words are all in the dictionaries. */
const analysis: Text[] = sourceFiles('src/analysis').flatMap(chineseLiterals);

/** The units the formatting module writes figures with (萬美元, 倍 …). */
const formats: Text[] = chineseLiterals('src/i18n/format.ts');

const ALL: Text[] = [...dictionary, ...briefings, ...groups, ...methodology, ...formats];

describe('the glossary', () => {
  it('reads every source of Chinese text', () => {
    for (const source of [dictionary, briefings, groups, methodology, formats]) {
      expect(source.filter((t) => HAN.test(t.text)).length).toBeGreaterThan(0);
    }
  });

  it('finds no Chinese in the analysis: its sentences and names are in the dictionaries', () => {
    expect(analysis.filter((t) => HAN.test(t.text)).map((t) => t.where)).toEqual([]);
  });

  it.each(GLOSSARY.map((entry) => [entry.en, entry] as const))(
    '%s: one Chinese term, and no other',
    (_, entry) => {
      for (const variant of entry.avoid) {
        const found = ALL.filter((t) => t.text.includes(variant)).map((t) => t.where);
        expect(found, `${variant} (write ${entry.zh})`).toEqual([]);
      }
      // A term the text no longer uses would be a glossary out of step with it.
      expect(
        ALL.some((t) => t.text.includes(entry.zh)),
        entry.zh,
      ).toBe(true);
    },
  );

  it('never lists a term among its own variants', () => {
    for (const entry of GLOSSARY) {
      for (const variant of entry.avoid) expect(entry.zh.includes(variant), variant).toBe(false);
    }
  });
});

/**
 * Latin phrases that may stand in Chinese text as they are: names of data sets and
 * organisations, and the commands a reader types. Shorter names and codes (EBRD, HS, CHPL, CSV,
 * US$ …) never reach the three-word rule below; these are listed so that they cannot join a
 * neighbouring word into a run ("UN Comtrade Plus"). Anything else in English is either glossed
 * (see below) or translated.
 */
const VERBATIM = [
  'UN Comtrade',
  'Comtrade Plus',
  'Natural Earth',
  'CEPII BACI',
  'npm run ingest',
  'npm run analyze',
];

/** Three or more Latin words in a row: English prose, not a name or a code. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:,? [A-Za-z][A-Za-z'’-]*){2,}/g;

/**
 * The English phrases of a Chinese text. A phrase may stay when it is glossed: the label of an
 * English-only website the reader must find, followed by its Chinese in full-width brackets
 * ("Type of product（產品類型）"), or the original wording in brackets after the Chinese
 * ("其他亞洲地區（Other Asia, nes）"). Code spans and placeholders are not prose.
 */
function englishPhrases(text: string): string[] {
  let plain = text.replace(/`[^`]*`/g, ' ').replace(/\{\w+\}/g, ' ');
  for (const phrase of VERBATIM) plain = plain.replaceAll(phrase, ' ');
  return [...plain.matchAll(ENGLISH_RUN)]
    .filter((match) => {
      const before = plain.slice(0, match.index);
      const after = plain.slice(match.index + match[0].length);
      const glossedAfter = /^（[^）]*[\u4e00-\u9fff]/.test(after);
      const originalInBrackets = /[\u4e00-\u9fff]（$/.test(before) && after.startsWith('）');
      return !glossedAfter && !originalInBrackets;
    })
    .map((match) => match[0]);
}

describe('Chinese text', () => {
  it('finds English phrases, and lets glossed labels and commands through', () => {
    expect(englishPhrases('資料來源：Source of the data')).toEqual(['Source of the data']);
    expect(englishPhrases('Type of product（貨品類型）：Goods')).toEqual([]);
    expect(englishPhrases('列於「其他亞洲地區（Other Asia, nes）」')).toEqual([]);
    expect(englishPhrases('請執行 npm run ingest 或 `--level all`')).toEqual([]);
    expect(englishPhrases('UN Comtrade Plus、CEPII BACI 與 Natural Earth')).toEqual([]);
  });

  it.each([
    ['the dictionaries', dictionary],
    ['the briefings', briefings],
    ['the country groups', groups],
    ['the methodology', methodology],
    ['the analysis', analysis],
    ['the formats', formats],
  ] as const)('has no untranslated English in %s', (_, texts) => {
    const english = texts.flatMap((t) => englishPhrases(t.text).map((p) => `${t.where}: ${p}`));
    expect(english).toEqual([]);
  });
});
