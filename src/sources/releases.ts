/**
 * Kubernetes releases as CNCF DevStats names them, and where each sits in time.
 *
 * DevStats has one precomputed range per release cycle (`v1.33.0 - v1.34.0`,
 * the work merged between those two tags) and one for the cycle under way
 * (`v1.37.0 - now`). When a release is tagged it deletes the `- now` range and
 * adds the closed one and a new `- now` (cncf/devstatscode `annotations.go`;
 * data-sources.md §2), so a list saved last week can name a range that no
 * longer exists. The card therefore predicts the list from this calendar (so
 * its release calls need not wait for `Ranges`), and heals from the server's
 * own list when a prediction turns out stale. Pure: no requests here.
 */

/** A per-release range and where it sits on the time axis. */
export interface ReleaseRange {
  /** DevStats' name, e.g. `v1.33.0 - v1.34.0` or `v1.37.0 - now`. */
  name: string;
  /**
   * The release the range's work went into: `v1.34` for `v1.33.0 - v1.34.0`,
   * `v1.38` for `v1.37.0 - now` (a cycle still under way).
   */
  label: string;
  /** ISO date the cycle began: the release date of its first tag. */
  start: string;
  /** True for the `- now` range. */
  ongoing: boolean;
  /** Minor version of the first tag, for ordering. */
  from: number;
}

/**
 * The day (UTC) each Kubernetes minor was tagged, `v1.0.0` … `v1.37.0`: DevStats
 * splits its ranges at these git tags (annotations.go keeps tags matching
 * `^v((0\.\d+)|(\d+\.\d+\.0))$`), which can precede the announcement by a day
 * (v1.17.0 was tagged 2019-12-07, announced 12-09; v1.26.0 tagged 2022-12-08).
 * Read from the tags' times in the Kubernetes staging repositories and checked
 * against kubernetes/sig-release `releases/release-1.N/README.md`; v1.37.0 from
 * its release schedule and announcement (2026-08-26). docs/ARCHITECTURE.md says
 * how to add the next one.
 */
export const KUBERNETES_RELEASES: readonly string[] = [
  '2015-07-10', '2015-09-25', '2016-03-16', '2016-07-01', '2016-09-26', '2016-12-12',
  '2017-03-28', '2017-06-30', '2017-09-28', '2017-12-15', '2018-03-26', '2018-06-27',
  '2018-09-27', '2018-12-03', '2019-03-25', '2019-06-19', '2019-09-18', '2019-12-07',
  '2020-03-25', '2020-08-26', '2020-12-08', '2021-04-08', '2021-08-04', '2021-12-07',
  '2022-05-03', '2022-08-23', '2022-12-08', '2023-04-11', '2023-08-15', '2023-12-13',
  '2024-04-17', '2024-08-13', '2024-12-11', '2025-04-23', '2025-08-27', '2025-12-17',
  '2026-04-22', '2026-08-26',
];

/** Kubernetes' cadence since 2021: three minors a year. Only used past the calendar's end. */
const CADENCE_MONTHS = 4;
/**
 * Days a release may slip past its expected date before the card predicts it
 * happened. A wrong prediction costs one `Ranges` refresh, never a wrong chart.
 */
const SLIP_DAYS = 14;

const DAY = 86_400_000;

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * ISO date of a release. Minors after the calendar are placed four months
 * apart: only their position on the axis is estimated, never a label or a
 * count. Undefined outside Kubernetes 1.x.
 */
export function releaseDate(project: string, major: number, minor: number): string | undefined {
  if (project !== 'kubernetes' || major !== 1 || minor < 0 || !Number.isInteger(minor)) return undefined;
  const known = KUBERNETES_RELEASES[minor];
  if (known) return known;
  const last = KUBERNETES_RELEASES.length - 1;
  return addMonths(KUBERNETES_RELEASES[last]!, CADENCE_MONTHS * (minor - last));
}

/** The newest minor released by `now`, going by the calendar and then by the cadence. */
export function latestMinor(now: number): number {
  let minor = KUBERNETES_RELEASES.length - 1;
  while (Date.parse(`${releaseDate('kubernetes', 1, minor + 1)!}T00:00:00Z`) + SLIP_DAYS * DAY <= now) minor++;
  while (minor > 0 && Date.parse(`${KUBERNETES_RELEASES[minor]!}T00:00:00Z`) > now) minor--;
  return minor;
}

/**
 * The per-release range names DevStats should list at `now` for Kubernetes:
 * every closed cycle and the one under way. A prediction, corrected by the
 * server's `Ranges` answer whenever one arrives.
 */
export function predictedRangeNames(now: number): string[] {
  const latest = latestMinor(now);
  const names: string[] = [];
  for (let m = 0; m < latest; m++) names.push(`v1.${m}.0 - v1.${m + 1}.0`);
  names.push(`v1.${latest}.0 - now`);
  return names;
}

const RELEASE_RANGE = /^v(\d+)\.(\d+)\.0 - (?:v(\d+)\.(\d+)\.0|now)$/;

/**
 * The per-release ranges among `names`, oldest first, dated. DevStats names
 * releases but does not date them, so dates come from {@link releaseDate}; a
 * project without known dates gets none (no chart rather than a chart on a
 * made-up axis). Time ranges and anything unexpected are ignored.
 */
export function releaseRanges(names: readonly string[], project: string): ReleaseRange[] {
  const out: ReleaseRange[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const m = RELEASE_RANGE.exec(name);
    if (!m) continue;
    const major = Number(m[1]);
    const from = Number(m[2]);
    const ongoing = m[3] === undefined;
    const start = releaseDate(project, major, from);
    // A closed range names its end tag; a cycle under way goes into the next minor.
    const label = ongoing ? `v${major}.${from + 1}` : `v${m[3]}.${m[4]}`;
    if (!start || seen.has(label)) continue;
    seen.add(label);
    out.push({ name, label, start, ongoing, from });
  }
  return out.sort((a, b) => a.from - b.from);
}
