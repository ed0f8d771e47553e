/**
 * Section "extraction" of `npm run bench`: Pressclip's extractor in real Chromium, on every
 * fixture page (utils/extract/__fixtures__/pages), the demo article, a ~2 MB article page and,
 * where present, a sample of real pages (--eval-pages, laid out like ../shared/eval/dev).
 *
 * 1. Time: extractArticle and Readability alone (clone + parse) on the same live page, warm,
 *    alternating, in the page's own context (scripts/bench/extraction-page.ts, bundled).
 * 2. Blocking, cold: the real content script (the built extension's extract.js),
 *    injected as the popup injects it into a freshly loaded page, while a probe in the page
 *    notes the gaps between turns of its event loop (the longest: how long a click would wait;
 *    their parts beyond 50 ms: total blocking time). The baseline is Readability alone as a
 *    content script of its own (scripts/bench/readability-content.ts, minified, added to a copy
 *    of the test build), injected the same way into a fresh load of the same page.
 *
 * Pages are served from 127.0.0.1 with a Content-Security-Policy that stops their own scripts
 * and any request elsewhere, so only the extraction runs.
 * @module scripts/bench/extraction
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { WxtBrowser } from 'wxt/browser';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browser';
import { decodeHtml } from '../lib/decode-html';
import { serveDirectory, type RouteBody } from '../lib/static-server';
import { heavyArticlePage } from './article-page';
import { extensionWithExtras } from './extension-copy';
import { STEPS, STEP_NAMES, profileSteps, type StepTimes } from './extraction-profile';
import { bundleForPage } from './page-bundle';
import { against, stats, type Figure } from './report';
import { runsFor, type BenchOptions, type SectionResult } from './section';

/** The extension API as code evaluated in the service worker sees it (typing only). */
declare const chrome: WxtBrowser;

const FIXTURES = resolve('utils/extract/__fixtures__/pages');
/** Page scripts and requests to other hosts stay off: the page is only there to be read. */
const PAGE_POLICY = { 'content-security-policy': "default-src 'self' 'unsafe-inline' data:; script-src 'none'" };
/**
 * The two scripts injected into pages: the product's capture script, at the path the popup
 * injects (EXTRACT_SCRIPT in utils/messages.ts), and the baseline added to a copy of the test build.
 */
const CONTENT_SCRIPT = '/extract.js';
const BASELINE_SCRIPT = '/bench-readability.js';

/** How long the profiled runs of a page last, about (./extraction-profile.ts). */
const PROFILE_MS = 150;

type Group = 'fixtures' | 'demo' | 'heavy' | 'real';

interface BenchPage {
  group: Group;
  name: string;
  url: string;
}

interface PageResult {
  page: BenchPage;
  elements: number;
  extracted: boolean;
  pressclipMs: number;
  readabilityMs: number;
  /** Longest gap in the page's event loop while the content script ran, per run. */
  blockedMs: number[];
  /** Total blocking time (gaps beyond 50 ms) while it ran, per run. */
  totalBlockingMs: number[];
  /** The longest gap while Readability alone, injected the same way, ran, per run. */
  readabilityBlockedMs: number[];
  /** executeScript from the service worker until its result arrived, per run. */
  injectionMs: number[];
  /** The warm median split between the extractor's steps (./extraction-profile.ts), filled in after all timing. */
  steps: StepTimes;
}

type Bench = { extractionBench: typeof import('./extraction-page') };

