/**
 * `npm run bench:library`: the library at scale, in real Chromium, on the built extension's
 * options page. Generates realistic clippings (tests/support/generated-library.ts) up to each
 * size, then prints for each size: bulk insert rate, time to take them into the library index,
 * time to first rendered rows, tag filter, outlet + date-range filter and full-text search (in the
 * page, from the address change to the rendered rows, and the index query alone), and the JS heap
 * of the options page. Each figure is the median (and p95) of repeated runs. The insert rate has
 * a baseline measured in the same run: the same records into a bare IndexedDB object store.
 *
 *   npm run bench:library                         10,000 and 100,000
 *   npm run bench:library -- --sizes 10000        one size
 *   npm run bench:library -- --runs 15            more runs per figure (default 9)
 *   npm run bench:library -- --compare-search     also MiniSearch and an IndexedDB words index at 10,000
 *   npm run bench:library -- --no-build           use the existing .output/chrome-mv3-e2e
 *
 * Never part of `npm test`. Writes bench-output/library.json.
 */
import { execSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browser';
import { serveDirectory, type StaticServer } from '../lib/static-server';
import { bundleForPage } from './page-bundle';

const BATCH = 1_000;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    runs: { type: 'string', default: '9' },
    'compare-search': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const SIZES = args.sizes.split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const RUNS = Math.max(3, Number(args.runs));
const SEARCHES = ['stadtwerke', 'haushalt feuerwehr', 'brück', 'oberhausen', 'council budget', 'karomel'];

type Page$ = { bench: typeof import('./library-page') };
type Compare$ = { compare: typeof import('./search-compare-page') };

interface Figures {
  size: number;
  insertRate: number;
  baselineRate: number;
  insertBatchMedian: number;
  insertBatchP95Low: number;
  indexMs: number;
  /** Clippings taken into the index in `indexMs` (those added since the previous size). */
  indexed: number;
  firstRows: Stats;
  searchReady: Stats;
  tagUi: Stats;
  tagQuery: Stats;
  outletDateUi: Stats;
  outletDateQuery: Stats;
  searchUi: Stats;
  searchQuery: Stats;
  scrollUi: Stats;
  heapMB: number;
  storageMB?: number;
}
interface Stats {
  median: number;
  p95: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function main(): Promise<void> {
  if (!args['no-build']) execSync('npm run build:e2e', { stdio: 'ignore' });
  const [pageScript, compareScript] = await Promise.all([
    bundleForPage('scripts/bench/library-page.ts', 'bench'),
    args['compare-search'] ? bundleForPage('scripts/bench/search-compare-page.ts', 'compare') : Promise.resolve(''),
  ]);
  const browser = await launchWithExtension({ headless: true });
  const results: Figures[] = [];
  let server: StaticServer | undefined;
  let compare: Awaited<ReturnType<typeof compareSearch>> | undefined;
  try {
    const version = browser.context.browser()?.version() ?? 'unknown';
    printMachine(version);
    // A page of the extension that is not the library: writes happen here, as from an import.
    const helper = await browser.context.newPage();
    await helper.goto(`${browser.origin}manifest.json`);
    await helper.evaluate(pageScript);
    // The baseline writes from a web page (another origin, another database).
    server = await serveDirectory(resolve('demo'));
    const baselinePage = await browser.context.newPage();
    await baselinePage.goto(server.url);
    await baselinePage.evaluate(pageScript);

    let have = 0;
    let insertMs = 0;
    let baselineMs = 0;
    const batchRates: number[] = [];
    for (const size of SIZES) {
      process.stdout.write(`\n${size.toLocaleString('en')} clippings: inserting…`);
      for (let start = have; start < size; start += BATCH) {
        const count = Math.min(BATCH, size - start);
        const inserted = await helper.evaluate(([s, c]) => (globalThis as unknown as Page$).bench.insertGenerated(s, c, c), [start, count] as const);
        const base = await baselinePage.evaluate(([s, c]) => (globalThis as unknown as Page$).bench.insertBaseline(s, c), [start, count] as const);
        insertMs += inserted.writeMs;
        baselineMs += base.writeMs;
        batchRates.push(...inserted.batchRates);
      }
      have = size;
      process.stdout.write(' indexing…');
      const indexed = await helper.evaluate(() => (globalThis as unknown as Page$).bench.indexPending());
      process.stdout.write(' measuring…');
      const figures = await measure(browser, helper);
      const rates = stats(batchRates);
      results.push({
        size,
        insertRate: have / (insertMs / 1000),
        baselineRate: have / (baselineMs / 1000),
        insertBatchMedian: rates.median,
        insertBatchP95Low: stats(batchRates.map((r) => -r)).p95 * -1,
        indexMs: indexed.ms,
        indexed: indexed.entries,
        ...figures,
      });
      process.stdout.write(' done\n');
    }
    // Last, so that its throw-away databases do not disturb the figures above.
    if (compareScript) compare = await compareSearch(browser, compareScript);
  } finally {
    await browser.close();
    await server?.close();
  }
  printTable(results);
  if (compare) printCompare(compare);
  await mkdir('bench-output', { recursive: true });
  await writeFile('bench-output/library.json', JSON.stringify({ machine: machine(), results, compare }, null, 2) + '\n');
}

/** Everything measured on the options page (and the index queries alone in the helper page). */
async function measure(browser: ExtensionBrowser, helper: Page): Promise<Omit<Figures, 'size' | 'insertRate' | 'baselineRate' | 'insertBatchMedian' | 'insertBatchP95Low' | 'indexMs' | 'indexed'>> {
  // First rows and search readiness: a fresh options page per run.
  const firstRows: number[] = [];
  const searchReady: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}options.html`);
    const marks = await page.evaluate(async () => {
      while (performance.getEntriesByName('pressclip:first-rows').length === 0 || performance.getEntriesByName('pressclip:search-ready').length === 0) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return { rows: performance.getEntriesByName('pressclip:first-rows')[0]!.startTime, search: performance.getEntriesByName('pressclip:search-ready')[0]!.startTime };
    });
    firstRows.push(marks.rows);
    searchReady.push(marks.search);
    await page.close();
    // Chromium finishes a closed page's IndexedDB work before it opens the database for the
    // next page; measured back to back, that wait (not the library) would dominate.
    await new Promise((r) => setTimeout(r, 1_500));
  }

  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}options.html`);
  // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
  await page.evaluate(async () => {
    while (performance.getEntriesByName('pressclip:search-ready').length === 0) await new Promise((r) => setTimeout(r, 20));
  });
  await helper.evaluate(() => (globalThis as unknown as Page$).bench.loadIndex());
  const popular = await helper.evaluate(() => (globalThis as unknown as Page$).bench.popularValues());
  const query = (filter: object) => helper.evaluate((f) => (globalThis as unknown as Page$).bench.timeQuery(f).ms, filter);

  const tagUi: number[] = [];
  const tagQuery: number[] = [];
  const outletDateUi: number[] = [];
  const outletDateQuery: number[] = [];
  const searchUi: number[] = [];
  const searchQuery: number[] = [];
  const scrollUi: number[] = [];
  const months = ['2026-01', '2026-03', '2026-05', '2026-07', '2026-09'];
  for (let run = 0; run < RUNS; run++) {
    const tag = popular.tags[run % 10]!;
    tagUi.push(await timeHashChange(page, `#/library?tag=${encodeURIComponent(tag)}`));
    tagQuery.push(await query({ tags: [tag] }));

    const outlet = popular.outlets[run % 10]!;
    const month = months[run % months.length]!;
    const range = { from: `${month}-01`, to: `${month}-28` };
    outletDateUi.push(await timeHashChange(page, `#/library?outlet=${encodeURIComponent(outlet)}&from=${range.from}&to=${range.to}`));
    outletDateQuery.push(await query({ outlet, ...range }));

    const words = SEARCHES[run % SEARCHES.length]!;
    searchUi.push(await timeHashChange(page, `#/library?q=${encodeURIComponent(words)}`));
    searchQuery.push(await query({ query: words }));

    scrollUi.push(await timeScroll(page, (run + 1) / (RUNS + 1)));
  }

  const session = await browser.context.newCDPSession(page);
  const heapMB = await heapUsedMB(session);
  const storageMB = await page.evaluate(async () => ((await navigator.storage.estimate()).usage ?? 0) / 1e6);
  await page.close();
  await helper.evaluate(() => (globalThis as unknown as Page$).bench.releaseIndex());
  return {
    firstRows: stats(firstRows),
    searchReady: stats(searchReady),
    tagUi: stats(tagUi),
    tagQuery: stats(tagQuery),
    outletDateUi: stats(outletDateUi),
    outletDateQuery: stats(outletDateQuery),
    searchUi: stats(searchUi),
    searchQuery: stats(searchQuery),
    scrollUi: stats(scrollUi),
    heapMB,
    storageMB,
  };
}

