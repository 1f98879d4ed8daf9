/** Full-width ASCII forms (！ to ～) and the ideographic space, and what they stand for. */
export const FULL_WIDTH = String.fromCharCode(
  ...Array.from({ length: 0x5e }, (_, i) => 0xff01 + i),
  0x3000,
);
/** What each of {@link FULL_WIDTH} stands for, in the same order. */
export const HALF_WIDTH = String.fromCharCode(
  ...Array.from({ length: 0x5e }, (_, i) => 0x21 + i),
  0x20,
);

/** Characters written two ways in Taiwan: 臺 and 台 are the same character in names. */
export const VARIANTS = { from: '臺', to: '台' };

/**
 * The key under which a country name is looked up, so that the ways one name is written
 * match: full-width letters, digits and brackets as half-width ones, 臺 as 台, accents
 * dropped (Côte → cote), lower case, `&` as "and", "saint" as "st", and no spaces or
 * punctuation. "Korea, Republic of" → "korearepublicof"; "聖文森及格瑞納丁" stays itself.
 * `nameKeySql` (sql/names.ts) is the same in SQL; the tests check that they agree.
 */
export function nameKey(name: string): string {
  let text = '';
  for (const char of name) {
    const at = FULL_WIDTH.indexOf(char);
    text += at >= 0 ? HALF_WIDTH[at] : char === VARIANTS.from ? VARIANTS.to : char;
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