export async function benchExtraction(options: BenchOptions): Promise<SectionResult> {
  const [script, baseline] = await Promise.all([
    bundleForPage('scripts/bench/extraction-page.ts', 'extractionBench'),
    bundleForPage('scripts/bench/readability-content.ts', 'readabilityAlone', { minify: true }),
  ]);
  // The test build plus the baseline script, so both can be injected the same way.
  const extension = extensionWithExtras({ [BASELINE_SCRIPT.slice(1)]: `${baseline}\n;globalThis.readabilityAlone.result;` });

  const heavy = heavyArticlePage();
  const real = options.evalPages && !options.quick ? evalSample(options.evalPages, options.evalSample) : [];
  const routes: Record<string, () => RouteBody> = { '/heavy.html': () => heavy };
  for (const page of real) routes[`/real/${page.name}`] = () => page.html;
  const server = await serveDirectory(FIXTURES, routes, { headers: PAGE_POLICY });
  const demo = await serveDirectory(resolve('demo'), {}, { headers: PAGE_POLICY });
  const browser = await launchWithExtension({ headless: true, extensionPath: extension.path });
  const pages: BenchPage[] = [
    ...readdirSync(FIXTURES)
      .filter((slug) => existsSync(join(FIXTURES, slug, 'source.html')))
      .sort()
      .map((slug) => ({ group: 'fixtures' as const, name: slug, url: `${server.url}${slug}/source.html` })),
    { group: 'demo', name: 'demo article', url: demo.url },
    { group: 'heavy', name: '2 MB article page', url: `${server.url}heavy.html` },
    // As the browser reports it (percent-encoded), since tabs are found by their address.
    ...real.map((page) => ({ group: 'real' as const, name: page.name, url: new URL(`real/${page.name}`, server.url).href })),
  ];
  const results: PageResult[] = [];
  try {
    const tab = await browser.context.newPage();
    for (const [i, page] of pages.entries()) {
      options.progress(`extraction: ${page.group} ${i + 1}/${pages.length} ${page.name}`);
      const single = page.group === 'demo' || page.group === 'heavy';
      results.push(await measurePage(browser, tab, script, page, { samples: single ? runsFor(options, 9, 5) : runsFor(options, 5, 3), blockingRuns: single ? runsFor(options, 7, 3) : 1 }));
    }
    // Profiled after all timing, in a tab of its own, so the profiler cannot slow a timed run.
    const profiled = await browser.context.newPage();
    const session = await browser.context.newCDPSession(profiled);
    for (const [i, result] of results.entries()) {
      options.progress(`extraction: profiling ${i + 1}/${results.length} ${result.page.name}`);
      await profiled.goto(result.page.url, { waitUntil: 'load' });
      await profiled.evaluate(script);
      result.steps = await profileSteps(session, profiled, Math.ceil(Math.min(500, Math.max(5, PROFILE_MS / result.pressclipMs))), result.pressclipMs);
    }
  } finally {
    await browser.close();
    await server.close();
    await demo.close();
    extension.remove();
  }
  return { figures: figuresOf(results), notes: notesOf(results), raw: results };
}

async function measurePage(browser: ExtensionBrowser, tab: Page, script: string, page: BenchPage, runs: { samples: number; blockingRuns: number }): Promise<PageResult> {
  await tab.goto(page.url, { waitUntil: 'load' });
  await tab.evaluate(script);
  const elements = await tab.evaluate(() => (globalThis as unknown as Bench).extractionBench.elementCount());
  const warm = await tab.evaluate((samples) => (globalThis as unknown as Bench).extractionBench.compareWarm(samples), runs.samples);
  const result: PageResult = {
    page,
    elements,
    extracted: warm.extracted,
    pressclipMs: stats(warm.pressclip).median,
    readabilityMs: stats(warm.readability).median,
    blockedMs: [],
    totalBlockingMs: [],
    readabilityBlockedMs: [],
    injectionMs: [],
    steps: {},
  };
  for (let run = 0; run < runs.blockingRuns; run++) {
    // Alternating which goes first, so neither always meets a warmer browser.
    for (const file of run % 2 ? [BASELINE_SCRIPT, CONTENT_SCRIPT] : [CONTENT_SCRIPT, BASELINE_SCRIPT]) {
      const injected = await blockingOfInjection(browser, tab, script, page.url, file);
      if (file === CONTENT_SCRIPT) {
        result.blockedMs.push(injected.longestGapMs);
        result.totalBlockingMs.push(injected.totalBlockingMs);
        result.injectionMs.push(injected.injectionMs);
      } else {
        result.readabilityBlockedMs.push(injected.longestGapMs);
      }
    }
  }
  return result;
}

