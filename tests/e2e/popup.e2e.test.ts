/**
 * The popup as a journalist uses it, in real Chromium with the built extension: tags and a new
 * collection, corrected metadata, "already clipped" and Update, the selection (popup and context
 * menu), the quick-save shortcut, pages that cannot be clipped, a popup closed right after Save,
 * the German UI and an accessibility check. One browser per language for the whole file.
 *
 * Every article below is the demo article under its own canonical URL, so each test has an
 * article of its own (the canonical URL is the article's identity for "already clipped").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { attachActionPopup, launchWithExtension, openOptions, type ExtensionBrowser } from '../../scripts/lib/browser';
import { PopupPage } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { axeViolations } from '../support/axe';
import { readStore } from '../support/extension-db';

/** The extension API as code evaluated in the service worker sees it (typing only; not a Node global). */
declare const chrome: WxtBrowser;

const HEADLINE = 'Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch';
const CANONICAL = 'https://www.werretal-bote.example/lokales/altenbruch/neue-werrebruecke-eroeffnet/';
const demo = readFileSync(resolve('demo/index.html'), 'utf8');
/** The demo article with its own canonical URL (and optionally other changes to its markup). */
const article = (slug: string, change: (html: string) => string = (html) => html) => () => change(demo.replaceAll(CANONICAL, `${CANONICAL}${slug}/`));

interface StoredClipping {
  id: string;
  url: string;
  urlKey: string;
  kind: string;
  title: string;
  authors: string[];
  publishedTime?: string;
  tags: string[];
  note: string;
  collectionId: string;
  text: string;
  contentHtml: string;
  clippedAt: number;
  updatedAt: number;
}

let browser: ExtensionBrowser;
let server: StaticServer;
/** An extension page kept open to read the database and reach extension APIs. */
let library: Page;

