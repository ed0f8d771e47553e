/**
 * The hostile corpus (tests/support/hostile, 376 payloads) end to end in real Chromium with the
 * built extension: six news pages carry it in their bodies, captions, headlines, bylines,
 * JSON-LD and meta tags; each is clipped through the real popup, listed and opened in the
 * library, exported as Markdown notes, CSV, press review and JSON backup, and the backup is
 * restored into a fresh profile and opened again.
 *
 * In every frame of every page `pwn(n)` (what a payload calls when it runs), `alert` and its
 * relatives record the call; blocked inline script is recorded from `securitypolicyviolation`;
 * requests to the attacker host from extension pages are recorded too. The test reads all three.
 */
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage, type DownloadedFile } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { readStore } from '../support/extension-db';
import { findUnsafeMarkdown, findUnsafeMarkup } from '../support/hostile/inspect';
import { hostilePages } from '../support/hostile/pages';
import { ATTACKER_ORIGIN, HOSTILE_PAYLOADS } from '../support/hostile/payloads';

const PAGES = hostilePages(6);

/** Runs before any script of every frame: the tripwires. Self-contained (it is serialised). */
function tripwires(): void {
  const w = window as unknown as Record<string, unknown>;
  const record = (what: string) => {
    try {
      ((window.top as unknown as Record<string, string[]>).__pwned ??= []).push(what);
    } catch {
      window.top?.postMessage({ __pwned: what }, '*');
    }
  };
  w.pwn = (n: number) => record(`pwn(${n}) in ${location.href.slice(0, 60)}`);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = () => record(`${name}() in ${location.href.slice(0, 60)}`);
  if (window === window.top) {
    w.__pwned ??= [];
    w.__cspViolations = [];
    addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { __pwned?: unknown } | null;
      if (data && typeof data.__pwned === 'string') (w.__pwned as string[]).push(data.__pwned);
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective.startsWith('script-src')) (w.__cspViolations as string[]).push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  }
}

interface Watched {
  browser: ExtensionBrowser;
  /** Requests to the attacker host made by extension pages (or frames inside them). */
  leaks: string[];
}

async function launchWatched(): Promise<Watched> {
  const browser = await launchWithExtension();
  const leaks: string[] = [];
  await browser.context.addInitScript(tripwires);
  await browser.context.route(`${ATTACKER_ORIGIN}/**`, async (route) => {
    let from = 'a worker';
    try {
      from = route.request().frame().page().url();
    } catch {
      // Requests of service workers have no frame.
    }
    if (!from.startsWith('http://127.0.0.1')) leaks.push(`${route.request().url()} from ${from}`);
    await route.fulfill({ status: 204 });
  });
  return { browser, leaks };
}

/** What tripped in an extension page: payload calls and blocked inline script. */
async function tripped(page: Page): Promise<{ ran: string[]; blocked: string[]; armed: boolean }> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { ran: (w.__pwned as string[]) ?? [], blocked: (w.__cspViolations as string[]) ?? [], armed: typeof w.pwn === 'function' };
  });
}

async function expectNothingRan(page: Page, where: string): Promise<void> {
  expect(await tripped(page), where).toEqual({ ran: [], blocked: [], armed: true });
}

let watched: Watched;
let server: StaticServer;
let stored: Record<string, unknown>[];
let backup: DownloadedFile;

beforeAll(async () => {
  server = await serveDirectory(resolve('demo'), Object.fromEntries(PAGES.map((page) => [page.path, () => page.html])));
  watched = await launchWatched();
});

afterAll(async () => {
  await watched?.browser.close();
  await server?.close();
});

/**
 * The rendered body of the frame once it shows the clipping just opened. The detail view keeps
 * its frame and gives it a new `srcdoc`, which replaces the document in it: reading too early
 * either meets the document before (marked as read below) or a document being torn down.
 */
async function bodyOfNewDocument(frame: Locator, previousSrcdoc: string | null): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const srcdoc = await frame.getAttribute('srcdoc');
    // The same document as before (two clippings alike): nothing is replaced, so nothing to wait for.
    const acceptRead = srcdoc === previousSrcdoc;
    try {
      const { read, html } = await frame
        .contentFrame()
        .locator('body')
        .evaluate((body) => {
          const seen = body.hasAttribute('data-e2e-read');
          const inner = body.innerHTML;
          body.setAttribute('data-e2e-read', '');
          return { read: seen, html: inner };
        });
      if (!read || acceptRead) return html;
    } catch (error) {
      if (!/context was destroyed|detached/i.test(String(error))) throw error;
    }
    if (Date.now() > deadline) throw new Error('the detail frame did not show the clipping that was opened');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Opens each clipping of the library in the detail view; checks the frame and the tripwires. */
async function openEveryClipping(options: OptionsPage, count: number): Promise<void> {
  await options.clippings().nth(count - 1).waitFor();
  const frame = options.detail().locator('iframe.clip-frame');
  let previous: string | null = null;
  for (let i = 0; i < count; i++) {
    await options.clippings().nth(i).locator('.clip-title').click();
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    // The frame's document as rendered: nothing executable reached it.
    const html = await bodyOfNewDocument(frame, previous);
    expect(findUnsafeMarkup(new JSDOM(`<body>${html}</body>`).window.document.body)).toEqual([]);
    previous = await frame.getAttribute('srcdoc');
  }
  await expectNothingRan(options.page, 'library and detail view');
}

