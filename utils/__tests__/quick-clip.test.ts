// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '@/utils/badge';
import { saveClipping } from '@/utils/clippings';
import type { CaptureResponse, PageCapture } from '@/utils/messages';
import { clipSelectionFromMenu, quickSavePage, quickSaveSelection } from '@/utils/quick-clip';
import { selectionRequest } from '@/utils/session-state';
import { lastCollectionId, lastTags } from '@/utils/settings';
import { createTestDb, makeDraft } from '@/tests/support/clippings';

const { kind: _k, tags: _t, collectionId: _c, note: _n, ...article } = makeDraft({ url: 'https://www.werretal-bote.example/lokales/werrebruecke/' });
const tab = { id: 7, url: article.url, title: 'Neue Werrebrücke – Werretal-Bote' };
const selection = { html: '<p>Die Brücke ist offen.</p>', text: 'Die Brücke ist offen.', wordCount: 4 };

function page(over: Partial<PageCapture> = {}): CaptureResponse {
  return { ok: true, capture: { extraction: { ok: true, article }, title: tab.title, url: tab.url, selection: null, ...over } };
}
const capturing = (response: CaptureResponse) => () => Promise.resolve(response);

describe('quickSavePage', () => {
  it('should save the article with the last used collection and tags', async () => {
    const database = createTestDb();
    await database.collections.add({ id: 'c2', name: 'Stadtrat', description: '', defaultTags: [], createdAt: 0 });
    await lastCollectionId.setValue('c2');
    await lastTags.setValue(['Haushalt', 'Lemgo']);

    const outcome = await quickSavePage(tab, { capture: capturing(page()), database, now: 5_000 });

    expect(outcome).toMatchObject({ status: 'saved', collectionName: 'Stadtrat', clipping: { kind: 'article', collectionId: 'c2', tags: ['Haushalt', 'Lemgo'], title: article.title } });
    expect(await database.clippings.count()).toBe(1);
    expect(badgeFor(outcome)).toEqual({ text: '✓', color: '#1d6b35', title: 'Pressclip: saved to “Stadtrat”.' });
  });

  it('should fall back to the Inbox when the last collection was deleted', async () => {
    const database = createTestDb();
    await lastCollectionId.setValue('deleted-meanwhile');

    const outcome = await quickSavePage(tab, { capture: capturing(page()), database });

    expect(outcome).toMatchObject({ status: 'saved', collectionName: 'Inbox', clipping: { collectionId: 'inbox' } });
  });

  it('should not save an article twice, and say where it is', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ url: `${article.url}?utm_source=newsletter` }), database, Date.UTC(2026, 10, 26, 12));

    const outcome = await quickSavePage(tab, { capture: capturing(page()), database });

    expect(outcome).toMatchObject({ status: 'already', collectionName: 'Inbox' });
    expect(await database.clippings.count()).toBe(1);
    expect(badgeFor(outcome)).toEqual({ text: '=', color: '#1d6b35', title: 'Pressclip: already in “Inbox” since Nov 26, 2026, not saved again.' });
  });

  it.each([
    ['a browser page', { ok: false, reason: 'browser-page' } as CaptureResponse, 'browser-page'],
    ['a page without article', page({ extraction: { ok: false, reason: 'not-an-article' } }), 'not-an-article'],
  ])('should save nothing from %s and explain on the badge', async (_name, response, reason) => {
    const database = createTestDb();

    const outcome = await quickSavePage(tab, { capture: capturing(response), database });

    expect(outcome).toEqual({ status: 'failed', reason });
    expect(await database.clippings.count()).toBe(0);
    expect(badgeFor(outcome).text).toBe('!');
    expect(badgeFor(outcome).title).toMatch(/^Pressclip: not saved\. \S/);
  });
});

