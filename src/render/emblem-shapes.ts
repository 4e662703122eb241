/**
 * The badges' emblems, as SVG path data in a 24 × 24 box: one shape per badge,
 * and the tier shown twice over, by the material's colour and by the number
 * of rings around the shape (bronze one, silver two, gold three, platinum
 * four), so colour is never the only cue. Plain data: the card's template and
 * the static SVG draw the same emblems from it. No logo or mascot is drawn:
 * the shapes are generic symbols (a compass star, a flag, a ladder, a merge,
 * bars, a check, an hourglass, a sprout).
 */
import type { BadgeId } from '../model/badges.js';
import type { BadgeTier } from '../model/model.js';

/** The shape of each badge, drawn with a 1.6-unit stroke inside the rings (centre 12,12, radius ≤ 6). */
export const EMBLEM_SHAPES: Readonly<Record<BadgeId, string>> = {
  // Steering: a four-point compass star — the direction a committee sets.
  steering: 'M12 6l1.6 4.4L18 12l-4.4 1.6L12 18l-1.6-4.4L6 12l4.4-1.6z',
  // Leader: a flag on its pole.
  leadership: 'M8.5 18V6M8.5 6.5h7l-1.8 2.7 1.8 2.8h-7',
  // Ladder: two rails and three rungs.
  ladder: 'M9 6v12M15 6v12M9 9h6M9 12h6M9 15h6',
  // Merger: two branches joined.
  'merged-prs': 'M9 7v10M9 11c0 3 6 1 6 5M9 7h0M15 17h0',
  // Contributor: bars of work, rising.
  contributions: 'M8 17v-3M12 17V9M16 17V7',
  // Reviewer: a check.
  reviews: 'M7.5 12.5l3 3 6-7',
  // Veteran: an hourglass.
  veteran: 'M8.5 6h7M8.5 18h7M9 6c0 4 6 4 6 6s-6 2-6 6M15 6c0 4-6 4-6 6s6 2 6 6',
  // First PR: a sprout.
  'first-pr': 'M12 18v-6M12 12c0-3-2.5-4.5-4.5-4.5 0 2.5 1.5 4.5 4.5 4.5zM12 13c0-2.5 2-4 4-4 0 2-1.5 4-4 4z',
};

/** Rings per tier: the count, not the colour, is what tells tiers apart without colour vision. */
export const TIER_RINGS: Readonly<Record<BadgeTier, number>> = { bronze: 1, silver: 2, gold: 3, platinum: 4 };

/** Radii of the rings, outermost first (the emblem is 24 × 24; the shape sits inside 7). */
export const RING_RADII = [11, 9.6, 8.2, 6.8] as const;

/** A number for path data: two decimals at most (12 - 9.6 is 2.4000000000000004 in floating point). */
const n = (x: number) => +x.toFixed(2);

/**
 * The rings of a tier as the data of one path, a circle (two arcs) per ring,
 * outermost first: one element per emblem rather than one per ring, which a
 * page of many cards creates hundreds fewer of.
 */
export function ringsPath(tier: BadgeTier): string {
  return RING_RADII.slice(0, TIER_RINGS[tier])
    .map((r) => `M${n(12 - r)} 12a${r} ${r} 0 1 0 ${n(2 * r)} 0a${r} ${r} 0 1 0 ${n(-2 * r)} 0`)
    .join('');
}
