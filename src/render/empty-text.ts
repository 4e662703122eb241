/**
 * The sentence of a loaded card with nothing to count, shared by the card's
 * view (`view.ts`) and the static SVG.
 */
import type { CardData } from '../model/model.js';
import type { RenderContext } from './context.js';

/**
 * A card with nothing to count. Below DevStats' listing thresholds is not
 * "nothing": the card says how far under, never that the person is unknown.
 */
export function emptyText(data: CardData, ctx: RenderContext): string {
  const below = data.totalsBelow?.contributions;
  return below !== undefined ? ctx.msg.belowListing(data.identity.login, below) : ctx.msg.noContributions(data.identity.login);
}