/** Loads the page afresh, lets it settle, injects `file` as the popup injects the content script, and probes the main thread meanwhile. */
async function blockingOfInjection(browser: ExtensionBrowser, tab: Page, script: string, url: string, file: string) {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(script);
  // A quiet moment first, so the probe's gaps are the injection's, not the page load's.
  await tab.waitForTimeout(100);
  await tab.evaluate(() => (globalThis as unknown as Bench).extractionBench.startBlockingProbe());
  const worker = await browser.serviceWorker();
  const injection = await worker.evaluate(
    async ([pageUrl, path]) => {
      const tabs = await chrome.tabs.query({});
      const target = tabs.find((t) => t.url === pageUrl);
      if (target?.id === undefined) throw new Error(`No tab shows ${pageUrl}`);
      const start = performance.now();
      const [answer] = await chrome.scripting.executeScript({ target: { tabId: target.id }, files: [path as typeof CONTENT_SCRIPT] });
      return { injectionMs: performance.now() - start, answered: answer?.result !== undefined && answer.result !== null };
    },
    [url, file] as const,
  );
  if (!injection.answered) throw new Error(`${file} returned nothing on ${url}`);
  const probe = await tab.evaluate(() => (globalThis as unknown as Bench).extractionBench.stopBlockingProbe());
  return { ...probe, injectionMs: injection.injectionMs };
}

/** An even sample of `count` real pages, decoded as a browser would (charset of the saved bytes). */
function evalSample(dir: string, count: number): { name: string; html: string }[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const files = Object.values(data)
    .map((entry) => entry.file)
    .sort();
  const step = Math.max(1, files.length / count);
  const chosen = Array.from({ length: Math.min(count, files.length) }, (_, i) => files[Math.floor(i * step)]!);
  return chosen.map((file) => ({ name: file, html: decodeHtml(gunzipSync(readFileSync(join(dir, 'pages', `${file}.gz`)))).text }));
}

const GROUP_NAMES: Record<Group, string> = {
  fixtures: 'fixture pages',
  demo: 'demo article',
  heavy: '2 MB article page',
  real: 'real pages',
};

/** The results of each page group that has pages, in the order the table shows them. */
function byGroup(results: readonly PageResult[]): [Group, PageResult[]][] {
  return (['fixtures', 'demo', 'heavy', 'real'] as const)
    .map((group): [Group, PageResult[]] => [group, results.filter((r) => r.page.group === group)])
    .filter(([, inGroup]) => inGroup.length > 0);
}

/** A group as the table names it: with its number of pages when it has several ("fixture pages (50)"). */
function groupLabel(group: Group, pages: number, aside = ''): string {
  return pages > 1 ? `${GROUP_NAMES[group]} (${pages}${aside})` : GROUP_NAMES[group];
}