describe('quickSaveSelection', () => {
  it('should save the captured selection with the article metadata', async () => {
    const database = createTestDb();

    const outcome = await quickSaveSelection(tab, 'ignored when the page has its own', { capture: capturing(page({ selection })), database });

    expect(outcome).toMatchObject({ status: 'saved', clipping: { kind: 'selection', contentHtml: selection.html, text: selection.text, authors: ['Jana Köster'] } });
  });

  it("should save the browser's copy of the text where the page refuses the capture", async () => {
    const database = createTestDb();

    const outcome = await quickSaveSelection({ ...tab, url: 'https://www.werretal-bote.example/epaper.pdf' }, 'Rat <beschließt>', { capture: capturing({ ok: false, reason: 'pdf' }), database });

    expect(outcome).toMatchObject({ status: 'saved', clipping: { kind: 'selection', contentHtml: '<p>Rat &lt;beschließt&gt;</p>', title: tab.title, url: 'https://www.werretal-bote.example/epaper.pdf' } });
  });

  it('should fail without a selection', async () => {
    expect(await quickSaveSelection(tab, '', { capture: capturing(page()), database: createTestDb() })).toEqual({ status: 'failed', reason: 'no-selection' });
  });
});

describe('clipSelectionFromMenu', () => {
  it('should leave the selection to the popup when the popup opens', async () => {
    const database = createTestDb();
    const openPopup = vi.fn(() => Promise.resolve());

    const outcome = await clipSelectionFromMenu(tab, 'Die Brücke ist offen.', { openPopup, capture: capturing(page({ selection })), database, now: 9_000 });

    expect(outcome).toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await selectionRequest.getValue()).toEqual({ tabId: 7, selectionText: 'Die Brücke ist offen.', at: 9_000 });
    expect(await database.clippings.count()).toBe(0);
  });

  it('should save the selection itself where the popup cannot open', async () => {
    const database = createTestDb();

    const outcome = await clipSelectionFromMenu(tab, 'Die Brücke ist offen.', { openPopup: () => Promise.reject(new Error('no window')), capture: capturing(page({ selection })), database });

    expect(outcome).toMatchObject({ status: 'saved', clipping: { kind: 'selection' } });
    expect(await selectionRequest.getValue()).toBeNull();
  });

  it('should open the popup through the toolbar action by default', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    (fakeBrowser as unknown as { action: { openPopup: typeof openPopup } }).action.openPopup = openPopup;

    expect(await clipSelectionFromMenu(tab, 'Text', { capture: capturing(page({ selection })), database: createTestDb() })).toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
  });
});

describe('sanitizing before a background save', () => {
  // The capture script runs in the page's renderer: whatever it returns is cleaned again here.
  const hostile = '<p>Text<img src="https://bilder.example/a.jpg" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">Link</a></p>';

  it('should store the article as DOMPurify leaves it, not as the page returned it', async () => {
    const database = createTestDb();

    const outcome = await quickSavePage(tab, { capture: capturing(page({ extraction: { ok: true, article: { ...article, contentHtml: hostile } } })), database });

    expect(outcome).toMatchObject({ status: 'saved' });
    expect((await database.clippings.toArray())[0]?.contentHtml).toBe('<p>Text<img src="https://bilder.example/a.jpg"><a>Link</a></p>');
  });

  it('should store a selection as DOMPurify leaves it', async () => {
    const database = createTestDb();

    await quickSaveSelection(tab, '', { capture: capturing(page({ selection: { ...selection, html: hostile } })), database });

    expect((await database.clippings.toArray())[0]?.contentHtml).not.toMatch(/onerror|script|javascript:/);
  });

  it('should save nothing when the sanitizer is unavailable', async () => {
    const database = createTestDb();

    const outcome = await quickSavePage(tab, { capture: capturing(page()), database, sanitize: () => Promise.reject(new Error('no DOM')) });

    expect(outcome).toEqual({ status: 'failed', reason: 'failed' });
    expect(await database.clippings.count()).toBe(0);
  });
});
