/**
 * The whole path in real Chromium with the built extension: article page → popup (real
 * extraction through scripting.executeScript) → tags → Save (background write) → options page
 * lists it → the Markdown ZIP downloaded from the export page the library opens.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { expectDemoNote, expectedDemoClipping, readStoredClippings } from '../support/demo-article';

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

describe('clipping the demo article', () => {
  it('should show the preview, save with tags, list it in the library and export Markdown', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url);

    const popup = await PopupPage.open(browser, article);
    expect(await popup.waitForPreview()).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    await expect.poll(() => popup.field('outlet').textContent()).toBe('Werretal-Bote');
    expect(await popup.field('author').textContent()).toBe('Jana Köster');
    expect(await popup.field('date').textContent()).toBe('Nov 26, 2026');
    expect(await popup.field('dateline').textContent()).toBe('Altenbruch');

    await popup.addTags(['Werretal', 'Radverkehr']);
    await popup.save();

    const options = await OptionsPage.open(browser);
    await options.clippings().first().waitFor();
    expect(await options.clippings().count()).toBe(1);
    const row = options.clippings().first();
    expect(await row.locator('.clip-title').textContent()).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    expect(await row.locator('.clip-outlet').textContent()).toBe('Werretal-Bote');
    expect(await row.locator('.clip-tags li').allTextContents()).toEqual(['Werretal', 'Radverkehr']);

    const [stored] = await options.page.evaluate(readStoredClippings);
    expect(stored).toMatchObject(expectedDemoClipping(server.url));

    await options.openExport();
    expect(await options.exportHeading()).toBe('Export “All clippings” 1 clipping');
    const zip = await options.exportFile([/^Markdown notes/]);
    expect(zip.fileName).toBe('All clippings.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(files)).toEqual(['2026-11-26 Werretal-Bote - Neue Werrebrücke eröffnet Hunderte feiern in Altenbruch.md']);
    expectDemoNote(strFromU8(Object.values(files)[0]!), server.url);
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

describe('clipping a page saved on this computer', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'pressclip-saved-page-'));
    cpSync(resolve('demo'), folder, { recursive: true });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // The browser allows this build to read files (see wxt.config.ts); a reader's browser does once
  // "Allow access to file URLs" is on, else the popup says so (utils/page-access.ts).
  it('should clip a file:// copy of an article, and know it for the article clipped from the web', async () => {
    const fileUrl = pathToFileURL(join(folder, 'index.html')).href;
    const page = await browser.context.newPage();
    await page.goto(fileUrl);

    const popup = await PopupPage.open(browser, page);
    expect(await popup.waitForPreview()).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    expect(await popup.field('author').textContent()).toBe('Jana Köster');
    // A saved page keeps its canonical address: the clip of the web page above is the same article.
    await expect.poll(() => popup.alreadyClipped()).toMatch(/^Already in “Inbox” since /);
    await popup.save('Save as new');

    const options = await OptionsPage.open(browser);
    await options.clippings().first().waitFor();
    const stored = (await options.page.evaluate(readStoredClippings)).filter((c) => c.url === fileUrl);
    expect(stored).toEqual([expect.objectContaining(expectedDemoClipping(fileUrl))]);
    await Promise.all([page.close(), popup.page.close(), options.page.close()]);
  });
});
