// Numbers and Markdown for the benchmark report.

export const bytes = (n) => (n == null ? 'n/a' : `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(2)} KiB)`);
export const ms = (n) => (n == null ? 'n/a' : `${n.toFixed(1)} ms`);
export const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
export const ratio = (n) => `${n.toFixed(2)}×`;

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

export const spread = (values) =>
  values.length
    ? `p25 ${ms(quantile(values, 0.25))}, p75 ${ms(quantile(values, 0.75))}, min ${ms(Math.min(...values))}, max ${ms(
        Math.max(...values),
      )}`
    : 'n/a';

export function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
