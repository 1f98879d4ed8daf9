import type { Locale } from '../i18n';

/**
 * The subset of Markdown that docs/methodology.md uses, parsed into plain data that React
 * renders as text: raw HTML in the doc stays text, so nothing is ever injected.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] };

/** A block of the doc: heading, paragraph, list, table or preformatted text. */
export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'code'; text: string };

/** The level-2 heading that opens each language's section of the doc. */
export const SECTION_HEADINGS: Record<Locale, string> = { en: 'English', 'zh-TW': '繁體中文' };

/** The doc's section for a language: the lines after its `## ` heading, up to the next one. */
export function methodologySection(doc: string, locale: Locale): string {
  const lines = doc.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${SECTION_HEADINGS[locale]}`);
  if (start < 0) return doc;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\*([^*\s](?:[^*]*?[^*\s])?)\*|\[([^\]]+)\]\([^)\s]*\)/g;

/** Bold, italics and code spans; a link keeps its text only (the doc's links are anchors). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [all, strong, code, em, link] = match;
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (em !== undefined) out.push({ kind: 'em', children: parseInline(em) });
    else out.push({ kind: 'text', text: link ?? all });
    last = match.index + all.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Joins wrapped lines: with a space, except around Chinese text, where a space would show. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .reduce((text, line) => {
      if (text === '') return line;
      const glue = WIDE.test(text.slice(-1)) || WIDE.test(line.charAt(0)) ? '' : ' ';
      return text + glue + line;
    }, '');
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

const isTableRule = (line: string | undefined) =>
  line !== undefined && /^\|?[\s:|-]+\|?$/.test(line.trim()) && line.includes('-');
const startsBlock = (line: string) => /^(#{1,6} |- |\|| {4})/.test(line) || line.trim() === '';

/** Parses one section of the doc into blocks. */
export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  let i = 0;
  const take = (test: (line: string) => boolean): string[] => {
    const taken: string[] = [];
    while (i < lines.length && test(lines[i] ?? '')) taken.push(lines[i++] ?? '');
    return taken;
  };
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6}) +(.*)$/.exec(line);
    if (line.trim() === '') {
      i += 1;
    } else if (heading) {
      blocks.push({
        kind: 'heading',
        level: heading[1]?.length ?? 1,
        content: parseInline(heading[2] ?? ''),
      });
      i += 1;
    } else if (line.startsWith('    ')) {
      const text = take((l) => l.startsWith('    ') || l.trim() === '');
      blocks.push({
        kind: 'code',
        text: text
          .map((l) => l.slice(4))
          .join('\n')
          .trimEnd(),
      });
    } else if (line.startsWith('|') && isTableRule(lines[i + 1])) {
      const [header = '', , ...rows] = take((l) => l.trim().startsWith('|'));
      blocks.push({ kind: 'table', header: cells(header), rows: rows.map(cells) });
    } else if (line.startsWith('- ')) {
      const items: Inline[][] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('- ')) {
        const first = (lines[i++] ?? '').slice(2);
        const more = take((l) => /^ {2,}\S/.test(l));
        items.push(parseInline(joinLines([first, ...more])));
      }
      blocks.push({ kind: 'list', items });
    } else {
      i += 1;
      const text = [line, ...take((l) => !startsBlock(l))];
      blocks.push({ kind: 'paragraph', content: parseInline(joinLines(text)) });
    }
  }
  return blocks;
}