beforeAll(async () => {
  server = await serveDirectory(resolve('demo'), {
    '/new-collection.html': article('new-collection'),
    '/edit.html': article('edit', (html) => html.replace('"isAccessibleForFree": true', '"isAccessibleForFree": false')),
    '/selection.html': article('selection'),
    '/menu.html': article('menu'),
    '/menu-fallback.html': article('menu-fallback'),
    '/quick-setup.html': article('quick-setup'),
    '/quick.html': article('quick'),
    '/close.html': article('close'),
    '/axe.html': article('axe'),
    '/no-article.html': () => `<!doctype html><html lang="de"><head><title>Übersicht Lokales</title></head><body><nav><ul>${'<li><a href="/a">Lokales</a></li>'.repeat(20)}</ul></nav></body></html>`,
  });
  browser = await launchWithExtension();
  library = await openOptions(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

async function clippingsOf(url: string): Promise<StoredClipping[]> {
  return (await readStore<StoredClipping>(library, 'clippings')).filter((c) => c.url === url);
}

/** Selects the article's second paragraph, as a reader's drag would, and returns its text. */
async function selectSecondParagraph(page: Page): Promise<string> {
  return page.evaluate(() => {
    const paragraph = document.querySelectorAll('.entry-content > p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return paragraph.textContent!.replace(/\s+/g, ' ').trim();
  });
}

/** The preview quotes a selection shortened (ending in " …"); compare what it shows. */
function startOf(text: string | null): string {
  return (text ?? '').replace(/ …$/, '').slice(0, 200);
}

/** Calls the background's real listener, as a click on the menu entry or a shortcut would. */
async function dispatchInBackground(event: 'menu' | 'command', pageUrl: string, selectionText = ''): Promise<number> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(
    async ({ event, pageUrl, selectionText }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (!tab?.id) throw new Error(`no tab for ${pageUrl}`);
      type Dispatchable = { dispatch: (...args: unknown[]) => void };
      if (event === 'menu') {
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId: 'clip-selection', selectionText, pageUrl, editable: false }, tab);
      } else {
        (chrome.commands.onCommand as unknown as Dispatchable).dispatch('quick-save', tab);
      }
      return tab.id;
    },
    { event, pageUrl, selectionText },
  );
}

async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

describe('the popup', () => {
  it('should clip with tags and a new collection, and suggest those tags next time', async () => {
    const page = await openArticle('new-collection.html');
    const popup = await PopupPage.open(browser, page);
    expect(await popup.waitForPreview()).toBe(HEADLINE);

    await popup.addTags(['Werretal', ' radverkehr ', 'Radverkehr']);
    await popup.createCollection('Stadtrat Altenbruch');
    expect(await popup.chosenCollection()).toBe('Stadtrat Altenbruch');
    await popup.writeNote('Für den Pressespiegel am Montag');
    await popup.save();

    const [stored] = await clippingsOf(page.url());
    const collections = await readStore<{ id: string; name: string }>(library, 'collections');
    expect(stored).toMatchObject({ kind: 'article', title: HEADLINE, tags: ['Werretal', 'radverkehr'], note: 'Für den Pressespiegel am Montag' });
    expect(collections.find((c) => c.id === stored!.collectionId)?.name).toBe('Stadtrat Altenbruch');

    // The next popup preselects that collection and suggests the tags used.
    const next = await PopupPage.open(browser, await openArticle('edit.html'));
    await next.waitForPreview();
    await expect.poll(() => next.chosenCollection()).toBe('Stadtrat Altenbruch');
    expect(await next.tagSuggestions()).toEqual(expect.arrayContaining(['Werretal', 'radverkehr']));
    await next.page.close();
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should save a corrected author, dateline and date, and flag a paywalled article', async () => {
    const page = await openArticle('edit.html');
    const popup = await PopupPage.open(browser, page);
    await popup.waitForPreview();
    expect(await popup.field('partial').textContent()).toBe('Partial (paywall)');

    await popup.editDetails({ Authors: 'Jana Köster, Ole Brandt', Dateline: 'Bad Salzuflen', Date: '2026-11-27' });
    expect(await popup.field('author').textContent()).toBe('Jana Köster, Ole Brandt');
    expect(await popup.field('dateline').textContent()).toBe('Bad Salzuflen');
    expect(await popup.field('date').textContent()).toBe('Nov 27, 2026');
    await popup.save();

    const [stored] = await clippingsOf(page.url());
    expect(stored).toMatchObject({ authors: ['Jana Köster', 'Ole Brandt'], dateline: 'Bad Salzuflen', publishedTime: '2026-11-27T14:30:00+01:00', isPartial: true });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should open an article clipped before as "already in", and update it in place', async () => {
    // The same article as in the first test, reached through a newsletter link.
    const page = await openArticle('new-collection.html?utm_source=newsletter&utm_medium=email');
    const popup = await PopupPage.open(browser, page);
    await popup.waitForPreview();
    await expect.poll(() => popup.alreadyClipped()).toMatch(/^Already in “Stadtrat Altenbruch” since \w{3} \d{1,2}, \d{4}\.$/);
    expect(await popup.tags()).toEqual(['Werretal', 'radverkehr']);
    const [before] = (await readStore<StoredClipping>(library, 'clippings')).filter((c) => c.url.endsWith('/new-collection.html'));

    await popup.addTags(['Brücke']);
    await popup.writeNote('Nachtrag: Zahl der Gäste korrigiert');
    await popup.update();

    const all = (await readStore<StoredClipping>(library, 'clippings')).filter((c) => c.urlKey === before!.urlKey);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: before!.id, clippedAt: before!.clippedAt, tags: ['Werretal', 'radverkehr', 'Brücke'], note: 'Nachtrag: Zahl der Gäste korrigiert' });
    expect(all[0]!.updatedAt).toBeGreaterThan(before!.updatedAt);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should clip only the selection when the popup is asked to', async () => {
    const page = await openArticle('selection.html');
    const selected = await selectSecondParagraph(page);
    const popup = await PopupPage.open(browser, page);
    await popup.waitForPreview();

    await popup.chooseKind('Selection');
    expect(startOf(selected)).toContain(startOf(await popup.field('quote').textContent()));
    await popup.save();

    const [stored] = await clippingsOf(page.url());
    expect(stored).toMatchObject({ kind: 'selection', text: selected, title: HEADLINE, authors: ['Jana Köster'] });
    expect(stored!.contentHtml).toMatch(/^<p[ >]/);
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should say why a page without an article cannot be clipped, and keep it as a link', async () => {
    const page = await openArticle('no-article.html');
    const popup = await PopupPage.open(browser, page);

    expect(await popup.failureText()).toContain('No article was found on this page');
    await popup.save('Save as link');

    const [stored] = await clippingsOf(page.url());
    expect(stored).toMatchObject({ kind: 'link', title: 'Übersicht Lokales', text: '' });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it("should say why a PDF in the browser's viewer cannot be read, and keep it as a link", async () => {
    const page = await browser.context.newPage();
    const pdfUrl = `${server.url}haushaltsplan-2027.pdf`;
    await page.route(pdfUrl, (route) => route.fulfill({ contentType: 'application/pdf', body: minimalPdf() }));
    await page.goto(pdfUrl).catch(() => undefined); // the viewer, not a document, answers the navigation
    const popup = await PopupPage.open(browser, page);

    expect(await popup.failureText()).toContain("This is a PDF in the browser's viewer, which extensions cannot read.");
    await popup.save('Save as link');

    const [stored] = await clippingsOf(pdfUrl);
    expect(stored).toMatchObject({ kind: 'link', url: pdfUrl });
    await Promise.all([page.close(), popup.page.close()]);
  });

  it('should store the clipping even when the popup is closed right after Save', async () => {
    const page = await openArticle('close.html');
    const popup = await PopupPage.open(browser, page);
    await popup.waitForPreview();
    await popup.addTags(['Eilig']);

    await popup.page.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.page.close();

    await expect.poll(async () => (await clippingsOf(page.url())).map((c) => c.tags), { timeout: 10_000 }).toEqual([['Eilig']]);
    await page.close();
  });

  it('should have no accessibility violations, light and dark', async () => {
    const page = await openArticle('axe.html');
    await selectSecondParagraph(page);
    const popup = await PopupPage.open(browser, page);
    await popup.waitForPreview();
    // Everything unfolded: the metadata editor, the new-collection row, the tag suggestions.
    await popup.editDetails({});
    await popup.page.getByRole('button', { name: 'New collection' }).click();
    await popup.tagSuggestions();

    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme });
      expect(await axeViolations(popup.page), colorScheme).toEqual([]);
    }

    const failurePage = await openArticle('no-article.html');
    const failurePopup = await PopupPage.open(browser, failurePage);
    await failurePopup.failureText();
    expect(await axeViolations(failurePopup.page)).toEqual([]);
    await Promise.all([page.close(), popup.page.close(), failurePage.close(), failurePopup.page.close()]);
  });
});

