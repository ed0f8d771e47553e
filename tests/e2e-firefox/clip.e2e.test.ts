/**
 * The main path in real Firefox ESR with the built extension (the Firefox counterpart of
 * tests/e2e/clip.e2e.test.ts): article page → popup (real extraction through
 * scripting.executeScript) → tags → Save (background write) → options page lists it →
 * Markdown export downloaded from the page. Then what only Firefox can show here: a real
 * toolbar click, whose activeTab grant is all the production package has, on a page outside the
 * test build's host permission, on Firefox's own pages and on a local file. One Firefox for the
 * whole file: it takes seconds to start.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, gotoPrivilegedPage, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { FirefoxOptionsPage, FirefoxPopupPage } from '../../scripts/lib/firefox-pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { DEMO_HEADLINE, DEMO_TAGS, expectDemoMarkdown, expectedDemoClipping, readStoredClippings } from '../support/demo-article';

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(resolve('demo'));
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openTab(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await (url.startsWith('about:') ? gotoPrivilegedPage(page, url) : page.goto(url));
  return page;
}

describe('clipping the demo article in Firefox', () => {
  it('should show the preview, save with tags, list it in the library and export Markdown', async () => {
    const article = await openTab(server.url);

    const popup = await FirefoxPopupPage.open(firefox, article);
    expect(await popup.waitForPreview()).toBe(DEMO_HEADLINE);
    expect(await popup.field('outlet')).toBe('Werretal-Bote');
    expect(await popup.field('author')).toBe('Jana Köster');
    expect(await popup.field('date')).toBe('Nov 26, 2026');

    await popup.addTags(DEMO_TAGS);
    await popup.save();

    const options = await FirefoxOptionsPage.open(firefox);
    expect(await options.clippings(1)).toEqual([{ title: DEMO_HEADLINE, outlet: 'Werretal-Bote', tags: DEMO_TAGS }]);
    const [stored] = await options.page.evaluate(readStoredClippings);
    expect(stored).toMatchObject(expectedDemoClipping(server.url));

    const { fileName, text } = await options.exportMarkdown();
    expect(fileName).toBe('All clippings.md');
    expectDemoMarkdown(text, server.url, 'All clippings');
    await Promise.all([article.close(), popup.page.close(), options.page.close()]);
  });

  it('should clip a page it may read only through the toolbar click (activeTab)', async () => {
    // localhost is not 127.0.0.1: the test build's host permission does not reach it.
    const article = await openTab(server.url.replace('127.0.0.1', 'localhost'));
    const unclicked = await FirefoxPopupPage.open(firefox, article);
    expect(await unclicked.failureText()).not.toBe(''); // a notice, not a preview: no access yet
    await unclicked.page.close();

    await clickToolbarButton(firefox, article);
    const popup = await FirefoxPopupPage.open(firefox, article);

    expect(await popup.waitForPreview()).toBe(DEMO_HEADLINE);
    await Promise.all([article.close(), popup.page.close()]);
  });

  it("should say that Firefox's own pages cannot be clipped", async () => {
    const page = await openTab('about:robots');
    await clickToolbarButton(firefox, page);

    const popup = await FirefoxPopupPage.open(firefox, page);

    expect(await popup.failureText()).toContain('This is a page of the browser itself');
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should say that Firefox keeps local files from extensions, and what to do instead', async () => {
    const page = await openTab(pathToFileURL(resolve('demo/index.html')).href);
    await clickToolbarButton(firefox, page);

    const popup = await FirefoxPopupPage.open(firefox, page);

    const notice = await popup.failureText();
    expect(notice).toContain('This is a file on your computer');
    expect(notice).toContain('Open the article from its web address instead.');
    await Promise.all([page.close(), popup.page.close()]);
  });
});
