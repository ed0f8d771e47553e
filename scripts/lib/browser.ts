/**
 * Real Chromium with the built extension loaded, for the demo, the end-to-end tests and the
 * benchmarks. Uses the system's Chromium (Debian `chromium`, or CHROMIUM_PATH).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The test build: the production bundle plus access to http://127.0.0.1/* and local files (see wxt.config.ts). */
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) {
    throw new Error(`Chromium not found. Install Debian's "chromium" package or set CHROMIUM_PATH. Looked in: ${CANDIDATES.join(', ')}`);
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/ */
  origin: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionPath?: string;
  /** Browser UI language, e.g. "de" (sets --lang and the Accept-Language). */
  locale?: string;
  /** Where downloads land. */
  downloadsPath?: string;
  headless?: boolean;
}

/** Launches Chromium with the extension and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = resolve(options.extensionPath ?? E2E_BUILD);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}. Run "npm run build:e2e" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'pressclip-profile-'));
  const locale = options.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? !process.env.DISPLAY,
    locale,
    acceptDownloads: true,
    ...(options.downloadsPath && { downloadsPath: options.downloadsPath }),
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    origin: `chrome-extension://${extensionId}/`,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the real popup page as a tab beside `article` and makes the article the active tab, so
 * the popup's `tabs.query({ active: true, currentWindow: true })` finds it, as it would after a
 * toolbar click.
 */
export async function openPopupFor(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await article.bringToFront();
  await popup.goto(`${browser.origin}popup.html`);
  return popup;
}

export async function openOptions(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}options.html${hash}`);
  return page;
}

/** A DevTools protocol answer to Runtime.evaluate, as it arrives through Target.receivedMessageFromTarget. */
interface EvaluateReply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } };
  error?: { message: string };
}

/** The popup the browser opened itself (`action.openPopup()`), which Playwright does not list as a page. */
export interface ActionPopup {
  /** Evaluates `expression` (awaiting a promise) in the popup and returns the JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Waits for the extension's real action popup and attaches to it over the browser's DevTools
 * protocol. Pages Playwright opened (e.g. popup.html in a tab) are attached already and skipped.
 * `page` is the popup's file, if `action.setPopup` changed it.
 */
export async function attachActionPopup(browser: ExtensionBrowser, timeoutMs = 10_000, page = 'popup.html'): Promise<ActionPopup> {
  const chromium = browser.context.browser();
  if (!chromium) throw new Error('attachActionPopup needs the Chromium browser of the context');
  const cdp = await chromium.newBrowserCDPSession();
  const deadline = Date.now() + timeoutMs;
  let targetId: string | undefined;
  while (!targetId) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.type === 'page' && !t.attached && t.url === `${browser.origin}${page}`)?.targetId;
    if (targetId) break;
    if (Date.now() > deadline) throw new Error(`No action popup appeared within ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  // flatten: false routes the popup's protocol messages through this browser session.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (reply: EvaluateReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as EvaluateReply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  let nextId = 1;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = nextId++;
      const reply = await new Promise<EvaluateReply>((done) => {
        pending.set(id, done);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
        });
      });
      pending.delete(id);
      const failure = reply.error?.message ?? reply.result?.exceptionDetails?.exception?.description ?? reply.result?.exceptionDetails?.text;
      if (failure) throw new Error(`In the action popup: ${failure}`);
      return reply.result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
