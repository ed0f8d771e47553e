/**
 * `npm run bench:popup`: how long the popup takes from opening to showing the preview of the
 * demo article, in real Chromium with the built extension, and how much code it loads.
 *
 * Time is the popup's own user-timing mark (PREVIEW_MARK in entrypoints/popup/App.tsx) measured
 * from the popup document's navigation start: loading the popup, reading the page through the
 * capture script, rendering. Measured twice: in the real toolbar popup (action.openPopup) and in
 * popup.html opened as a tab (how the tests drive it). One warm-up run each, then RUNS runs;
 * prints median and p95 (nearest rank). Figures, not assertions: this machine is shared.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { WxtBrowser } from 'wxt/browser';
import { attachActionPopup, launchWithExtension, openPopupFor, type ExtensionBrowser } from '../lib/browser';
import { serveDirectory } from '../lib/static-server';

/** The extension API as code evaluated in the service worker sees it (typing only; not a Node global). */
declare const chrome: WxtBrowser;

const RUNS = 10;
const MARK = 'pressclip:preview';
const PRODUCTION_BUILD = resolve('.output/chrome-mv3');

async function main(): Promise<void> {
  const server = await serveDirectory(resolve('demo'));
  const browser = await launchWithExtension();
  try {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    const version = browser.context.browser()?.version() ?? 'unknown';

    const action = await measure(RUNS, () => inActionPopup(browser, article));
    const tab = await measure(RUNS, () => inTab(browser, article));

    console.log(`Popup opened → preview rendered, demo article, ${RUNS} runs each (Chromium ${version}):`);
    console.log(`  toolbar popup (action.openPopup): ${summary(action)}`);
    console.log(`  popup.html in a tab:              ${summary(tab)}`);
    console.log('');
    printBundle();
  } finally {
    await browser.close();
    await server.close();
  }
}

async function inActionPopup(browser: ExtensionBrowser, article: import('playwright-core').Page): Promise<number> {
  await article.bringToFront();
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.action.openPopup());
  const popup = await attachActionPopup(browser);
  try {
    return await popup.evaluate<number>(waitForMark);
  } finally {
    await popup.close();
  }
}

async function inTab(browser: ExtensionBrowser, article: import('playwright-core').Page): Promise<number> {
  const popup = await openPopupFor(browser, article);
  try {
    return await popup.evaluate(waitForMark);
  } finally {
    await popup.close();
  }
}

/** Runs in the popup: resolves with the mark's time since the popup's navigation start. */
const waitForMark = `new Promise((done, fail) => {
  const started = Date.now();
  const check = () => {
    const [mark] = performance.getEntriesByName(${JSON.stringify(MARK)});
    if (mark) done(mark.startTime);
    else if (Date.now() - started > 15000) fail(new Error('no preview within 15 s'));
    else setTimeout(check, 10);
  };
  check();
})`;

async function measure(runs: number, once: () => Promise<number>): Promise<number[]> {
  await once(); // warm-up: the service worker, the disk cache and the database are cold once
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return times.sort((a, b) => a - b);
}

function summary(sorted: readonly number[]): string {
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
  return `median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
}

/** What popup.html loads before its first render, and what it loads after, from the production build. */
function printBundle(): void {
  const html = readFileSync(join(PRODUCTION_BUILD, 'popup.html'), 'utf8');
  const upfront = ['popup.html', ...[...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)];
  const later = reachableChunks(upfront.filter((f) => f.endsWith('.js'))).filter((f) => !upfront.includes(f));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const first = sizes(upfront);
  const rest = sizes(later);
  console.log(`Popup bundle (production build, ${PRODUCTION_BUILD}):`);
  console.log(`  before the first paint:     ${kb(first.raw)} raw, ${kb(first.gzip)} gzip -9 (${upfront.join(', ')})`);
  console.log(`  loaded while reading/after: ${kb(rest.raw)} raw, ${kb(rest.gzip)} gzip -9 (${later.join(', ')})`);
  console.log(`  total:                      ${kb(first.raw + rest.raw)} raw, ${kb(first.gzip + rest.gzip)} gzip -9`);
}

/** Every chunk the given chunks import, statically or dynamically, transitively. */
function reachableChunks(entries: readonly string[]): string[] {
  const seen = new Set(entries);
  const queue = [...entries];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const code = readFileSync(join(PRODUCTION_BUILD, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:from\s*|import\s*\(\s*)[`"']\.\/([\w.-]+\.js)[`"']/g)) {
      const chunk = `chunks/${name}`;
      if (!seen.has(chunk)) {
        seen.add(chunk);
        queue.push(chunk);
      }
    }
  }
  return [...seen];
}

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, file) => {
      const bytes = readFileSync(join(PRODUCTION_BUILD, file));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
