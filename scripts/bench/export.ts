/**
 * `npm run bench:export` — export and import of a large library, timed.
 *
 * 1. In real Chromium with the built extension (what a user waits for): a fresh profile imports
 *    a generated backup of N clippings through the options page (check, preview, write), then
 *    exports all of them as a Markdown ZIP, as CSV and as a JSON backup. Each step is timed from
 *    the click to the download (or the completion message), and the longest main-thread task
 *    during the step is recorded (how long the page could not answer a click).
 * 2. The pure exporters alone in Node, for reference (Node's DOM for turndown is not the
 *    browser's, so these are indicative only).
 *
 * Options: --count N (default 10000), --runs R (default 3), --skip-node, --skip-browser.
 * Targets (issue 8, 10,000 clippings): ZIP ≤ 15 s, JSON export ≤ 5 s, import ≤ 15 s.
 * The library is made by tests/support/generated-library.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { backupToJson, buildBackup } from '@/utils/export/backup';
import { toCsv } from '@/utils/export/csv';
import { buildMarkdownZip } from '@/utils/export/markdown-zip';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { readBackup } from '@/utils/import/read';
import { generateLibrary } from '@/tests/support/generated-library';
import { labelsFor } from '@/tests/support/export-fixtures';
import { findChromium, launchWithExtension } from '../lib/browser';
import { OptionsPage } from '../lib/pages';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'skip-node': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
  },
});
const COUNT = Number(args.count);
const RUNS = Number(args.runs);
const OUT = resolve('bench-output');

interface Row {
  step: string;
  ms: number[];
  longestTaskMs?: number[];
  target?: string;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(`Export/import benchmark: ${COUNT.toLocaleString('en')} clippings, ${RUNS} run(s)`);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${gb(totalmem())} GB RAM (${gb(freemem())} GB free), ${platform()} ${release()}, Node ${process.version}`);
  // Other work on the machine slows every figure down: say how busy it was.
  console.log(`Load average before: ${loadavg().map((n) => n.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`);

  let started = performance.now();
  const library = generateLibrary(COUNT);
  // Everything in one collection, so one export covers the whole library.
  const clippings = library.clippings.map((c) => ({ ...c, collectionId: 'inbox' }));
  const backupText = backupToJson({ exportedAt: new Date(0).toISOString(), generator: 'Pressclip benchmark', settings: {}, collections: library.collections, clippings });
  const backupPath = join(OUT, `library-${COUNT}.json`);
  writeFileSync(backupPath, backupText);
  console.log(`Generated the library in ${seconds(performance.now() - started)} s; backup file ${mb(Buffer.byteLength(backupText))} MB at ${backupPath}\n`);

  if (!args['skip-browser']) {
    console.log(`Chromium: ${findChromium()}`);
    printTable(`In Chromium, options page (${COUNT.toLocaleString('en')} clippings)`, await benchBrowser(backupPath));
  }
  if (!args['skip-node']) {
    printTable(`Pure exporters in Node, for reference (${COUNT.toLocaleString('en')} clippings)`, await benchNode(clippings, library.collections, backupText));
  }
  console.log(`\nLoad average after: ${loadavg().map((n) => n.toFixed(2)).join(' / ')}`);
}

async function benchBrowser(backupPath: string): Promise<Row[]> {
  const rows: Record<string, Row> = {
    check: { step: 'Import: check file + preview', ms: [], longestTaskMs: [] },
    write: { step: 'Import: write (one transaction)', ms: [], longestTaskMs: [] },
    import: { step: 'Import total', ms: [], target: '≤ 15 s' },
    zip: { step: 'Export Markdown ZIP', ms: [], longestTaskMs: [], target: '≤ 15 s' },
    csv: { step: 'Export CSV', ms: [], longestTaskMs: [] },
    json: { step: 'Export JSON backup', ms: [], longestTaskMs: [], target: '≤ 5 s' },
  };
  for (let run = 1; run <= RUNS; run++) {
    const browser = await launchWithExtension();
    try {
      const options = await OptionsPage.open(browser);
      await options.goToExport();
      const page = options.page;
      await watchLongTasks(page);

      let t0 = performance.now();
      const preview = await options.chooseBackupFile(backupPath);
      if (!('preview' in preview)) throw new Error(`Import refused: ${preview.refused}`);
      rows.check!.ms.push(performance.now() - t0);
      rows.check!.longestTaskMs!.push(await longestTask(page));
      const t1 = performance.now();
      await options.confirmImport();
      rows.write!.ms.push(performance.now() - t1);
      rows.write!.longestTaskMs!.push(await longestTask(page));
      rows.import!.ms.push(performance.now() - t0);
      await page.getByRole('heading', { name: new RegExp(`${COUNT.toLocaleString('en')} clippings`) }).waitFor({ timeout: 120_000 });

      for (const [key, choices] of [
        ['zip', [/^Markdown notes/, 'Full text', /^Link to the images/]],
        ['csv', [/^Coverage report/]],
      ] as const) {
        await longestTask(page);
        t0 = performance.now();
        await options.exportFile(choices);
        rows[key]!.ms.push(performance.now() - t0);
        rows[key]!.longestTaskMs!.push(await longestTask(page));
      }
      t0 = performance.now();
      await options.downloadBackup();
      rows.json!.ms.push(performance.now() - t0);
      rows.json!.longestTaskMs!.push(await longestTask(page));
      console.log(`  run ${run}: ${Object.values(rows).map((r) => `${r.step.replace(/^Export |^Import: /, '')} ${seconds(r.ms[r.ms.length - 1]!)} s`).join(', ')}`);
    } finally {
      await browser.close();
    }
  }
  return Object.values(rows);
}

/** Records the longest task on the page's main thread (Long Tasks API), reset on every read. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const longest = w.__longest;
    w.__longest = 0;
    return longest;
  });
}

async function benchNode(clippings: ReturnType<typeof generateLibrary>['clippings'], collections: ReturnType<typeof generateLibrary>['collections'], backupText: string): Promise<Row[]> {
  const labels = labelsFor('en');
  const collectionNames = new Map(collections.map((c) => [c.id, c.name]));
  const page = new JSDOM('').window as unknown as Window & typeof globalThis;
  const rows: Row[] = [
    { step: 'Markdown ZIP (turndown on domino)', ms: [] },
    { step: 'CSV', ms: [] },
    { step: 'JSON backup', ms: [] },
    { step: 'Read backup (parse, validate, DOMPurify on jsdom)', ms: [] },
  ];
  for (let run = 1; run <= RUNS; run++) {
    let t0 = performance.now();
    await buildMarkdownZip({ clippings, collectionNames }, { content: 'full', labels, timeZone: 'Europe/Berlin' });
    rows[0]!.ms.push(performance.now() - t0);
    t0 = performance.now();
    toCsv(clippings, { separator: ';', labels, collectionNames, timeZone: 'Europe/Berlin' });
    rows[1]!.ms.push(performance.now() - t0);
    t0 = performance.now();
    await buildBackup({ header: { exportedAt: '', generator: '', settings: {} }, collections, clippingPages: pages(clippings, 500), clippingCount: clippings.length });
    rows[2]!.ms.push(performance.now() - t0);
    t0 = performance.now();
    const read = await readBackup(new Blob([backupText]), { sanitizeHtml: (html) => sanitizeClipHtml(html, page) });
    if (!read.ok) throw new Error(`generated backup refused: ${JSON.stringify(read.problem)}`);
    rows[3]!.ms.push(performance.now() - t0);
  }
  return rows;
}

async function* pages<T>(items: readonly T[], size: number) {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const header = ['step', 'median s', 'min s', 'max s', 'longest task ms (median)', 'target'];
  const lines = rows.map((r) => [
    r.step,
    seconds(median(r.ms)),
    seconds(Math.min(...r.ms)),
    seconds(Math.max(...r.ms)),
    r.longestTaskMs ? String(Math.round(median(r.longestTaskMs))) : '',
    r.target ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);

await main();