function figuresOf(results: readonly PageResult[]): Figure[] {
  const figures: Figure[] = [];
  for (const [group, inGroup] of byGroup(results)) {
    const many = inGroup.length > 1;
    const label = groupLabel(group, inGroup.length);
    const ours = stats(inGroup.map((r) => r.pressclipMs));
    const theirs = stats(inGroup.map((r) => r.readabilityMs));
    const ratio = ours.median / theirs.median;
    figures.push({
      section: 'extraction',
      name: `extractArticle, warm, ${label}`,
      unit: 'ms',
      median: ours.median,
      ...(many && { p95: ours.p95 }),
      samples: many ? inGroup.length : undefined,
      baseline: { name: 'Readability alone', unit: 'ms', median: theirs.median, ...(many && { p95: theirs.p95 }) },
    });
    figures.push({
      section: 'extraction',
      name: `  ÷ Readability alone, ${label}`,
      unit: '×',
      median: ratio,
      ...(group !== 'heavy' && { target: against('extraction-vs-readability', ratio) }),
      detail: many ? `median of per-page ratios ${stats(inGroup.map((r) => r.pressclipMs / r.readabilityMs)).median.toFixed(2)}×` : undefined,
    });
    const blocked = stats(inGroup.flatMap((r) => (many ? [stats(r.blockedMs).median] : r.blockedMs)));
    const readabilityBlocked = stats(inGroup.flatMap((r) => (many ? [stats(r.readabilityBlockedMs).median] : r.readabilityBlockedMs)));
    const tbt = stats(inGroup.flatMap((r) => (many ? [stats(r.totalBlockingMs).median] : r.totalBlockingMs)));
    figures.push({
      section: 'extraction',
      name: `page blocked by the content script, ${label}`,
      unit: 'ms',
      median: blocked.median,
      p95: blocked.p95,
      samples: many ? inGroup.length : inGroup[0]!.blockedMs.length,
      baseline: { name: 'Readability alone injected', unit: 'ms', median: readabilityBlocked.median, p95: readabilityBlocked.p95 },
      // "Typical articles": the fixture and real pages, and the demo; a 2 MB page is not typical.
      ...(group !== 'heavy' && { target: against('extraction-blocking', blocked.median) }),
      detail: `cold, ${(blocked.median / readabilityBlocked.median).toFixed(2)}× Readability alone injected the same way; total blocking time median ${tbt.median.toFixed(0)} ms (p95 ${tbt.p95.toFixed(0)}); injection round trip from the service worker median ${stats(inGroup.flatMap((r) => r.injectionMs)).median.toFixed(0)} ms`,
    });
  }
  return figures;
}

/**
 * Per page group, each step's time summed over the group's pages, in units of Readability
 * alone's time summed over the same pages: what each step adds to the ratio.
 */
function stepNotes(results: readonly PageResult[]): string[] {
  const missing = STEPS.filter((rule) => !results.some((r) => (r.steps[rule.step] ?? 0) > 0));
  // A renamed function would read zero and move its time to "everything else": said, not hidden.
  const lines = missing.length > 0 ? [`extraction: WARNING: the profile found no time in ${missing.map((rule) => `${rule.step} (${rule.functions.join(', ')})`).join('; ')}; were these functions renamed? (scripts/bench/extraction-profile.ts)`] : [];
  for (const [group, inGroup] of byGroup(results)) {
    const readability = inGroup.reduce((sum, r) => sum + r.readabilityMs, 0);
    const share = (step: string) => inGroup.reduce((sum, r) => sum + (r.steps[step] ?? 0), 0) / readability;
    const parts = STEP_NAMES.map((step) => `${step} ${share(step).toFixed(2)}×`);
    const total = inGroup.reduce((sum, r) => sum + r.pressclipMs, 0) / readability;
    lines.push(`extraction: where the time goes, ${groupLabel(group, inGroup.length, ', summed')}, in Readability alone's time: ${parts.join(', ')}; in all ${total.toFixed(2)}×`);
  }
  return lines;
}

function notesOf(results: readonly PageResult[]): string[] {
  const slowest = [...results].sort((a, b) => b.pressclipMs / b.readabilityMs - a.pressclipMs / a.readabilityMs).slice(0, 3);
  const heavy = results.find((r) => r.page.group === 'heavy');
  return [
    `extraction: slowest against Readability: ${slowest.map((r) => `${r.page.name} ${(r.pressclipMs / r.readabilityMs).toFixed(2)}× (${r.pressclipMs.toFixed(1)} vs ${r.readabilityMs.toFixed(1)} ms)`).join(', ')}`,
    ...stepNotes(results),
    ...(heavy ? [`extraction: the 2 MB page has ${heavy.elements.toLocaleString('en')} elements; extracted: ${heavy.extracted ? 'yes' : 'no'}`] : []),
    'extraction: "warm" is the median of repeated runs in the page after a first one (the code compiled); "page blocked" is cold: the longest gap between two turns of the page\'s event loop while the injected script loaded and ran (what a click on the page waits for), one fresh page load per run.',
  ];
}
