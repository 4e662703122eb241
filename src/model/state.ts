/**
 * Which state a loaded card is in. Pure, so the rule for "no contributions
 * yet" is written once and tested on its own.
 */
import type { CardData } from './model.js';

/** True when the data shows any contribution at all (a zero everywhere is a newcomer-to-be). */
export function hasContributions(data: CardData): boolean {
  return (
    Object.values(data.totals).some((n) => (n ?? 0) > 0) ||
    (data.activity?.points.some((p) => (p.count ?? 0) > 0) ?? false) ||
    data.firstContribution !== undefined ||
    (data.yearsActive?.length ?? 0) > 0
  );
}

/** True when some sources failed while others answered. */
export function isPartial(data: CardData): boolean {
  return (data.notices?.length ?? 0) > 0;
}
