/**
 * The library (options page) in real Chromium with the built extension: filter, search, edit,
 * bulk move, delete with undo, recently deleted, live update from the popup, collections, coverage, the sandboxed
 * article frame, accessibility (axe, light and dark) and the German UI. One browser for the file;
 * the tests build on each other's library, in order.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../scripts/bench/page-bundle';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage } from '../../scripts/lib/pages';
import { axeViolations } from '../support/axe';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import type { Clipping, Collection } from '@/utils/db';
import { makeClipping } from '../support/clippings';

let browser: ExtensionBrowser;
let server: StaticServer;
let seedScript: string;
let options: OptionsPage;

const collections: Collection[] = [
  { id: 'rat', name: 'Stadtrat', description: 'Sitzungen und Beschlüsse', defaultTags: [], createdAt: 1 },
  { id: 'werke', name: 'Stadtwerke', description: '', defaultTags: ['Energie'], createdAt: 2 },
];
// In December 2026: after every generated clipping (the generator's year ends in November).
const day = (d: number) => new Date(Date.UTC(2026, 11, d, 9)).toISOString();
const clippings: Clipping[] = [
  makeClipping({ id: 'a', title: 'Neue Werrebrücke eröffnet', tags: ['Verkehr', 'Lemgo'], publishedTime: day(24), text: 'Die Fußgängerbrücke ist frei.', contentHtml: '<p>Die Fußgängerbrücke ist frei.</p>' }),
  makeClipping({ id: 'b', title: 'Haushalt 2027 beschlossen', tags: ['Haushalt', 'Lemgo'], collectionId: 'rat', siteName: 'Lippische Rundschau', publishedTime: day(23), text: 'Die Kämmerin legt den Plan vor.' }),
  makeClipping({ id: 'c', title: 'Stadtwerke senken Gaspreis', tags: ['Energie'], collectionId: 'werke', publishedTime: day(22), note: 'Für den Pressespiegel', text: 'Der Preis sinkt.' }),
  makeClipping({ id: 'd', title: 'Council approves cycle lanes', tags: ['cycling'], siteName: 'Wessex Gazette', lang: 'en-GB', authors: ['Emma Smith'], publishedTime: day(21), text: 'The council voted.' }),
  makeClipping({
    id: 'e',
    title: 'Artikel mit Schadcode',
    tags: [],
    publishedTime: day(20),
    text: 'Harmlos',
    contentHtml: '<p>Harmlos</p><img src="x" onerror="parent.__pwned=1"><script>parent.__pwned=2</script><a href="javascript:parent.__pwned=3">Link</a>',
    captions: [{ text: 'Die Brücke am Abend', credit: 'Stadt Altenbruch' }],
  }),
];
const GENERATED = 40;
const TOTAL = clippings.length + GENERATED;

async function seed(page: Page): Promise<void> {
  await page.evaluate(seedScript);
  await page.evaluate(
    ([c, k, n]) => {
      const support = (globalThis as unknown as { seedSupport: { seed: (c: unknown, k: unknown) => Promise<void>; seedGenerated: (n: number, id: string) => Promise<void> } }).seedSupport;
      return support.seed(c, k).then(() => support.seedGenerated(n, 'inbox'));
    },
    [collections, clippings, GENERATED] as const,
  );
}

beforeAll(async () => {
  [seedScript, server, browser] = await Promise.all([bundleForPage('tests/support/seed-page.ts', 'seedSupport'), serveDirectory(resolve('demo')), launchWithExtension()]);
  // Seed from an extension page that is not the library, as the popup or an import would.
  const seeder = await browser.context.newPage();
  await seeder.goto(`${browser.origin}popup.html`);
  await seed(seeder);
  await seeder.close();
  options = await OptionsPage.open(browser);
  await options.waitForResultCount(`${TOTAL} clippings`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function storedClipping(id: string): Promise<Clipping | undefined> {
  return options.page.evaluate(
    (key) =>
      new Promise<Clipping | undefined>((done, fail) => {
        const open = indexedDB.open('pressclip');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('clippings').objectStore('clippings').get(key);
          request.onsuccess = () => done(request.result as Clipping | undefined);
          request.onerror = () => fail(request.error);
        };
      }),
    id,
  );
}

/** Waits until the list shows exactly these headlines (the count alone can be the previous result's). */
async function expectTitles(expected: string[]): Promise<void> {
  await expect.poll(() => options.titles()).toEqual(expected);
}

