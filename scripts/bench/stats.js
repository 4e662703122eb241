// Summaries of repeated measurements. Nearest-rank percentiles: with ten runs
// an interpolated p90 would be a value no run produced.

export function summarize(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const rank = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { n: v.length, median, min: v[0], max: v[v.length - 1], p90: rank(90) };
}

export const ms = (x) => (x === undefined ? '—' : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
export const mb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
