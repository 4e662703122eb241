/**
 * Which state a loaded card is in. Pure, so the rule for "no contributions
 * yet" is written once and tested on its own.
 */
import type { CardData } from './model.js';

/**
 * True when the data shows any contribution at all (a zero everywhere is a newcomer-to-be).
 * Active repositories do not count: DevStats counts a repository the person only starred or
 * forked (cncf/devstats metrics/kubernetes/project_developer_stats.sql:744-755, `active_repos`
 * over every event of hdev_events_base, :177-196).
 */
export function hasContributions(data: CardData): boolean {
  return (
    Object.entries(data.totals).some(([key, n]) => key != 'repositories' && n! > 0) ||
    !!data.activity?.points.some((p) => p.count! > 0) ||
    data.firstContribution !== undefined ||
    !!data.yearsActive?.length
  );
}

/**
 * True when the card may say its person has nothing to count ("no contributions
 * yet", or how far under DevStats' listing thresholds): nothing counted, and no
 * source that counts failed. A card whose DevStats or GitHub failed does not know
 * (its notices say which failed); a saved copy shown in a failed source's place
 * is that source's last answer, and counts.
 */
export function hasNothingToCount(data: CardData): boolean {
  return !hasContributions(data) && !data.notices?.some((n) => (n.source === 'devstats' || n.source === 'github') && !n.staleSince);
}

/** True when some sources failed while others answered. */
export function isPartial(data: CardData): boolean {
  return (data.notices?.length ?? 0) > 0;
}
