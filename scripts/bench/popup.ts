/**
 * Section "popup" of `npm run bench`: from opening the popup to its preview, in real Chromium
 * with the built extension, on the demo article and on a ~2 MB article page.
 *
 * The time is the popup's own user-timing mark (PREVIEW_MARK, entrypoints/popup/ClipScreen.tsx)
 * from the popup document's navigation start: loading the popup, reading the page through the
 * content script, rendering. Measured in the real toolbar popup (`action.openPopup()`) and, on
 * the demo, in popup.html opened as a tab (how the tests drive it). Also from the moment the
 * service worker asked for the popup (what the click costs the reader, window creation
 * included) and the popup's first paint. What code the popup loads before the preview is the
 * bundle section's "popup" group (read from the build: extension pages report no resource
 * timing for their own files).
 * Baselines, interleaved run by run: the capture alone (the same content script injected by the
 * service worker into the same tab — what the popup waits for in any case), and an empty page
 * opened as the toolbar popup (bench-blank.html in a copy of the test build) — the browser's
 * own cost of showing a popup.
 * @module scripts/bench/popup
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { attachActionPopup, launchWithExtension, type ExtensionBrowser } from '../lib/browser';
import { serveDirectory } from '../lib/static-server';
import { heavyArticlePage } from './article-page';
import { extensionWithExtras } from './extension-copy';
import { against, stats, type Figure } from './report';
import { runsFor, type BenchOptions, type SectionResult } from './section';

/** The extension API as code evaluated in the service worker sees it (typing only). */
declare const chrome: WxtBrowser;

const MARK = 'pressclip:preview';
const BLANK = 'bench-blank.html';
/** As little as a popup can be: one line of text, nothing loaded. */
const BLANK_PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Pressclip</title><p>Reading the article…</p></html>';

/** What one opening of the popup reports, from inside it. */
interface Opening {
  /** Navigation start → preview mark. */
  previewMs: number;
  /** Navigation start → first contentful paint ("Reading the article…"). */
  firstPaintMs: number;
  /** Epoch ms (high resolution) of the preview mark, to compare with the service worker's clock. */
  previewAt: number;
}

/** Runs in the empty popup: its first paint, from its navigation start. */
const READ_FIRST_PAINT = `new Promise((done) => {
  const check = () => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint) done(paint.startTime);
    else setTimeout(check, 10);
  };
  check();
})`;

/** Runs in the popup: waits for the preview mark and reports the opening. */
const READ_OPENING = `new Promise((done, fail) => {
  const started = Date.now();
  const check = () => {
    const [mark] = performance.getEntriesByName(${JSON.stringify(MARK)});
    if (mark) {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      done({ previewMs: mark.startTime, firstPaintMs: paint ? paint.startTime : NaN, previewAt: performance.timeOrigin + mark.startTime });
    } else if (Date.now() - started > 20000) fail(new Error('no preview within 20 s'));
    else setTimeout(check, 10);
  };
  check();
})`;

