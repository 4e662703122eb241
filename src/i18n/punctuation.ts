/**
 * The punctuation a card puts between phrases it joins, which differs by
 * script: Chinese and Japanese write full-width brackets and commas and no
 * space between sentences ("…上限）。将于 30 分钟后恢复。"), the other
 * languages ASCII ones and a space. Kept apart from the catalogues so that a
 * language's sentences stay whole and this rule is written once.
 */
export interface Punctuation {
  /** Between two sentences. */
  gap: string;
  /** Before an aside that follows a value: "1, only kubernetes…". */
  comma: string;
  /** An aside in brackets, with the space (or none) that goes before it. */
  aside: (text: string) => string;
}

const LATIN: Punctuation = { gap: ' ', comma: ', ', aside: (t) => ` (${t})` };
const ARABIC: Punctuation = { ...LATIN, comma: '، ' };
const CHINESE: Punctuation = { gap: '', comma: '，', aside: (t) => `（${t}）` };
const JAPANESE: Punctuation = { gap: '', comma: '、', aside: (t) => `（${t}）` };

/** The punctuation of `locale` (a supported locale tag). */
export function punctuationOf(locale: string): Punctuation {
  return locale.startsWith('zh') ? CHINESE : locale.startsWith('ja') ? JAPANESE : locale.startsWith('ar') ? ARABIC : LATIN;
}