describe('without the popup', () => {
  it('should open the popup with the selection from the context menu, and save it', async () => {
    const page = await openArticle('menu.html');
    const selected = await selectSecondParagraph(page);
    await page.bringToFront(); // the popup acts on the active tab of its window

    await dispatchInBackground('menu', page.url(), selected);
    const popup = await attachActionPopup(browser);
    await popup.evaluate(`new Promise((done) => { const check = () => document.querySelector('[data-field="quote"]') ? done() : setTimeout(check, 50); check(); })`);

    expect(await popup.evaluate<boolean>(`document.querySelector('input[name="clip-kind"][value="selection"]').checked`)).toBe(true);
    expect(startOf(selected)).toContain(startOf(await popup.evaluate<string>(`document.querySelector('[data-field="quote"]').textContent`)));
    await popup.evaluate(`document.querySelector('button[type="submit"]').click()`);
    await popup.evaluate(`new Promise((done) => { const check = () => document.querySelector('.status-ok') ? done() : setTimeout(check, 50); check(); })`);
    await popup.close();

    const [stored] = await clippingsOf(page.url());
    expect(stored).toMatchObject({ kind: 'selection', text: selected, title: HEADLINE });
    await page.close();
  });

  it('should save the selection itself and confirm on the badge where the popup cannot open', async () => {
    const page = await openArticle('menu-fallback.html');
    const selected = await selectSecondParagraph(page);
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => {
      const action = chrome.action as unknown as { openPopup: unknown; realOpenPopup?: unknown };
      action.realOpenPopup = action.openPopup;
      action.openPopup = () => Promise.reject(new Error('Could not find an active browser window.'));
    });

    const tabId = await dispatchInBackground('menu', page.url(), selected);

    try {
      await expect.poll(async () => (await clippingsOf(page.url())).map((c) => [c.kind, c.text])).toEqual([['selection', selected]]);
      const [stored] = await clippingsOf(page.url());
      const collection = (await readStore<{ id: string; name: string }>(library, 'collections')).find((c) => c.id === stored!.collectionId);
      await expect.poll(() => badgeOf(tabId)).toEqual({ text: '✓', title: `Pressclip: saved to “${collection!.name}”.` });
    } finally {
      await worker.evaluate(() => {
        const action = chrome.action as unknown as { openPopup: unknown; realOpenPopup?: unknown };
        action.openPopup = action.realOpenPopup;
      });
    }
    await page.close();
  });

  it('should quick-save the page with the last collection and tags, and not twice', async () => {
    const earlier = await openArticle('quick-setup.html');
    const popup = await PopupPage.open(browser, earlier);
    await popup.waitForPreview();
    await popup.chooseCollection('Inbox');
    await popup.addTags(['Schnell', 'Werretal']);
    await popup.save();
    await Promise.all([earlier.close(), popup.page.close()]);
    const page = await openArticle('quick.html');

    const tabId = await dispatchInBackground('command', page.url());

    await expect.poll(async () => (await clippingsOf(page.url())).length).toBe(1);
    const [stored] = await clippingsOf(page.url());
    expect(stored).toMatchObject({ kind: 'article', title: HEADLINE, collectionId: 'inbox', tags: ['Schnell', 'Werretal'] });
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: '✓' });

    await dispatchInBackground('command', page.url());
    await expect.poll(() => badgeOf(tabId)).toMatchObject({ text: '=', title: expect.stringMatching(/^Pressclip: already in “.+” since .+, not saved again\.$/) });
    expect(await clippingsOf(page.url())).toHaveLength(1);
    await page.close();
  });
});