export async function benchPopup(options: BenchOptions): Promise<SectionResult> {
  const runs = runsFor(options, 11, 5);
  const heavy = heavyArticlePage();
  const server = await serveDirectory(resolve('demo'), { '/heavy.html': () => heavy });
  const extension = extensionWithExtras({ [BLANK]: BLANK_PAGE });
  const browser = await launchWithExtension({ headless: true, extensionPath: extension.path });
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  try {
    for (const [name, url, demo] of [
      ['demo article', server.url, true],
      ['2 MB article page', `${server.url}heavy.html`, false],
    ] as const) {
      const article = await browser.context.newPage();
      await article.goto(url);
      const action: Opening[] = [];
      const tab: Opening[] = [];
      const sinceRequest: number[] = [];
      const capture: number[] = [];
      const blank: number[] = [];
      // Warm-up: the service worker, the disk cache and the database are cold once.
      await inActionPopup(browser, article);
      await captureAlone(browser, url);
      for (let run = 0; run < runs; run++) {
        options.progress(`popup: ${name}, run ${run + 1}/${runs}`);
        const opened = await inActionPopup(browser, article);
        action.push(opened.opening);
        sinceRequest.push(opened.sinceRequestMs);
        capture.push(await captureAlone(browser, url));
        if (demo) {
          const inTab = await inPopupTab(browser, article);
          tab.push(inTab);
          blank.push(await blankActionPopup(browser, article));
        }
      }
      await article.close();
      const captured = stats(capture);
      const preview = stats(action.map((o) => o.previewMs));
      figures.push({
        section: 'popup',
        name: `open → preview, toolbar popup, ${name}`,
        unit: 'ms',
        ...preview,
        samples: runs,
        baseline: { name: 'capture alone', unit: 'ms', ...captured },
        ...(demo && { target: against('popup-preview-demo', preview.median) }),
      });
      figures.push({
        section: 'popup',
        name: `  first paint ("Reading…"), ${name}`,
        unit: 'ms',
        ...stats(action.map((o) => o.firstPaintMs)),
        samples: runs,
        ...(demo && { baseline: { name: 'empty popup page', unit: 'ms' as const, ...stats(blank) } }),
      });
      figures.push({
        section: 'popup',
        name: `  from the request to open it, ${name}`,
        unit: 'ms',
        ...stats(sinceRequest),
        samples: runs,
        ...(demo && { detail: "action.openPopup() called in the service worker → preview mark, the browser's creation of the popup window included (clocks of two processes)" }),
      });
      if (demo) {
        figures.push({ section: 'popup', name: `open → preview, popup.html in a tab, ${name}`, unit: 'ms', ...stats(tab.map((o) => o.previewMs)), samples: runs, baseline: { name: 'capture alone', unit: 'ms', ...captured } });
      }
      raw[name] = { action, tab, sinceRequest, capture, blank };
    }
  } finally {
    await browser.close();
    await server.close();
    extension.remove();
  }
  return { figures, raw };
}

async function inActionPopup(browser: ExtensionBrowser, article: Page): Promise<{ opening: Opening; sinceRequestMs: number }> {
  await article.bringToFront();
  const worker = await browser.serviceWorker();
  const requestedAt = await worker.evaluate(async () => {
    const at = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return at;
  });
  const popup = await attachActionPopup(browser);
  try {
    const opening = await popup.evaluate<Opening>(READ_OPENING);
    return { opening, sinceRequestMs: opening.previewAt - requestedAt };
  } finally {
    await popup.close();
  }
}

/** The empty page as the toolbar popup: navigation start → first paint. */
async function blankActionPopup(browser: ExtensionBrowser, article: Page): Promise<number> {
  await article.bringToFront();
  const worker = await browser.serviceWorker();
  await worker.evaluate(async (blank) => {
    await chrome.action.setPopup({ popup: blank });
    await chrome.action.openPopup();
  }, BLANK);
  const popup = await attachActionPopup(browser, 10_000, BLANK);
  try {
    return await popup.evaluate<number>(READ_FIRST_PAINT);
  } finally {
    await popup.close();
    await worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
  }
}

/** popup.html as a tab beside the article (which stays the active tab). */
async function inPopupTab(browser: ExtensionBrowser, article: Page): Promise<Opening> {
  const popup = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 380, height: 600 });
    await article.bringToFront();
    await popup.goto(`${browser.origin}popup.html`);
    return await popup.evaluate<Opening>(READ_OPENING);
  } finally {
    await popup.close();
  }
}

/** The capture alone: the service worker injects the popup's content script into the article's tab. */
async function captureAlone(browser: ExtensionBrowser, url: string): Promise<number> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async ({ pageUrl, script }) => {
    const [target] = (await chrome.tabs.query({})).filter((t) => t.url === pageUrl);
    if (target?.id === undefined) throw new Error(`No tab shows ${pageUrl}`);
    const start = performance.now();
    await chrome.scripting.executeScript({ target: { tabId: target.id }, files: [script] });
    return performance.now() - start;
  }, { pageUrl: url, script: '/extract.js' as const });
}
