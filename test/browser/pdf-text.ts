import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF that Chromium printed, read without a PDF library: enough of
 * the format for its own output (numbered objects, Flate streams, fonts with a ToUnicode map,
 * text shown with Tj and TJ). Glyphs are joined as drawn; spaces are the spaces the text has.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end);
    const at = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    if (at >= 0) {
      const from = start + at + (body.slice(at).match(/stream\r?\n/)?.[0].length ?? 0);
      const to = raw.indexOf('endstream', from);
      const bytes = pdf.subarray(from, to);
      try {
        stream = /FlateDecode/.test(body.slice(0, at)) ? inflateSync(bytes) : bytes;
      } catch {
        stream = null;
      }
    }
    objects.set(Number(m[1]), { dict: at >= 0 ? body.slice(0, at) : body, stream });
  }
  const ref = (text: string, key: string) =>
    Number(text.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1]);
  const dictOf = (id: number) => objects.get(id)?.dict ?? '';

  /** A font's codes → text, and how many bytes a code takes. */
  const fonts = new Map<number, { map: Map<number, string>; bytes: number }>();
  const fontOf = (id: number) => {
    const known = fonts.get(id);
    if (known) return known;
    const cmap = objects.get(ref(dictOf(id), 'ToUnicode'))?.stream?.toString('latin1') ?? '';
    const map = new Map<number, string>();
    const hex = (h: string) => Number.parseInt(h, 16);
    const unicode = (h: string) =>
      String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((u) => Number.parseInt(u, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code = '', to = ''] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g))
        map.set(hex(code), unicode(to));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo = '', hi = '', to = ''] of (block[1] ?? '').matchAll(
        /<(\w+)>\s*<(\w+)>\s*<(\w+)>/g,
      ))
        for (let c = hex(lo); c <= hex(hi); c += 1)
          map.set(c, String.fromCharCode(hex(to) + c - hex(lo)));
    const range = cmap.match(/begincodespacerange\s*<(\w+)>/);
    const font = { map, bytes: (range?.[1]?.length ?? 2) / 2 };
    fonts.set(id, font);
    return font;
  };

  // The pages in their order: the page tree's kids (Chromium prints one flat tree).
  const tree = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict))?.dict ?? '';
  const kids = [...(tree.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  const pages: string[] = [];
  for (const kid of kids) {
    const dict = dictOf(Number(kid[1]));
    const resources = /\/Resources\s*<</.test(dict) ? dict : dictOf(ref(dict, 'Resources'));
    const fontDict = resources.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? dictOf(ref(resources, 'Font'));
    const fontIds = new Map(
      [...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name = '', id]) => [name, Number(id)]),
    );
    const contents = dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((c) => objects.get(Number(c[1])));
    let text = '';
    for (const content of streams) {
      const ops = content?.stream?.toString('latin1') ?? '';
      let font = { map: new Map<number, string>(), bytes: 1 };
      for (const op of ops.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[jJ]/g)) {
        if (op[1]) {
          font = fontOf(fontIds.get(op[1]) ?? -1);
          continue;
        }
        for (const [, h = ''] of (op[2] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g))
          for (let i = 0; i < h.length; i += 2 * font.bytes)
            text += font.map.get(Number.parseInt(h.slice(i, i + 2 * font.bytes), 16)) ?? '';
      }
    }
    // Fonts map some glyphs to compatibility forms (a ligature 'ﬁ', Kangxi radicals for Han).
    pages.push(text.normalize('NFKC'));
  }
  return pages;
}