describe('in a German browser', () => {
  let german: ExtensionBrowser;

  beforeAll(async () => {
    german = await launchWithExtension({ locale: 'de' });
  });

  afterAll(async () => {
    await german?.close();
  });

  it('should show the popup in German, with German dates', async () => {
    const page = await german.context.newPage();
    await page.goto(server.url);
    const popup = await PopupPage.open(german, page);
    await popup.waitForPreview();

    const ui = popup.page;
    expect(await ui.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.field('date').textContent()).toBe('26.11.2026');
    await expect.poll(() => ui.getByLabel('Sammlung', { exact: true }).locator('option:checked').innerText()).toBe('Inbox');
    for (const name of ['Speichern', 'Neue Sammlung']) expect(await ui.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    for (const label of ['Schlagwörter', 'Sammlung', 'Notiz']) expect(await ui.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await ui.locator('summary').allTextContents()).toEqual(['Bildunterschriften: 1', 'Angaben bearbeiten']);

    await ui.getByLabel('Schlagwörter', { exact: true }).fill('Brücke');
    await ui.getByRole('button', { name: 'Speichern', exact: true }).click();
    await ui.getByRole('status').filter({ hasText: 'Gespeichert' }).waitFor();
    await ui.close();

    // The real toolbar popup, which no test tooling emulates a locale for: German strings, German dates.
    await page.bringToFront();
    await (await german.serviceWorker()).evaluate(() => chrome.action.openPopup());
    const toolbarPopup = await attachActionPopup(german);
    await toolbarPopup.evaluate(`new Promise((done) => { const check = () => document.querySelector('[data-state="already-clipped"]') ? done() : setTimeout(check, 50); check(); })`);
    expect(await toolbarPopup.evaluate<string[]>(`[document.documentElement.lang, document.querySelector('[data-field="date"]').textContent, document.querySelector('[data-state="already-clipped"]').textContent]`)).toEqual([
      'de',
      '26.11.2026',
      expect.stringMatching(/^Schon in „Inbox“ seit \d{2}\.\d{2}\.\d{4}\.$/),
    ]);
    await toolbarPopup.close();
    await page.close();
  });
});

/** A one-page PDF, small enough to write inline. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
