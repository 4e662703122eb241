// Summaries of repeated measurements: the median, and the extremes so a
// reader sees how noisy the machine was.

export function summarize(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { n: v.length, median, min: v[0], max: v[v.length - 1] };
}

export const ms = (x) => (x === undefined ? '—' : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
export const mb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