// Callbacks passed to page.evaluate declare no named functions (not even `const f = () => …`):
// tsx compiles them with esbuild's keepNames, whose __name helper does not exist in the page.

/**
 * Milliseconds from setting the address (as a bookmark or a filter control does) until the new
 * result is painted: the list first goes back to the unfiltered library, then the clock runs
 * from the hash change to the second animation frame after the result count changed.
 */
async function timeHashChange(page: Page, hash: string): Promise<number> {
  await showWholeLibrary(page);
  return page.evaluate(
    (target) =>
      new Promise<number>((resolve, reject) => {
        const heading = document.querySelector('#results-heading')!;
        const before = heading.textContent;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (heading.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          }
        });
        observer.observe(heading, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`No new result for ${target} within 10 s`)), 10_000);
        location.hash = target;
      }),
    hash,
  );
}

/** Goes back to the unfiltered library and waits until it is shown. */
async function showWholeLibrary(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (location.hash === '#/library') return;
    location.hash = '#/library';
    while (/ of /.test(document.querySelector('#results-heading')?.textContent ?? '')) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => requestAnimationFrame(r));
  });
}

/** Milliseconds from jumping to a point of the list (a fraction of its length) until its rows are painted. */
async function timeScroll(page: Page, fraction: number): Promise<number> {
  await showWholeLibrary(page);
  return page.evaluate(
    (at) =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('.clip-scroller')!;
        const list = scroller.querySelector('ol')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        });
        observer.observe(list, { childList: true });
        scroller.scrollTop = Math.floor(scroller.scrollHeight * at);
      }),
    fraction,
  );
}

