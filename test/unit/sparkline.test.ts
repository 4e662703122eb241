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
