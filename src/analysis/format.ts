/** Languages the explanations are written in. */
export type Language = 'en' | 'zh-TW';

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** 'YYYY-MM' (or a 'YYYY-MM-DD' date) as 'Mar 2022' or '2022年3月'. */
export function formatMonth(month: string, lang: Language): string {
  const year = month.slice(0, 4);
  const index = Number(month.slice(5, 7)) - 1;
  return lang === 'en' ? `${MONTHS_EN[index] ?? '?'} ${year}` : `${year}年${index + 1}月`;
}

function significant(x: number, digits: number): string {
  return Number(x.toPrecision(digits)).toString();
}

/** A multiple: 40×, 2.5× / 40倍, 2.5倍 (two significant figures, whole numbers from 10). */
export function formatMultiple(x: number, lang: Language): string {
  const text = x >= 10 ? Math.round(x).toLocaleString('en-US') : significant(x, 2);
  return lang === 'en' ? `${text}×` : `${text}倍`;
}

/** A share as a whole percentage: 48%. */
export function formatPercent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** US dollars, rounded: US$45 k, US$1.2 M, US$3.4 bn / 4.5萬美元, 120萬美元, 34億美元. */
export function formatUsd(x: number, lang: Language): string {
  if (lang === 'zh-TW') {
    if (x >= 1e8) return `${significant(x / 1e8, 2)}億美元`;
    if (x >= 1e4) return `${significant(x / 1e4, 2)}萬美元`;
    return `${Math.round(x).toLocaleString('en-US')}美元`;
  }
  if (x >= 1e9) return `US$${significant(x / 1e9, 2)} bn`;
  if (x >= 1e6) return `US$${significant(x / 1e6, 2)} M`;
  if (x >= 1e3) return `US$${significant(x / 1e3, 2)} k`;
  return `US$${Math.round(x)}`;
}

/** A fraction in words where one fits: 'half', 'a third', 'a quarter', else a percentage. */
export function formatFraction(share: number, lang: Language): string {
  const words: [number, number, string, string][] = [
    [0.43, 0.57, 'half', '約一半'],
    [0.3, 0.37, 'a third', '約三分之一'],
    [0.22, 0.28, 'a quarter', '約四分之一'],
  ];
  const word = words.find(([low, high]) => share >= low && share <= high);
  if (word) return lang === 'en' ? word[2] : word[3];
  return lang === 'en' ? formatPercent(share) : `${formatPercent(share)}`;
}