describe('the hostile corpus in the extension', () => {
  it('should arm the tripwires in extension pages (the test can fail)', async () => {
    const options = await OptionsPage.open(watched.browser);
    await options.page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'pwn(0)');
      img.src = 'x:broken';
      document.body.append(img);
      img.remove();
    });
    await expect.poll(async () => (await tripped(options.page)).blocked.length).toBeGreaterThan(0);
    // A request to the attacker host from an extension page is seen.
    await options.page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${ATTACKER_ORIGIN}/beacon/control`);
    expect(watched.leaks).toEqual([expect.stringContaining('/beacon/control from chrome-extension://')]);
    watched.leaks.length = 0;
    await options.page.close();
  });

  it('should clip every page through the popup without running or leaking anything', async () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(300);
    for (const hostile of PAGES) {
      const article = await watched.browser.context.newPage();
      await article.goto(`${server.url}${hostile.path.slice(1)}`);
      const popup = await PopupPage.open(watched.browser, article);
      // The headline arrives as the page's string, shown as text.
      expect(await popup.waitForPreview()).toBe(hostile.metadata.headline.source.replace(/\s+/g, ' ').trim());
      await popup.save();
      await expectNothingRan(popup.page, `popup for ${hostile.path}`);
      await Promise.all([article.close(), popup.page.close()]);
    }

    const options = await OptionsPage.open(watched.browser);
    stored = await readStore(options.page, 'clippings');
    expect(stored).toHaveLength(PAGES.length);
    for (const clipping of stored) {
      expect(findUnsafeMarkup(new JSDOM(`<body>${String(clipping.contentHtml)}</body>`).window.document.body), String(clipping.url)).toEqual([]);
      // The body reached the store: its probes are in the text.
      expect(String(clipping.text)).toMatch(/Probe \d+:/);
    }
    await openEveryClipping(options, PAGES.length);
    await options.page.close();
    expect(watched.leaks).toEqual([]);
  });

  it('should export Markdown, CSV, press review and backup with every field intact', async () => {
    expect(stored, 'the clipping test ran first').toBeDefined();
    const options = await OptionsPage.open(watched.browser);
    await options.goToExport();

    const zip = await options.exportFile([/^Markdown notes/, 'Full text']);
    const notes = Object.entries(unzipSync(new Uint8Array(zip.bytes))).filter(([name]) => name.endsWith('.md'));
    expect(notes).toHaveLength(PAGES.length);
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
    for (const [name, bytes] of notes) {
      expect(name).not.toMatch(/[/\\:*?"<>|]|^\.|\.\./);
      const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(strFromU8(bytes)) ?? [];
      const front = parseYaml(yaml!) as Record<string, unknown>;
      const clipping = stored.find((c) => c.url === front.url)!;
      expect(clipping, name).toBeDefined();
      expect(front).toMatchObject({ title: String(clipping.title).replace(controls, ''), collection: 'Inbox' });
      const authors = (clipping.authors as string[]).map((a) => a.replace(controls, ''));
      expect(front.authors ?? []).toEqual(authors);
      if (clipping.siteName) expect(front.outlet).toBe(String(clipping.siteName).replace(controls, ''));
      expect(findUnsafeMarkdown(body!), name).toEqual([]);
    }

    const csv = await options.exportFile([/^Coverage report/, /^Comma/]);
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(PAGES.length);
    const cell = (text: string) => (/^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      const clipping = stored.find((c) => c.url === row[header!.indexOf('URL')])!;
      expect(row[header!.indexOf('Headline')]).toBe(cell(String(clipping.title)));
      expect(row[header!.indexOf('Authors')]).toBe(cell((clipping.authors as string[]).join(', ')));
    }

    const review = await options.openPressReview();
    expect(await review.locator('article.clip').count()).toBe(PAGES.length);
    expect(await review.locator('script, iframe, object, embed, [onerror], [onload]').count()).toBe(0);
    await expectNothingRan(review, 'press review');
    await review.close();

    backup = await options.downloadBackup();
    const data = JSON.parse(backup.bytes.toString('utf8')) as { clippings: unknown[] };
    expect(data.clippings).toEqual(expect.arrayContaining(stored));
    await expectNothingRan(options.page, 'export page');
    await options.page.close();
    expect(watched.leaks).toEqual([]);
  });

  it('should restore the backup into a fresh profile and show it safely', async () => {
    expect(backup, 'the export test ran first').toBeDefined();
    const fresh = await launchWatched();
    try {
      const options = await OptionsPage.open(fresh.browser);
      await options.goToExport();
      expect(await options.chooseBackupFile(backup.path)).toEqual({ preview: expect.arrayContaining([`New clippings: ${PAGES.length}`]) });
      await options.confirmImport();
      const restored = await options.dumpDatabase();
      expect(restored.clippings).toEqual([...stored].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)));
      await options.page.getByRole('link', { name: 'Library' }).click();
      await openEveryClipping(options, PAGES.length);
      expect(fresh.leaks).toEqual([]);
    } finally {
      await fresh.browser.close();
    }
  });
});
