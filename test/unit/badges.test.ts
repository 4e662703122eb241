import { expect } from '@open-wc/testing';
import { BADGE_RULES, applyRule, computeBadges, yearsContributing } from '../../src/model/badges.js';
import type { CardData } from '../../src/model/model.js';

const base = (over: Partial<CardData> = {}): CardData => ({
  schemaVersion: 1,
  identity: { login: 'someone' },
  totals: {},
  roles: [],
  sources: [],
  asOf: '2026-11-01T00:00:00Z',
  ...over,
});
const rule = (id: string) => BADGE_RULES.find((r) => r.id === id)!;
const now = new Date('2026-11-25T00:00:00Z');

describe('badges', () => {
  it('awards no badge to empty data', () => {
    expect(computeBadges(base(), now)).to.deep.equal([]);
  });

  it('picks the highest tier whose threshold is reached, exactly at the boundaries', () => {
    const tier = (n: number) => applyRule(rule('merged-prs'), base({ totals: { prsMerged: n } }), now)?.tier;
    expect(tier(9)).to.equal(undefined);
    expect(tier(10)).to.equal('bronze');
    expect(tier(99)).to.equal('bronze');
    expect(tier(100)).to.equal('silver');
    expect(tier(500)).to.equal('gold');
    expect(tier(999)).to.equal('gold');
    expect(tier(1000)).to.equal('platinum');
  });

  it('reports the value and the threshold it passed', () => {
    expect(applyRule(rule('contributions'), base({ totals: { contributions: 1234 } }), now)).to.deep.equal({
      id: 'contributions',
      tier: 'silver',
      value: 1234,
      threshold: 1000,
    });
  });

  it('gives current Steering members platinum and Steering emeriti gold', () => {
    const member = base({ roles: [{ kind: 'steering-member', group: 'Steering Committee' }] });
    const emeritus = base({ roles: [{ kind: 'emeritus', group: 'Steering Committee' }] });
    const sigEmeritus = base({ roles: [{ kind: 'emeritus', group: 'SIG Node' }] });
    expect(applyRule(rule('steering'), member, now)?.tier).to.equal('platinum');
    expect(applyRule(rule('steering'), emeritus, now)?.tier).to.equal('gold');
    expect(applyRule(rule('steering'), sigEmeritus, now)).to.equal(undefined);
  });

  it('puts the highest rung of the contributor ladder in tiers: member, reviewer, approver, maintainer and up', () => {
    const tier = (...kinds: CardData['roles'][number]['kind'][]) =>
      applyRule(rule('ladder'), base({ roles: kinds.map((kind) => ({ kind, group: 'G' })) }), now)?.tier;
    expect(tier()).to.equal(undefined);
    expect(tier('emeritus', 'governing-board', 'steering-liaison')).to.equal(undefined);
    expect(tier('member')).to.equal('bronze');
    expect(tier('member', 'reviewer')).to.equal('silver');
    expect(tier('reviewer', 'approver')).to.equal('gold');
    expect(tier('approver', 'maintainer')).to.equal('platinum');
    expect(tier('lead')).to.equal('platinum');
    expect(tier('subproject-lead')).to.equal('platinum');
    expect(tier('chair')).to.equal('platinum');
    expect(tier('steering-member')).to.equal('platinum');
  });

  it('counts leadership roles only', () => {
    const d = base({
      roles: [
        { kind: 'chair', group: 'SIG Node' },
        { kind: 'tech-lead', group: 'SIG Node' },
        { kind: 'reviewer', group: 'kubeadm' },
        { kind: 'steering-liaison', group: 'SIG CLI' },
      ],
    });
    expect(applyRule(rule('leadership'), d, now)).to.include({ tier: 'gold', value: 3 });
  });

  it('shows the first-PR badge only below the merged-PR badge', () => {
    expect(computeBadges(base({ totals: { prsMerged: 1 } }), now).map((b) => b.id)).to.deep.equal(['first-pr']);
    expect(computeBadges(base({ totals: { prsMerged: 0 } }), now).map((b) => b.id)).to.deep.equal([]);
    expect(computeBadges(base({ totals: { prsMerged: 10 } }), now).map((b) => b.id)).to.deep.equal(['merged-prs']);
  });

  it('measures whole years contributing, from the first contribution to the data date', () => {
    // asOf 2026-11-01.
    expect(yearsContributing(base({ firstContribution: { date: '2019-06-01' } }), now)).to.equal(7);
    expect(yearsContributing(base({ firstContribution: { date: '2024-11-01' } }), now), 'on the anniversary').to.equal(2);
    expect(yearsContributing(base({ firstContribution: { date: '2024-11-02T10:00:00Z' } }), now), 'the day before it').to.equal(1);
    // A newcomer whose first PR was opened 11 months ago read "Contributing for 2 years" (Veteran, bronze).
    expect(yearsContributing(base({ firstContribution: { date: '2025-12-20' } }), now)).to.equal(undefined);
    expect(computeBadges(base({ firstContribution: { date: '2025-12-20' } }), now).map((b) => b.id)).to.deep.equal([]);
    // Known by its year only: from that year's end, never more than is sure.
    expect(yearsContributing(base({ yearsActive: [2024, 2025] }), now)).to.equal(1);
    expect(yearsContributing(base({ yearsActive: [2023], firstContribution: { date: '2024-12-15' } }), now), 'the earlier of the two').to.equal(2);
    expect(yearsContributing(base({ asOf: undefined, yearsActive: [2026] }), now)).to.equal(undefined);
    expect(yearsContributing(base(), now)).to.equal(undefined);
    // Known by its month only: from that month's end. November 2024 may be 2 November.
    expect(yearsContributing(base({ firstContribution: { date: '2024-11' } }), now), 'within the month of the anniversary').to.equal(1);
    expect(yearsContributing(base({ firstContribution: { date: '2024-10' } }), now), '31 October 2024 at the latest').to.equal(2);
    expect(yearsContributing(base({ asOf: '2026-02-28T12:00:00Z', firstContribution: { date: '2024-02' } }), now), 'February 2024 ended on the 29th').to.equal(1);
    // Its last day counts whole: 31 October 2024 at 20:00 is not two years old on the morning of 31 October 2026.
    expect(yearsContributing(base({ asOf: '2026-10-31T09:00:00Z', firstContribution: { date: '2024-10' } }), now), 'the last day of the month, in the morning').to.equal(1);
    expect(yearsContributing(base({ asOf: '2026-12-31T09:00:00Z', yearsActive: [2024] }), now), 'the last day of the year, in the morning').to.equal(1);
  });

  it('keeps the rule table well-formed: ascending thresholds, unique ids', () => {
    expect(new Set(BADGE_RULES.map((r) => r.id)).size).to.equal(BADGE_RULES.length);
    for (const r of BADGE_RULES) {
      const t = r.thresholds.filter((n): n is number => n !== null);
      expect(t.length, r.id).to.be.greaterThan(0);
      expect([...t].sort((a, b) => a - b), r.id).to.deep.equal(t);
      expect(new Set(t).size, r.id).to.equal(t.length);
    }
  });
});