async function heapUsedMB(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

async function compareSearch(browser: ExtensionBrowser, script: string) {
  const count = SIZES[0]!;
  process.stdout.write(`\nComparing search designs at ${count.toLocaleString('en')} clippings…`);
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}manifest.json`);
  await page.evaluate(script);
  const session = await browser.context.newCDPSession(page);
  const before = await heapUsedMB(session);
  const mini = await page.evaluate(([n, q]) => (globalThis as unknown as Compare$).compare.buildMiniSearch(n, q), [count, SEARCHES] as const);
  const miniHeapMB = (await heapUsedMB(session)) - before;
  await page.evaluate(() => (globalThis as unknown as Compare$).compare.dropMiniSearch());
  const words = await page.evaluate(([n, q]) => (globalThis as unknown as Compare$).compare.dexieWords(n, q), [count, SEARCHES] as const);
  await page.close();
  process.stdout.write(' done\n');
  return { mini: { ...mini, heapMB: miniHeapMB }, words };
}

function machine() {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memoryGB: Math.round(totalmem() / 1e9),
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
    node: process.version,
    runs: RUNS,
  };
}

function printMachine(chromium: string): void {
  const m = machine();
  console.log(`Library benchmark — ${m.cpu}, ${m.memoryGB} GB RAM, load average ${m.loadAverage}, Node ${m.node}, Chromium ${chromium}, ${RUNS} runs per figure`);
}

function printTable(results: readonly Figures[]): void {
  const ms = (s: Stats) => `${s.median.toFixed(0)} ms (p95 ${s.p95.toFixed(0)})`;
  const fine = (s: Stats) => `${s.median.toFixed(1)} ms (p95 ${s.p95.toFixed(1)})`;
  const rows: [string, string, (f: Figures) => string][] = [
    ['bulk insert', '≥ 2,000/s', (f) => `${Math.round(f.insertRate).toLocaleString('en')}/s (batch median ${Math.round(f.insertBatchMedian).toLocaleString('en')}/s, slowest 5 % ${Math.round(f.insertBatchP95Low).toLocaleString('en')}/s)`],
    ['  baseline: same records, bare store', '', (f) => `${Math.round(f.baselineRate).toLocaleString('en')}/s`],
    ['index the new clippings (background)', '', (f) => `${f.indexed.toLocaleString('en')} in ${(f.indexMs / 1000).toFixed(1)} s (${Math.round(f.indexed / (f.indexMs / 1000)).toLocaleString('en')}/s)`],
    ['first rows rendered', '≤ 500 ms', (f) => ms(f.firstRows)],
    ['search ready after open', '', (f) => ms(f.searchReady)],
    ['tag filter, rendered', '≤ 100 ms', (f) => ms(f.tagUi)],
    ['  tag filter, index query alone', '', (f) => fine(f.tagQuery)],
    ['outlet + date range, rendered', '', (f) => ms(f.outletDateUi)],
    ['  outlet + date range, query alone', '', (f) => fine(f.outletDateQuery)],
    ['full-text search, rendered', '≤ 200 ms', (f) => ms(f.searchUi)],
    ['  full-text search, query alone', '', (f) => fine(f.searchQuery)],
    ['jump within the list, rendered', '', (f) => ms(f.scrollUi)],
    ['JS heap of the options page', '', (f) => `${f.heapMB.toFixed(0)} MB`],
    ['IndexedDB usage of the extension', '', (f) => (f.storageMB === undefined ? '—' : `${f.storageMB.toFixed(0)} MB`)],
  ];
  const header = ['', 'target', ...results.map((r) => `${r.size.toLocaleString('en')} clippings`)];
  const table = [header, ...rows.map(([name, target, get]) => [name, target, ...results.map(get)])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log('');
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function printCompare(compare: NonNullable<Awaited<ReturnType<typeof compareSearch>>>): void {
  const q = (times: Record<string, number>) => Object.values(times).map((t) => t.toFixed(0)).join('/');
  const { mini, words } = compare;
  console.log(`\nSearch designs at ${mini.count.toLocaleString('en')} clippings (queries: ${SEARCHES.join(', ')}):`);
  console.log(`  MiniSearch in memory: build ${(mini.buildMs / 1000).toFixed(1)} s, heap +${mini.heapMB.toFixed(0)} MB, stored as JSON ${(mini.jsonBytes / 1e6).toFixed(0)} MB, queries ${q(mini.queryMs)} ms`);
  console.log(`  IndexedDB words index (*terms): insert ${Math.round(words.withWordsRate).toLocaleString('en')}/s vs ${Math.round(words.plainRate).toLocaleString('en')}/s without, queries ${q(words.queryMs)} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
