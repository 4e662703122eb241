/**
 * A card file's model. A team page shows many cards of a few files (100
 * cards of 10 in the benchmark): each file is fetched once
 * (`sources/card-file.ts`), and validated once, by the first card that reads
 * it; the outcome stays with the file. Every card gets its own copy of the
 * model: a page may change one card's model without touching another's.
 */
import { LoadError } from './load-error.js';
import type { CardData } from './model.js';
import { parseJson } from './untrusted.js';
import { parseCardData, type ParseResult } from './validate.js';

/** A card file as the page has read it, with its validation's outcome once a card has asked for the model (`sources/card-file.ts` keeps one per URL). */
export interface CardFileText {
  text: string;
  parsed?: ParseResult;
}

/**
 * The model of a file the page has read: parsed and validated on first use,
 * copied for each caller. Throws a `LoadError` (`bad-data`, source `file`)
 * when the text is not JSON or not a valid card.
 */
export function cardOfFile(file: CardFileText): CardData {
  const parsed = (file.parsed ??= parseCardData(parseJson(file.text, 'file')));
  if (!parsed.ok) throw new LoadError('bad-data', 'file', parsed.error.message);
  // The model is plain data (JSON's own types), which a structured clone copies whole.
  return structuredClone(parsed.data);
}
