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
  if (below !== undefined) return ctx.msg.belowListing(data.identity.login, below);
  // The figures of another CNCF project (`project`): not "no Kubernetes contributions".
  const project = data.scope?.source === 'devstats' && data.scope.project !== 'kubernetes' ? data.scope.project : undefined;
  return ctx.msg.noContributions(data.identity.login, project);
}
