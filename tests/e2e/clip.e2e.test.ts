/**
 * The whole path in real Chromium with the built extension: article page → popup (real
 * extraction through scripting.executeScript) → tags → Save (background write) → options page
 * lists it → Markdown export downloaded from the page.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(resolve('demo'), {
    '/no-article.html': () =>
      `<!doctype html><html lang="de"><head><title>Übersicht</title></head><body><nav><ul>${'<li><a href="/a">Lokales</a></li>'.repeat(20)}</ul></nav></body></html>`,
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Reads every stored clipping straight from IndexedDB in an extension page, bypassing the app's code. */
async function storedClippings(page: import('playwright-core').Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((done, fail) => {
        const open = indexedDB.open('pressclip');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('clippings').objectStore('clippings').getAll();
          request.onsuccess = () => done(request.result as Record<string, unknown>[]);
          request.onerror = () => fail(request.error);
        };
      }),
  );
}

describe('clipping the demo article', () => {
  it('should show the preview, save with tags, list it in the library and export Markdown', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url);

    const popup = await PopupPage.open(browser, article);
    expect(await popup.waitForPreview()).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    await expect.poll(() => popup.field('outlet').textContent()).toBe('Werretal-Bote');
    expect(await popup.field('author').textContent()).toBe('Jana Köster');
    expect(await popup.field('date').textContent()).toBe('Nov 26, 2026');

    await popup.addTags(['Werretal', 'Radverkehr']);
    await popup.save();

    const options = await OptionsPage.open(browser);
    await options.clippings().first().waitFor();
    expect(await options.clippings().count()).toBe(1);
    const row = options.clippings().first();
    expect(await row.locator('.clip-title').textContent()).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    expect(await row.locator('.clip-outlet').textContent()).toBe('Werretal-Bote');
    expect(await row.locator('.clip-tags li').allTextContents()).toEqual(['Werretal', 'Radverkehr']);

    const [stored] = await storedClippings(options.page);
    expect(stored).toMatchObject({
      title: 'Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch',
      authors: ['Jana Köster'],
      siteName: 'Werretal-Bote',
      publishedTime: '2026-11-26T14:30:00+01:00',
      url: server.url,
      tags: ['Werretal', 'Radverkehr'],
      collectionId: 'inbox',
      kind: 'article',
      captions: [expect.objectContaining({ credit: 'Stadt Altenbruch' })],
    });

    const { fileName, text } = await options.exportMarkdown();
    expect(fileName).toBe('Inbox.md');
    // One file for the collection: its own front matter, then each clipping with its metadata.
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(front).toEqual({ title: 'Inbox', clippings: 1 });
    for (const line of [
      '## Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch',
      '- **Outlet:** Werretal-Bote',
      '- **Authors:** Jana Köster',
      '- **Published:** 2026-11-26T14:30:00+01:00',
      '- **Tags:** Werretal, Radverkehr',
      '- **Collection:** Inbox',
      `- **URL:** <${server.url}>`,
    ]) {
      expect(text.split('\n'), line).toContain(line);
    }
    expect(text).toContain('Nach zwei Jahren Bauzeit ist die neue Fuß- und Radwegbrücke über die Werre freigegeben.');
    expect(text).toContain('(Foto: Stadt Altenbruch)');
    for (const boilerplate of ['Schreibe einen Kommentar', 'Akismet', 'Veröffentlicht von', 'Startseite', 'Impressum']) {
      expect(text, boilerplate).not.toContain(boilerplate);
    }
    await Promise.all([article.close(), popup.page.close(), options.page.close()]);
  });

  it('should say that a page without an article has none', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}no-article.html`);

    const popup = await PopupPage.open(browser, page);

    expect(await popup.failureText()).toContain('No article was found on this page');
    await Promise.all([page.close(), popup.page.close()]);
  });

  it("should say that the browser's own pages cannot be clipped", async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');

    const popup = await PopupPage.open(browser, page);

    expect(await popup.failureText()).toContain('This is a page of the browser itself');
    await Promise.all([page.close(), popup.page.close()]);
  });
});
