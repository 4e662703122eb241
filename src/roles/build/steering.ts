/**
 * `kubernetes/steering`: `OWNERS_ALIASES` (`aliases.steering-committee`, who
 * sits on Steering today) and `README.md`, the only file that records when each
 * member's term ends, and the Steering emeriti.
 */
import { isObj } from '../../model/untrusted.js';
import { asArray, type RolesBuilder } from './builder.js';
import { makeRole } from '../roles-index.js';
import { STEERING_GROUP } from '../names.js';

/** Same, inside a Markdown link text such as `[@BenTheElder](...)`. */
const README_LOGIN = /\[\s*@([A-Za-z0-9-]{1,39})\s*\]/g;

/** Where Steering emeriti are recorded (the README's "### Emeritus" heading). */
const STEERING_EMERITUS_URL = 'https://github.com/kubernetes/steering#emeritus';


const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/**
 * Turns a README heading tail such as "October 2027" into the machine form the index
 * stores: `YYYY-MM`, or `YYYY` when only a year is given; `undefined` if unreadable.
 */
function termEnd(s: string): string | undefined {
  const t = s.trim().replace(/[.:]+$/, '');
  let m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const word = m[1].toLowerCase();
    // Full names, and abbreviations of at least three letters ("Oct").
    const month = MONTHS.findIndex((name) => word.length >= 3 && name.startsWith(word));
    return month < 0 ? m[2] : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(t);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1];
  return undefined;
}

/** What the Steering README says about membership. */
export interface SteeringReadme {
  /** Current members (lower-case) → end of term, `YYYY-MM`/`YYYY`, or `undefined` if unreadable. */
  members: Map<string, string | undefined>;
  /** Former members, lower-case. */
  emeritus: Set<string>;
}

/**
 * Reads the member tables of the Steering README. Only tables under `## Members`
 * count, below a `### Term ends in <Month YYYY>` or `### Emeritus` heading; the
 * next `## ` heading ends the section, because later sections (the CNCF Governing
 * Board representative, the CNCF representative) hold tables of people who are not
 * Steering members. Markdown, not YAML: a small line scanner is enough and tolerant
 * of column changes, since only `[@login]` link texts in table rows are read.
 */
export function readSteeringReadme(md: string): SteeringReadme {
  const result: SteeringReadme = { members: new Map(), emeritus: new Set() };
  let inMembers = false;
  let inFence = false;
  let table: { kind: 'member'; term: string | undefined } | { kind: 'emeritus' } | undefined;
  for (const raw of md.split(/\r\n?|\n/)) {
    const line = raw.trim();
    // A heading inside a code block is not a heading.
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const title = heading[2].trim();
      if (level <= 2) {
        inMembers = level === 2 && /^members$/i.test(title);
        table = undefined;
      } else if (inMembers && level === 3) {
        const term = /^term ends in\s+(.+)$/i.exec(title);
        if (term) table = { kind: 'member', term: termEnd(term[1]) };
        else table = /^emeritus$/i.test(title) ? { kind: 'emeritus' } : undefined;
      }
      continue;
    }
    if (!table || !line.includes('|')) continue;
    for (const m of line.matchAll(README_LOGIN)) {
      const login = m[1].toLowerCase();
      if (table.kind === 'member') result.members.set(login, table.term);
      else result.emeritus.add(login);
    }
  }
  return result;
}

/** The members `OWNERS_ALIASES` lists under `aliases.steering-committee`. */
export function steeringAliasMembers(aliases: unknown): unknown[] {
  return isObj(aliases) && isObj(aliases.aliases) ? asArray(aliases.aliases['steering-committee']) : [];
}

/** Adds the README's Steering emeriti. */
export function addSteeringEmeriti(b: RolesBuilder, readme: SteeringReadme): void {
  for (const login of readme.emeritus) b.add(login, makeRole('emeritus', STEERING_GROUP, { url: STEERING_EMERITUS_URL }));
}
