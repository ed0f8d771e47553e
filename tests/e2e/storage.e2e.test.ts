/**
 * Storage safety in real Chromium with the built extension: a full disk shows the message and
 * keeps the draft; the library asks for persistent storage; and 1,000 writes from two extension
 * pages and the background at the same time all arrive.
 *
 * Chromium does not apply an imposed quota to an extension's origin: with
 * `Storage.overrideQuotaForOrigin` active (`Storage.getUsageAndQuota` reports quota 1 and
 * `overrideActive`), `navigator.storage.estimate()` still reports the disk's share and a
 * 100 kB IndexedDB write still commits, with or without `unlimitedStorage`. So the full disk is
 * made where it strikes: the background's IndexedDB object stores refuse writes with the
 * `QuotaExceededError` a full disk raises, and the transaction aborts as it then does.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../scripts/bench/page-bundle';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { readStore } from '../support/extension-db';
import type { WritePlan } from '../support/concurrent-writes';

let browser: ExtensionBrowser;
let server: StaticServer;
let writerScript: string;
beforeAll(async () => {
  [writerScript, server, browser] = await Promise.all([
    bundleForPage('tests/support/concurrent-writes.ts', 'writers'),
    serveDirectory(resolve('demo')),
    launchWithExtension(),
  ]);
  // Counts the pages' requests for persistent storage (the browser's answer is its own affair).
  await browser.context.addInitScript(() => {
    const storage = navigator.storage as StorageManager & { persist: () => Promise<boolean> };
    const persist = storage.persist.bind(storage);
    storage.persist = () => {
      (globalThis as unknown as { __persistRequests: number }).__persistRequests = ((globalThis as unknown as { __persistRequests?: number }).__persistRequests ?? 0) + 1;
      return persist();
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a full disk', () => {
  it('should say the disk is full, keep the draft, and save it once there is room', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    const popup = await PopupPage.open(browser, article);
    await popup.waitForPreview();
    await popup.addTags(['Werretal', 'Entwurf']);
    await popup.writeNote('Für den Wochenrückblick, Zitat auf S. 2 prüfen.');

    // The disk fills up: every write of the background (where saves happen) fails as Chrome's do.
    const background = await browser.serviceWorker();
    const fillDisk = (full: boolean) =>
      background.evaluate((full) => {
        const stores = IDBObjectStore.prototype as IDBObjectStore & { __writes?: Pick<IDBObjectStore, 'add' | 'put'> };
        stores.__writes ??= { add: stores.add, put: stores.put };
        const refuse = () => {
          throw new DOMException('The disk is full.', 'QuotaExceededError');
        };
        stores.add = full ? refuse : stores.__writes.add;
        stores.put = full ? refuse : stores.__writes.put;
      }, full);
    await fillDisk(true);
    await popup.page.getByRole('button', { name: 'Save', exact: true }).click();

    await popup.page.getByText('Not saved: the disk is full.').waitFor({ timeout: 15_000 });
    await expect.poll(() => popup.page.getByText('your clipping is still here').count()).toBe(1);
    expect(await popup.tags()).toEqual(['Werretal', 'Entwurf']);
    expect(await popup.page.getByLabel('Note', { exact: true }).inputValue()).toBe('Für den Wochenrückblick, Zitat auf S. 2 prüfen.');
    expect(await readStore(popup.page, 'clippings')).toEqual([]);

    await fillDisk(false);
    await popup.save();
    const [saved] = await readStore(popup.page, 'clippings');
    expect(saved).toMatchObject({ tags: ['Werretal', 'Entwurf'], note: 'Für den Wochenrückblick, Zitat auf S. 2 prüfen.' });
    await Promise.all([article.close(), popup.page.close()]);
  });
});

describe('persistent storage', () => {
  it('should be asked for when the library opens', async () => {
    const options = await OptionsPage.open(browser);
    await expect.poll(() => options.page.evaluate(() => (globalThis as unknown as { __persistRequests?: number }).__persistRequests ?? 0)).toBe(1);
    await options.page.close();
  });
});

describe('writing from everywhere at once', () => {
  it('should keep all 1,000 interleaved writes of two pages and the background', async () => {
    const [first, second] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    // The popup page and the library: the two pages that write in real use.
    await Promise.all([first.goto(`${browser.origin}popup.html`), second.goto(`${browser.origin}options.html`)]);
    for (const page of [first, second]) await page.evaluate(writerScript);
    const sharedId = await first.evaluate(() => (globalThis as unknown as { writers: typeof import('../support/concurrent-writes') }).writers.createShared());
    const before = (await readStore(first, 'clippings')).length;

    // Per page: 250 own saves, 150 saves through the background, 100 tags on the shared clipping.
    const plan = (writer: string): WritePlan => ({ writer, direct: 250, viaBackground: 150, sharedTags: 100, sharedId });
    const run = (page: typeof first, p: WritePlan) => page.evaluate((p) => (globalThis as unknown as { writers: typeof import('../support/concurrent-writes') }).writers.writeConcurrently(p), p);
    const results = await Promise.all([run(first, plan('seite-a')), run(second, plan('seite-b'))]);
    expect(results).toEqual([{ failures: [] }, { failures: [] }]);

    const clippings = await readStore<{ id: string; url: string; tags: string[] }>(first, 'clippings');
    expect(clippings).toHaveLength(before + 2 * (250 + 150));
    const urls = new Set(clippings.map((c) => c.url));
    for (const writer of ['seite-a', 'seite-b', 'seite-a-bg', 'seite-b-bg']) {
      const count = writer.endsWith('-bg') ? 150 : 250;
      for (let i = 0; i < count; i++) expect(urls.has(`https://www.kreisblatt.example/${writer}/${i}`), `${writer} ${i}`).toBe(true);
    }
    const shared = clippings.find((c) => c.id === sharedId)!;
    expect(shared.tags).toHaveLength(200);
    // The tag statistics kept in step with every one of them.
    const stats = await readStore<{ key: string; count: number }>(first, 'tags');
    expect(stats.find((s) => s.key === 'seite-a')?.count).toBe(250);
    expect(stats.find((s) => s.key === 'seite-b-bg')?.count).toBe(150);
    expect(stats.filter((s) => /^seite-[ab]-\d+$/.test(s.key)).map((s) => s.count)).toEqual(Array(200).fill(1));

    // The library's index took in every write (its change log is written in the same transactions).
    const library = await OptionsPage.open(browser);
    await library.waitForResultCount(`${clippings.length.toLocaleString('en-US')} clippings`);
    await Promise.all([first.close(), second.close(), library.page.close()]);
  });
});
