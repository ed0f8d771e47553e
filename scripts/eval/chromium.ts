/**
 * The evaluation run inside Chromium, the DOM the content script really works on: each page is
 * served to one browser tab at its own URL (no network: the document comes from the pages
 * directory, every other request is refused, and a CSP stops the page's scripts), then the
 * adapter's extractor runs in the page (./chromium-page.ts). Times measured by the scorer
 * include loading the page into the tab; extraction time alone in Chromium is what
 * `npm run bench -- --only extraction` measures.
 * @module scripts/eval/chromium
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleForPage } from '../bench/page-bundle';
import { findChromium } from '../lib/browser';
import type { EvalOutput } from './outputs';

type Extractor = 'pressclip' | 'readability';

interface Tab {
  browser: Browser;
  page: Page;
  script: string;
  /** The document the next navigation is answered with. */
  html: string;
}

/**
 * The scorer calls `extract` page after page and then exits, without telling the adapter: the
 * browser closes itself once no page has come for this long, so the process can end.
 */
const IDLE_CLOSE_MS = 2_000;
const GLOBAL_NAME = 'pressclipEval';

let tab: Promise<Tab> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

export async function extractInChromium(extractor: Extractor, html: string, url: string): Promise<EvalOutput> {
  clearTimeout(idleTimer);
  tab ??= openTab();
  try {
    const current = await tab;
    current.html = html;
    // Some pages of a set are keyed by a name, not an address ("hard::page.html"): the tab loads
    // them at a stand-in address, and the extractor still gets the page's own key as its URL.
    const address = /^https?:\/\//i.test(url) ? url : `https://page.invalid/${encodeURIComponent(url)}`;
    await current.page.goto(address, { waitUntil: 'domcontentloaded' });
    await current.page.evaluate(current.script);
    return await current.page.evaluate(
      ([name, which, pageUrl]) => (globalThis as unknown as Record<string, { run(e: string, u: string): EvalOutput }>)[name]!.run(which, pageUrl),
      [GLOBAL_NAME, extractor, url] as const,
    );
  } finally {
    idleTimer = setTimeout(closeTab, IDLE_CLOSE_MS);
  }
}

async function openTab(): Promise<Tab> {
  const script = await bundleForPage('scripts/eval/chromium-page.ts', GLOBAL_NAME);
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const page = await browser.newPage();
  const current: Tab = { browser, page, script, html: '' };
  await page.route('**/*', (route) =>
    route.request().isNavigationRequest()
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: current.html })
      : route.abort(),
  );
  return current;
}

function closeTab(): void {
  void closeChromium();
}

/** Closes the browser now (the tests' teardown); the next page opens a new one. */
export async function closeChromium(): Promise<void> {
  clearTimeout(idleTimer);
  const closing = tab;
  tab = undefined;
  // A browser that never started has nothing to close (its pages reported the error).
  if (closing) await closing.then(({ browser }) => browser.close(), () => undefined);
}
