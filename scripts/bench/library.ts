/**
 * Section "library" of `npm run bench`: the library at scale, in real Chromium, on the built
 * extension's options page. Generates realistic clippings (tests/support/generated-library.ts)
 * up to each size (`--scale`, default 10,000 and 100,000), then measures for each size: bulk
 * insert rate, time to take them into the library index, time to first rendered rows, tag
 * filter, outlet + date-range filter and full-text search (in the page, from the address change
 * to the rendered rows, and the index query alone), a jump within the list, and the JS heap of
 * the options page. Each figure is the median (and p95) of repeated runs.
 *
 * Baselines from the same run: the same records into a bare IndexedDB object store (inserts);
 * the options page's first paint in the same loads (first rows); the index query alone (each
 * rendered filter); the options page's heap with an empty library (heap).
 * `--compare-search` adds the search designs the library index was chosen over.
 * @module scripts/bench/library
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browser';
import { serveDirectory, type StaticServer } from '../lib/static-server';
import { bundleForPage } from './page-bundle';
import { against, stats, type Figure } from './report';
import { runsFor, type BenchOptions, type SectionResult } from './section';

const BATCH = 1_000;
const SEARCHES = ['stadtwerke', 'haushalt feuerwehr', 'brück', 'oberhausen', 'council budget', 'karomel'];

type Page$ = { bench: typeof import('./library-page') };
type Compare$ = { compare: typeof import('./search-compare-page') };
type Stats = ReturnType<typeof stats>;

interface Measured {
  size: number;
  insertRate: number;
  baselineRate: number;
  insertBatchMedian: number;
  insertBatchP95Low: number;
  indexMs: number;
  /** Clippings taken into the index in `indexMs` (those added since the previous size). */
  indexed: number;
  firstRows: Stats;
  firstPaint: Stats;
  searchReady: Stats;
  tagUi: Stats;
  tagQuery: Stats;
  outletDateUi: Stats;
  outletDateQuery: Stats;
  searchUi: Stats;
  searchQuery: Stats;
  scrollUi: Stats;
  heapMB: number;
  storageMB: number;
}

export async function benchLibrary(options: BenchOptions): Promise<SectionResult> {
  const runs = runsFor(options, 9, 5);
  const [pageScript, compareScript] = await Promise.all([
    bundleForPage('scripts/bench/library-page.ts', 'bench'),
    options.compareSearch ? bundleForPage('scripts/bench/search-compare-page.ts', 'compare') : Promise.resolve(''),
  ]);
  const browser = await launchWithExtension({ headless: true });
  const results: Measured[] = [];
  let server: StaticServer | undefined;
  let compare: Awaited<ReturnType<typeof compareSearch>> | undefined;
  let emptyHeapMB = 0;
  try {
    emptyHeapMB = await emptyLibraryHeap(browser);
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
    for (const size of options.scales) {
      for (let start = have; start < size; start += BATCH) {
        options.progress(`library: inserting ${start.toLocaleString('en')}/${size.toLocaleString('en')}`);
        const count = Math.min(BATCH, size - start);
        const inserted = await helper.evaluate(([s, c]) => (globalThis as unknown as Page$).bench.insertGenerated(s, c, c), [start, count] as const);
        const base = await baselinePage.evaluate(([s, c]) => (globalThis as unknown as Page$).bench.insertBaseline(s, c), [start, count] as const);
        insertMs += inserted.writeMs;
        baselineMs += base.writeMs;
        batchRates.push(...inserted.batchRates);
      }
      have = size;
      options.progress(`library: ${size.toLocaleString('en')} clippings, indexing`);
      const indexed = await helper.evaluate(() => (globalThis as unknown as Page$).bench.indexPending());
      const figures = await measure(browser, helper, runs, (text) => options.progress(`library: ${size.toLocaleString('en')} clippings, ${text}`));
      const rates = stats(batchRates);
      results.push({
        size,
        insertRate: have / (insertMs / 1000),
        baselineRate: have / (baselineMs / 1000),
        insertBatchMedian: rates.median,
        insertBatchP95Low: -stats(batchRates.map((r) => -r)).p95,
        indexMs: indexed.ms,
        indexed: indexed.entries,
        ...figures,
      });
    }
    // Last, so that its throw-away databases do not disturb the figures above.
    if (compareScript) compare = await compareSearch(browser, compareScript, options.scales[0]!);
  } finally {
    await browser.close();
    await server?.close();
  }
  return { figures: figuresOf(results, runs, emptyHeapMB), notes: compare ? compareNotes(compare) : [], raw: { results, emptyHeapMB, compare } };
}