describe('the library', () => {
  it('should list newest first, filter by tag and collection, and keep the filter in the address', async () => {
    expect((await options.titles()).slice(0, 5)).toEqual(clippings.map((c) => c.title));

    await options.filterByTag('lemgo');
    await options.waitForResultCount(`2 clippings of ${TOTAL}`);
    expect(await options.titles()).toEqual(['Neue Werrebrücke eröffnet', 'Haushalt 2027 beschlossen']);
    expect(await options.hashQuery()).toBe('tag=Lemgo');

    await options.filterByCollection('Stadtrat');
    await options.waitForResultCount(`1 clipping of ${TOTAL}`);
    expect(await options.hashQuery()).toBe('collection=rat&tag=Lemgo');

    await options.page.reload();
    await options.waitForResultCount(`1 clipping of ${TOTAL}`);
    expect(await options.titles()).toEqual(['Haushalt 2027 beschlossen']);

    await options.clearFilters();
    await options.filterByOutlet('Wessex Gazette');
    await options.waitForResultCount(`1 clipping of ${TOTAL}`);
    expect(await options.titles()).toEqual(['Council approves cycle lanes']);
    await options.clearFilters();
    await options.waitForResultCount(`${TOTAL} clippings`);
  });

  it('should find clippings by words of the text, the notes and the captions, with or without umlauts', async () => {
    await options.search('fussgaengerbr');
    await expectTitles(['Neue Werrebrücke eröffnet']);
    expect(await options.resultCount()).toBe(`1 clipping of ${TOTAL}`);

    await options.search('Pressespiegel');
    await expectTitles(['Stadtwerke senken Gaspreis']);

    await options.search('Altenbruch Abend');
    await expectTitles(['Artikel mit Schadcode']);
    expect(await options.hashQuery()).toBe('q=Altenbruch Abend');

    await options.search('');
    await options.waitForResultCount(`${TOTAL} clippings`);
  });

  it('should show the article only in a sandboxed frame, sanitized, with captions and credits', async () => {
    const detail = await options.openClipping('Artikel mit Schadcode');

    const frame = detail.locator('iframe.clip-frame');
    expect(await frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
    expect(srcdoc).toContain('<p>Harmlos</p>');
    for (const dangerous of ['onerror', '<script', 'javascript:']) expect(srcdoc).not.toContain(dangerous);
    expect(await options.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await detail.locator('.detail-captions li').allTextContents()).toEqual(['Die Brücke am Abend — Photo: Stadt Altenbruch']);
  });

  it('should edit tags, note and collection in the detail view', async () => {
    await options.openClipping('Stadtwerke senken Gaspreis');

    await options.editOpenClipping({ addTags: ['Preise'], note: 'Zitat auf Seite 3', collection: 'Stadtrat' });

    await expect.poll(() => options.row('Stadtwerke senken Gaspreis').locator('.clip-tags li').allTextContents()).toEqual(['Energie', 'Preise']);
    expect(await options.row('Stadtwerke senken Gaspreis').locator('.clip-collection').textContent()).toBe('Stadtrat');
    expect(await storedClipping('c')).toMatchObject({ tags: ['Energie', 'Preise'], note: 'Zitat auf Seite 3', collectionId: 'rat' });
  });

  it('should move a selection to another collection', async () => {
    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.waitForResultCount(`${TOTAL} clippings`);

    await options.select(['Neue Werrebrücke eröffnet', 'Council approves cycle lanes']);
    await options.moveSelectedTo('Stadtwerke');

    await options.filterByCollection('Stadtwerke');
    await options.waitForResultCount(`2 clippings of ${TOTAL}`);
    expect(await options.titles()).toEqual(['Neue Werrebrücke eröffnet', 'Council approves cycle lanes']);
    expect((await storedClipping('d'))?.collectionId).toBe('werke');
  });

  it('should delete a selection and bring it back with Undo', async () => {
    await options.clearFilters();
    await options.page.getByRole('button', { name: 'Clear selection' }).click();
    await options.select(['Haushalt 2027 beschlossen']);

    await options.deleteSelected();
    await options.waitForResultCount(`${TOTAL - 1} clippings`);
    expect(await options.titles()).not.toContain('Haushalt 2027 beschlossen');
    expect(await storedClipping('b')).toBeUndefined();

    await options.undo();
    await options.waitForResultCount(`${TOTAL} clippings`);
    expect(await storedClipping('b')).toMatchObject({ title: 'Haushalt 2027 beschlossen', tags: ['Haushalt', 'Lemgo'], collectionId: 'rat' });
  });

  it('should delete the open clipping from its detail view, undoably', async () => {
    const detail = await options.openClipping('Council approves cycle lanes');
    await detail.getByRole('button', { name: 'Delete', exact: true }).click();

    await options.notice().filter({ hasText: '1 clipping deleted.' }).waitFor();
    await options.waitForResultCount(`${TOTAL - 1} clippings`);
    await options.undo();
    await options.waitForResultCount(`${TOTAL} clippings`);
  });

  it('should show a clipping saved from the popup without a reload', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    const popup = await PopupPage.open(browser, article);
    await popup.waitForPreview();
    await popup.addTags(['Werretal']);

    await popup.save();

    await options.waitForResultCount(`${TOTAL + 1} clippings`);
    await options.page.getByRole('search').getByLabel('Date', { exact: true }).selectOption({ label: 'Clipped' });
    await expect.poll(async () => (await options.titles())[0]).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    await Promise.all([article.close(), popup.page.close()]);
  });
});

