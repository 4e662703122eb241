import { expect } from '@open-wc/testing';
import { summarizeActivity } from '../../src/model/activity.js';
import { nearestIndex, sparklineGeometry } from '../../src/chart/sparkline.js';

const pts = [
  { period: 'a', start: '2025-01', count: 0 },
  { period: 'b', start: '2025-02', count: 10 },
  { period: 'c', start: '2025-03', count: 5 },
];

describe('sparkline geometry', () => {
  it('lays points out evenly and scales counts to the height', () => {
    const g = sparklineGeometry(pts, 106, 56, 3);
    expect(g.points.map((p) => [p.x, p.y])).to.deep.equal([
      [3, 53],
      [53, 3],
      [103, 28],
    ]);
    expect(g.line).to.equal('M3,53L53,3L103,28');
    expect(g.area).to.equal('M3,53L53,3L103,28L103,53L3,53Z');
  });

  it('handles an empty series, one point and an all-zero series without NaN', () => {
    expect(sparklineGeometry([], 100, 50).line).to.equal('');
    const one = sparklineGeometry([pts[1]], 100, 50);
    expect(one.points[0].x).to.equal(50);
    const zeros = sparklineGeometry(pts.map((p) => ({ ...p, count: 0 })), 100, 50);
    expect(zeros.line).not.to.include('NaN');
    expect(new Set(zeros.points.map((p) => p.y)).size).to.equal(1);
  });

  it('draws a point with a gap on each side, and a series of one, as a short level cap, not a bare move', () => {
    // cycles.json: its peak, v1.35 = 12, has a gap after it.
    const cycles = [
      { period: 'v1.35', start: '2025-08-27', count: 12 },
      { period: 'v1.36', start: '2025-12-17' },
      { period: 'v1.37', start: '2026-04-22', count: 0, below: 2 },
      { period: 'v1.38', start: '2026-08-26', count: 7, ongoing: true },
    ];
    const g = sparklineGeometry(cycles, 300, 56, 3);
    expect(g.line).to.equal('M0,3L6,3M199,53L297,23.8');
    expect(g.area).to.equal('M0,3L6,3L6,53L0,53ZM199,53L297,23.8L297,53L199,53Z');
    // Every piece of the line has a length: none is a move alone, which draws nothing.
    const gapped = [{ ...pts[0], count: undefined }, pts[1], { ...pts[2], count: undefined }];
    for (const geo of [g, sparklineGeometry(gapped, 106, 56, 3), sparklineGeometry([pts[1]], 100, 50)]) {
      for (const piece of geo.line.split('M').slice(1)) expect(piece, geo.line).to.include('L');
    }
    expect(sparklineGeometry([pts[1]], 100, 50).line).to.equal('M47,3L53,3');
    // And a dot on each such point (the card draws them; joined points get none).
    expect(g.dots).to.deep.equal([{ x: 3, y: 3 }]);
    expect(sparklineGeometry([pts[1]], 100, 50).dots).to.deep.equal([{ x: 50, y: 3 }]);
    expect(sparklineGeometry(pts, 106, 56, 3).dots).to.deep.equal([]);
  });

  it('keeps huge counts bounded and proportional', () => {
    const g = sparklineGeometry([{ period: 'a', start: '2025-01', count: 1e9 }, { period: 'b', start: '2025-02', count: 5e8 }], 106, 56, 3);
    expect(g.points.map((p) => p.y)).to.deep.equal([3, 28]);
  });

  it('finds the nearest point to a pixel', () => {
    const g = sparklineGeometry(pts, 106, 56, 3);
    expect(nearestIndex(g, 0)).to.equal(0);
    expect(nearestIndex(g, 60)).to.equal(1);
    expect(nearestIndex(g, 500)).to.equal(2);
  });
});

describe('activity summary', () => {
  it('totals the series and finds the earliest peak', () => {
    const s = summarizeActivity({ unit: 'month', points: [...pts, { period: 'd', start: '2025-04', count: 10 }] })!;
    expect(s.total).to.equal(25);
    expect(s.peak.period).to.equal('b');
    expect(s.first.period).to.equal('a');
    expect(s.last.period).to.equal('d');
    expect(s.count).to.equal(4);
    expect(summarizeActivity({ unit: 'month', points: [] })).to.equal(undefined);
  });
});
