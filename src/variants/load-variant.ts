/**
 * Loads a card variant's templates, once per page, only when a card asks for
 * that variant: a page of full cards downloads neither the compact nor the
 * inline one.
 */
export type CompactModule = typeof import('./compact.js');
export type InlineModule = typeof import('./inline.js');

let compact: Promise<CompactModule> | undefined;
let inline: Promise<InlineModule> | undefined;

export function loadCompact(): Promise<CompactModule> {
  compact ??= import('./compact.js');
  return compact;
}

export function loadInline(): Promise<InlineModule> {
  inline ??= import('./inline.js');
  return inline;
}