describe('recently deleted', () => {
  const extra = [
    makeClipping({ id: 'x', title: 'Leserbrief: Die Brücke ist zu schmal', tags: [], publishedTime: day(25) }),
    makeClipping({ id: 'y', title: 'Kommentar: Ein Fest für Altenbruch', tags: [], publishedTime: day(26) }),
  ];

  it('should keep deleted clippings after a reload, restore one or all, and delete for good only when asked', async () => {
    const seeder = await browser.context.newPage();
    await seeder.goto(`${browser.origin}popup.html`);
    await seeder.evaluate(seedScript);
    await seeder.evaluate((c) => (globalThis as unknown as { seedSupport: { seed: (k: unknown, c: unknown) => Promise<void> } }).seedSupport.seed([], c), extra);
    await seeder.close();
    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.waitForResultCount(`${TOTAL + 3} clippings`);
    await options.select(['Leserbrief: Die Brücke ist zu schmal', 'Kommentar: Ein Fest für Altenbruch', 'Haushalt 2027 beschlossen']);
    await options.deleteSelected();
    await options.waitForResultCount(`${TOTAL} clippings`);

    // A reload: the Undo of the notice is gone, the clippings are not.
    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.waitForResultCount(`${TOTAL} clippings`);
    await options.page.getByRole('navigation').getByRole('link', { name: 'Recently deleted' }).click();
    const list = options.page.getByRole('list', { name: 'Deleted clippings' });
    await expect.poll(() => list.locator('.trash-title').allTextContents()).toHaveLength(3);
    expect(await axeViolations(options.page)).toEqual([]);

    const focused = () => options.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    await options.page.getByRole('button', { name: 'Restore Haushalt 2027 beschlossen' }).click();
    await options.notice().filter({ hasText: '1 clipping restored.' }).waitFor();
    expect(await storedClipping('b')).toMatchObject({ title: 'Haushalt 2027 beschlossen', tags: ['Haushalt', 'Lemgo'], collectionId: 'rat' });
    // The keyboard goes on from the row that took the place of the one acted on (the last, here).
    await expect.poll(focused).toBe('Restore Leserbrief: Die Brücke ist zu schmal');
    await options.page.keyboard.press('Tab');
    await options.page.keyboard.press('Enter'); // "Delete … for good" of that row
    await options.notice().filter({ hasText: '1 clipping deleted for good.' }).waitFor();
    await expect.poll(() => list.locator('.trash-title').allTextContents()).toEqual(['Kommentar: Ein Fest für Altenbruch']);
    await expect.poll(focused).toBe('Restore Kommentar: Ein Fest für Altenbruch');

    await options.page.getByRole('button', { name: 'Delete all for good…' }).click();
    const dialog = options.page.getByRole('dialog', { name: 'Delete 1 clipping for good?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await options.page.getByRole('button', { name: 'Restore all (1 clipping)' }).click();
    await options.page.getByText('Nothing has been deleted in the last 30 days.').waitFor();
    await expect.poll(focused).toBe('Recently deleted');
    expect(await storedClipping('y')).toMatchObject({ title: 'Kommentar: Ein Fest für Altenbruch' });
    expect(await storedClipping('x')).toBeUndefined();

    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.waitForResultCount(`${TOTAL + 2} clippings`);
    await options.select(['Kommentar: Ein Fest für Altenbruch']);
    await options.deleteSelected();
    await options.page.getByRole('navigation').getByRole('link', { name: 'Recently deleted' }).click();
    await options.page.getByRole('button', { name: 'Delete all for good…' }).click();
    await options.page.getByRole('dialog', { name: 'Delete 1 clipping for good?' }).getByRole('button', { name: 'Delete for good' }).click();
    await options.page.getByText('Nothing has been deleted in the last 30 days.').waitFor();
    expect(await storedClipping('y')).toBeUndefined();

    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.waitForResultCount(`${TOTAL + 1} clippings`);
  });
});

describe('collections and coverage', () => {
  it('should create, rename and delete a collection, naming the count before deleting', async () => {
    await options.page.goto(`${browser.origin}options.html#/collections`);
    const page = options.page;
    const create = page.getByRole('form', { name: 'New collection' });
    await create.getByLabel('Name', { exact: true }).fill('Pressespiegel Dezember');
    await create.getByLabel('Description', { exact: true }).fill('Für die Geschäftsführung');
    await create.getByRole('button', { name: 'Create collection' }).click();
    await page.locator('.collection-name', { hasText: 'Pressespiegel Dezember' }).waitFor();

    await create.getByLabel('Name', { exact: true }).fill('stadtrat');
    await create.getByRole('button', { name: 'Create collection' }).click();
    await create.getByRole('alert').filter({ hasText: 'There is already a collection named “stadtrat”.' }).waitFor();

    await page.getByRole('button', { name: 'Edit collection Pressespiegel Dezember' }).click();
    const edit = page.getByRole('form', { name: 'Edit “Pressespiegel Dezember”' });
    await edit.getByLabel('Name', { exact: true }).fill('Pressespiegel Januar');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.collection-name', { hasText: 'Pressespiegel Januar' }).waitFor();

    await page.getByRole('button', { name: 'Delete collection Stadtrat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the collection “Stadtrat”?' });
    await expect.poll(() => dialog.locator('legend').textContent()).toBe('It holds 2 clippings. What should happen to them?');
    await dialog.getByLabel('Move 2 clippings to the Inbox').check();
    await dialog.getByRole('button', { name: 'Delete collection' }).click();

    await options.notice().filter({ hasText: 'Collection “Stadtrat” deleted; 2 clippings moved to the Inbox.' }).waitFor();
    expect(await page.locator('.collection-name').allTextContents()).not.toContain('Stadtrat');
    expect((await storedClipping('b'))?.collectionId).toBe('inbox');
    expect(await page.getByRole('button', { name: 'Delete collection Inbox' }).count()).toBe(0);
  });

  it('should sum up the coverage of a collection by day, outlet, author and tag', async () => {
    await options.page.goto(`${browser.origin}options.html#/coverage?collection=werke`);
    const page = options.page;
    await page.getByRole('heading', { name: 'Coverage: Stadtwerke' }).waitFor();

    expect(await page.locator('.coverage-totals dd').allTextContents()).toEqual(['2', '2', '0']);
    const outlets = page.locator('.ranking', { has: page.getByRole('heading', { name: 'By outlet' }) });
    expect(await outlets.locator('tbody td:first-child').allTextContents()).toEqual(['Werretal-Bote', 'Wessex Gazette']);
    await page.getByRole('img', { name: /^Clippings per day from/ }).waitFor();

    await outlets.getByRole('link', { name: 'Wessex Gazette' }).click();
    await options.waitForResultCount(`1 clipping of ${TOTAL + 1}`);
    expect(await options.titles()).toEqual(['Council approves cycle lanes']);
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('should have no axe violations in the %s theme', async (colorScheme) => {
    const page = options.page;
    await page.emulateMedia({ colorScheme });
    const views = ['#/library/c?tag=Energie', '#/collections', '#/coverage?collection=werke', '#/export', '#/trash'];
    for (const hash of views) {
      await page.goto(`${browser.origin}options.html${hash}`);
      await page.locator('main h2').first().waitFor();
      if (hash.startsWith('#/library')) {
        await options.detail().waitFor();
        await options.select(['Stadtwerke senken Gaspreis']);
      }
      expect(await axeViolations(page), hash).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
  });

  it('should be usable with the keyboard: arrows move between headlines, x selects', async () => {
    await options.page.goto(`${browser.origin}options.html#/library`);
    await options.page.reload(); // a fresh page: no selection left from the tests above
    await options.waitForResultCount(`${TOTAL + 1} clippings`);
    const page = options.page;
    await page.locator('li.clip .clip-title').first().focus();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('x');

    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe((await options.titles())[2]);
    await page.getByRole('status').filter({ hasText: '1 clipping selected' }).waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe(String(TOTAL + 1));
  });
});

describe('in German', () => {
  it('should label the library in German', async () => {
    const german = await launchWithExtension({ locale: 'de' });
    try {
      const page = (await OptionsPage.open(german)).page;
      await page.getByRole('heading', { name: 'Pressclip-Archiv' }).waitFor();
      expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Archiv', 'Sammlungen', 'Resonanz', 'Export und Sicherung', 'Zuletzt gelöscht']);
      await page.getByLabel('Suche', { exact: true }).waitFor();
      await page.getByRole('heading', { name: '0 Ausschnitte' }).waitFor();
    } finally {
      await german.close();
    }
  });
});