/** The options page's heap with nothing in the library: the baseline of the heap figure. */
async function emptyLibraryHeap(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}options.html`);
  await page.locator('#results-heading').waitFor();
  const heap = await heapUsedMB(await browser.context.newCDPSession(page));
  await page.close();
  return heap;
}

/** Everything measured on the options page (and the index queries alone in the helper page). */
async function measure(
  browser: ExtensionBrowser,
  helper: Page,
  runs: number,
  progress: (text: string) => void,
): Promise<Omit<Measured, 'size' | 'insertRate' | 'baselineRate' | 'insertBatchMedian' | 'insertBatchP95Low' | 'indexMs' | 'indexed'>> {
  // First rows and search readiness: a fresh options page per run.
  const firstRows: number[] = [];
  const firstPaint: number[] = [];
  const searchReady: number[] = [];
  for (let run = 0; run < runs; run++) {
    progress(`opening the library, run ${run + 1}/${runs}`);
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}options.html`);
    const marks = await page.evaluate(async () => {
      while (performance.getEntriesByName('pressclip:first-rows').length === 0 || performance.getEntriesByName('pressclip:search-ready').length === 0) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return {
        rows: performance.getEntriesByName('pressclip:first-rows')[0]!.startTime,
        search: performance.getEntriesByName('pressclip:search-ready')[0]!.startTime,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      };
    });
    firstRows.push(marks.rows);
    firstPaint.push(marks.paint);
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
  for (let run = 0; run < runs; run++) {
    progress(`filters and search, run ${run + 1}/${runs}`);
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

    scrollUi.push(await timeScroll(page, (run + 1) / (runs + 1)));
  }

  const session = await browser.context.newCDPSession(page);
  const heapMB = await heapUsedMB(session);
  const storageMB = await page.evaluate(async () => ((await navigator.storage.estimate()).usage ?? 0) / 1e6);
  await page.close();
  await helper.evaluate(() => (globalThis as unknown as Page$).bench.releaseIndex());
  return {
    firstRows: stats(firstRows),
    firstPaint: stats(firstPaint),
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

async function compareSearch(browser: ExtensionBrowser, script: string, count: number) {
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
  return { mini: { ...mini, heapMB: miniHeapMB }, words };
}

function figuresOf(results: readonly Measured[], runs: number, emptyHeapMB: number): Figure[] {
  return results.flatMap((r): Figure[] => {
    const at = `${r.size.toLocaleString('en')}:`;
    const ui = (name: string, measured: Stats, query: Stats, target?: Parameters<typeof against>[0]): Figure => ({
      section: 'library',
      name: `${at} ${name}`,
      unit: 'ms',
      ...measured,
      samples: runs,
      baseline: { name: 'index query alone', unit: 'ms', ...query },
      ...(target && { target: against(target, measured.median) }),
    });
    return [
      {
        section: 'library',
        name: `${at} bulk insert`,
        unit: '/s',
        median: r.insertRate,
        baseline: { name: 'same records, bare store', unit: '/s', median: r.baselineRate },
        target: against('library-insert', r.insertRate),
        detail: `${r.size.toLocaleString('en')} in batches of ${BATCH.toLocaleString('en')}: batch median ${Math.round(r.insertBatchMedian).toLocaleString('en')}/s, slowest 5 % ${Math.round(r.insertBatchP95Low).toLocaleString('en')}/s; then indexing ${r.indexed.toLocaleString('en')} new clippings in the background took ${(r.indexMs / 1000).toFixed(1)} s (${Math.round(r.indexed / (r.indexMs / 1000)).toLocaleString('en')}/s)`,
      },
      {
        section: 'library',
        name: `${at} first rows rendered`,
        unit: 'ms',
        ...r.firstRows,
        samples: runs,
        baseline: { name: 'page first paint', unit: 'ms', ...r.firstPaint },
        target: against('library-first-rows', r.firstRows.median),
      },
      { section: 'library', name: `${at} search ready after open`, unit: 'ms', ...r.searchReady, samples: runs },
      ui('tag filter, rendered', r.tagUi, r.tagQuery, 'library-tag-filter'),
      ui('outlet + date range, rendered', r.outletDateUi, r.outletDateQuery, 'library-outlet-date'),
      ui('full-text search, rendered', r.searchUi, r.searchQuery, 'library-search'),
      { section: 'library', name: `${at} jump within the list, rendered`, unit: 'ms', ...r.scrollUi, samples: runs },
      {
        section: 'library',
        name: `${at} JS heap of the options page`,
        unit: 'MB',
        median: r.heapMB,
        baseline: { name: 'empty library', unit: 'MB', median: emptyHeapMB },
        detail: `after garbage collection; IndexedDB usage of the extension ${r.storageMB.toFixed(0)} MB`,
      },
    ];
  });
}

function compareNotes(compare: Awaited<ReturnType<typeof compareSearch>>): string[] {
  const q = (times: Record<string, number>) => Object.values(times).map((t) => t.toFixed(0)).join('/');
  const { mini, words } = compare;
  return [
    `library: search designs at ${mini.count.toLocaleString('en')} clippings (queries: ${SEARCHES.join(', ')}):`,
    `library:   MiniSearch in memory: build ${(mini.buildMs / 1000).toFixed(1)} s, heap +${mini.heapMB.toFixed(0)} MB, stored as JSON ${(mini.jsonBytes / 1e6).toFixed(0)} MB, queries ${q(mini.queryMs)} ms`,
    `library:   IndexedDB words index (*terms): insert ${Math.round(words.withWordsRate).toLocaleString('en')}/s vs ${Math.round(words.plainRate).toLocaleString('en')}/s without, queries ${q(words.queryMs)} ms`,
  ];
}
