/**
 * The figures of `npm run bench`, the statistics behind them, the description of the machine
 * they were measured on, and the printed table and JSON copy. No measuring here.
 * @module scripts/bench/report
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { BUNDLES, TARGETS, describeTarget, meets, type BundleKey, type TargetKey } from './budgets';

export const SECTIONS = ['extraction', 'popup', 'library', 'export', 'bundle'] as const;
export type Section = (typeof SECTIONS)[number];

export type Unit = 'ms' | 's' | '/s' | '×' | 'MB' | 'KiB';

export interface Measure {
  median: number;
  /** Nearest-rank 95th percentile, where a figure has enough samples for one to mean something. */
  p95?: number;
  unit: Unit;
}

export interface Figure extends Measure {
  section: Section;
  name: string;
  /** How many samples the median is over (runs, pages, batches). */
  samples?: number;
  /** What the figure is compared with, measured in the same run. */
  baseline?: Measure & { name: string };
  /** The target or budget it is held against, and whether it meets it. */
  target?: { text: string; met: boolean };
  /** More about the figure, printed under the table. */
  detail?: string;
}

/** Median and nearest-rank p95 of samples (samples that are not numbers, e.g. a paint never reported, left out). */
export function stats(samples: readonly number[]): { median: number; p95: number } {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, p95: Number.NaN };
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, p95: sorted[Math.ceil(0.95 * sorted.length) - 1]! };
}

/** A figure's target from budgets.json, judged by `value` (in the target's unit). */
export function against(key: TargetKey, value: number): { text: string; met: boolean } {
  const target = TARGETS[key];
  return { text: describeTarget(target), met: meets(target, value) };
}

/** A bundle's budget from budgets.json, judged by its gzip size in bytes. */
export function againstBundle(key: BundleKey, gzipBytes: number): { text: string; met: boolean } {
  const budget = BUNDLES[key].maxGzipKiB;
  return { text: `≤ ${budget} KiB`, met: gzipBytes / 1024 <= budget };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  commit: string;
  loadBefore: number[];
  loadAfter?: number[];
}

export function describeMachine(chromiumPath: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: command(chromiumPath, ['--version']).replace(/\s+built on.*$/, ''),
    commit: `${command('git', ['rev-parse', '--short', 'HEAD'])}${command('git', ['status', '--porcelain']) ? ' (with changes)' : ''}`,
    loadBefore: loadavg(),
  };
}

function command(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const load = (l: readonly number[]) => l.map((n) => n.toFixed(2)).join(' ');

/** A number in its unit, rounded for reading: "12.3 ms", "316 ms", "2.41 s", "2,521/s", "1.14×". */
export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
    case 's':
      return `${value.toFixed(2)} s`;
    case '/s':
      return `${Math.round(value).toLocaleString('en')}/s`;
    case '×':
      return `${value.toFixed(2)}×`;
    case 'MB':
      return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} MB`;
    case 'KiB':
      return `${value.toFixed(1)} KiB`;
  }
}

/** The printed report: machine, the table, the details. */
export function printReport(machine: Machine, figures: readonly Figure[], notes: readonly string[], title: string): string {
  const lines: string[] = [];
  lines.push(title);
  lines.push(`Machine: ${machine.cpu} × ${machine.cores} cores, ${machine.memoryGB} GB RAM, ${machine.os}; Node ${machine.node}; ${machine.chromium}; commit ${machine.commit}`);
  lines.push(`Load average (1/5/15 min): before ${load(machine.loadBefore)}, after ${machine.loadAfter ? load(machine.loadAfter) : '—'} — on a shared machine every timing moves with it`);
  lines.push('');
  const header = ['section', 'figure', 'median', 'p95', 'n', 'baseline (same run)', 'target', ''];
  const rows = figures.map((f) => [
    f.section,
    f.name,
    format(f.median, f.unit),
    f.p95 === undefined ? '' : format(f.p95, f.unit),
    f.samples === undefined ? '' : String(f.samples),
    f.baseline ? `${f.baseline.name}: ${format(f.baseline.median, f.baseline.unit)}${f.baseline.p95 === undefined ? '' : ` (p95 ${format(f.baseline.p95, f.baseline.unit)})`}` : '',
    f.target?.text ?? '',
    f.target ? (f.target.met ? 'ok' : 'MISSED') : '',
  ]);
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  lines.push(line(header));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  let section: Section | undefined;
  for (const [i, row] of rows.entries()) {
    if (section !== undefined && figures[i]!.section !== section) lines.push('');
    section = figures[i]!.section;
    lines.push(line(row));
  }
  const missed = figures.filter((f) => f.target && !f.target.met);
  lines.push('');
  lines.push(
    `${figures.filter((f) => f.target).length} figures with a target: ${missed.length === 0 ? 'all met' : `${missed.length} missed (${missed.map((f) => `${f.section}: ${f.name}`).join('; ')})`}.`,
  );
  const details = [...figures.filter((f) => f.detail).map((f) => `${f.section}, ${f.name}: ${f.detail}`), ...notes];
  if (details.length) {
    lines.push('');
    lines.push('Notes:');
    for (const detail of details) lines.push(`  - ${detail}`);
  }
  return lines.join('\n');
}
