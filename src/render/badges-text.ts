/**
 * What the badges region says, as plain strings: each badge's name, tier and
 * explanation. Shared by the card's template (`badges.ts`) and the static SVG.
 */
import type { Badge } from '../model/model.js';
import type { RenderContext } from './context.js';


/** One badge in words. */
export interface BadgeText {
  badge: Badge;
  /** "Steering". */
  name: string;
  /** "Platinum". */
  tier: string;
  /** Why it was earned: "Serves or served on the Kubernetes Steering Committee". */
  explain: string;
}

/** The badges in words, in order; a badge the language has no words for is left out. */
export function badgeTexts(badges: readonly Badge[], ctx: RenderContext): BadgeText[] {
  return badges.flatMap((badge) => {
    const m = Object.hasOwn(ctx.msg.badges, badge.id) ? ctx.msg.badges[badge.id] : undefined;
    return m ? [{ badge, name: m.name, tier: ctx.msg.tiers[badge.tier], explain: m.explain(badge.value, badge.threshold) }] : [];
  });
}
