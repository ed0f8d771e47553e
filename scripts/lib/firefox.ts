/**
 * Real Firefox with the built extension installed as a temporary add-on, for the Firefox
 * end-to-end tests. Uses the system's Firefox (Debian `firefox-esr`, or FIREFOX_PATH), driven by
 * puppeteer-core over WebDriver BiDi: Playwright drives only its own patched Firefox, while stock
 * Firefox speaks BiDi natively.
 *
 * Four things differ from Chromium, each handled once here:
 * - BiDi opens moz-extension:// pages only when the browser runs with --remote-allow-system-access;
 * - the moz-extension:// host is a random UUID per profile unless a preference fixes it;
 * - `page.goto()` to a moz-extension:// or about: page loads it but never resolves, so
 *   navigation is fired and then polled (`gotoPrivilegedPage`);
 * - the toolbar button can be clicked, from the browser window's own scope (`clickToolbarButton`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox test build: the production bundle plus access to http://127.0.0.1/* (see wxt.config.ts). */
export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv3-e2e');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error(`Firefox not found. Install Debian's "firefox-esr" package or set FIREFOX_PATH. Looked in: ${CANDIDATES.join(', ')}`);
  }
  return path;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** browser_specific_settings.gecko.id of the installed build. */
  addonId: string;
  /** moz-extension://<uuid>/ */
  origin: string;
  /** Where downloads land: a fresh, empty directory per launch. */
  downloadsPath: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionPath?: string;
  headless?: boolean;
}

/** Launches Firefox with a fresh profile and installs the extension as a temporary add-on. */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const extensionPath = resolve(options.extensionPath ?? FIREFOX_E2E_BUILD);
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${extensionPath}. Run "npm run build:e2e-firefox" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id: is this a Firefox build?`);

  const profile = mkdtempSync(join(tmpdir(), 'pressclip-firefox-'));
  const downloadsPath = mkdtempSync(join(tmpdir(), 'pressclip-downloads-'));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? !process.env.DISPLAY,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The add-on's moz-extension:// host, fixed so the tests know its pages' addresses.
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Downloads go straight into our directory, without asking.
      'browser.download.dir': downloadsPath,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // The popup page runs in a background tab (the article must be the active one), where
      // Firefox stretches timers to 1 s and paints no animation frames; Preact runs effects on
      // such a timer, and each popup would idle for 2 s.
      'dom.min_background_timeout_value_without_budget_throttling': 0,
    },
  });
  try {
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonId,
    origin: `moz-extension://${uuid}/`,
    downloadsPath,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadsPath, { recursive: true, force: true });
    },
  };
}

/** Opens `url` (a moz-extension:// or about: page) in `page` and waits until it has loaded. */
export async function gotoPrivilegedPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  page.goto(url, { timeout: timeoutMs }).catch(() => undefined); // loads, but never resolves (see top)
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false); // the old document is going away
    if (loaded) return;
    await delay(100);
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms`);
}

/**
 * Opens the real popup page as a tab beside `article` and makes the article the active tab, so
 * the popup's `tabs.query({ active: true, currentWindow: true })` finds it, as it would after a
 * toolbar click. Puppeteer's pages are tabs of one window, as Playwright's are in Chromium.
 */
export async function openPopupFor(firefox: FirefoxWithExtension, article: Page): Promise<Page> {
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 380, height: 600 });
  await article.bringToFront();
  await gotoPrivilegedPage(popup, `${firefox.origin}popup.html`);
  return popup;
}

/**
 * Clicks the extension's toolbar button with `tab` in front, with the effects of a user's click:
 * Firefox grants activeTab for the tab (the only access the production package has to pages)
 * and opens the popup panel. The toolbar is not part of any page, so this runs in the browser
 * window's privileged scope (BiDi allows it under --remote-allow-system-access) and calls what
 * the button's click handler calls.
 */
export async function clickToolbarButton(firefox: FirefoxWithExtension, tab: Page): Promise<void> {
  await tab.bringToFront();
  const granted = await evaluateInBrowserWindow(
    firefox,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(firefox.addonId)}).extension;
      const action = ExtensionParent.apiManager.global.browserActionFor(extension);
      const granted = () => extension.tabManager.hasActiveTabPermission(window.gBrowser.selectedTab);
      action.triggerAction(window);
      // A click while the popup panel is still open only closes it: click once more.
      if (!granted()) action.triggerAction(window);
      return granted();
    })()`,
  );
  if (granted !== true) throw new Error('The toolbar click did not grant activeTab for the tab in front');
}

/** The slice of puppeteer's BiDi connection used here (puppeteer exposes it, but not in its types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Evaluates `expression` in the top browser window (chrome://browser/content/browser.xhtml); returns a primitive result. */
async function evaluateInBrowserWindow(firefox: FirefoxWithExtension, expression: string): Promise<unknown> {
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as { context: string }[];
  if (!window) throw new Error('Firefox reported no browser window');
  const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`In the browser window: ${JSON.stringify(result.exceptionDetails)}`);
  return (result.result as { value?: unknown } | undefined)?.value;
}

export async function openOptions(firefox: FirefoxWithExtension, hash = ''): Promise<Page> {
  const page = await firefox.browser.newPage();
  await gotoPrivilegedPage(page, `${firefox.origin}options.html${hash}`);
  return page;
}

/**
 * Runs `trigger` and returns the file it made Firefox download into `downloadsPath`: name and
 * text, once Firefox has finished writing it (no `.part` file left, size settled).
 */
export async function downloadFrom(
  firefox: FirefoxWithExtension,
  trigger: () => Promise<void>,
  timeoutMs = 15_000,
): Promise<{ fileName: string; text: string }> {
  const before = new Set(readdirSync(firefox.downloadsPath));
  await trigger();
  const deadline = Date.now() + timeoutMs;
  let last = { name: '', size: -1 };
  while (Date.now() < deadline) {
    const files = readdirSync(firefox.downloadsPath);
    const fresh = files.find((name) => !before.has(name) && !name.endsWith('.part'));
    if (fresh && !files.some((name) => name.endsWith('.part'))) {
      // Firefox may write under a temporary name and rename it: a file listed a moment ago can be
      // gone. Only a file seen twice under the same name and size is finished.
      const path = join(firefox.downloadsPath, fresh);
      const size = sizeOf(path);
      if (size > 0 && fresh === last.name && size === last.size) {
        const text = readIfThere(path);
        if (text !== undefined) return { fileName: fresh, text };
      }
      last = { name: fresh, size };
    }
    await delay(100);
  }
  throw new Error(`No download arrived in ${firefox.downloadsPath} within ${timeoutMs} ms`);
}

/** The file's size, or -1 when it is not there (any more). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
