import { afterEach, describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '@/utils/background';
import { saveClipping } from '@/utils/clippings';
import { lastCollectionId, lastTags } from '@/utils/settings';
import { createTestDb, makeDraft } from '@/tests/support/clippings';
import { installMessages } from '@/tests/support/i18n';

const ID = 'pressclip-test-id';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };

describe('handleBackgroundMessage', () => {
  it('should save a clipping for the popup, answer once it is stored and remember the choices', async () => {
    const database = createTestDb();
    await database.collections.add({ id: 'c2', name: 'Stadtrat', description: '', defaultTags: [], createdAt: 0 });

    const answer = await handleBackgroundMessage({ type: 'save-clipping', draft: makeDraft({ collectionId: 'c2', tags: ['Haushalt'] }) }, popup, ID, ORIGIN, database);

    expect(answer?.ok).toBe(true);
    if (!answer?.ok || !('clipping' in answer)) throw new Error('expected a saved clipping');
    expect(await database.clippings.get(answer.clipping.id)).toEqual(answer.clipping);
    expect(await lastCollectionId.getValue()).toBe('c2');
    expect(await lastTags.getValue()).toEqual(['Haushalt']);
  });

  it('should update a clipping in place', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ note: '' }), database, 1_000);

    const answer = await handleBackgroundMessage({ type: 'update-clipping', id: saved.id, draft: makeDraft({ note: 'Zitat prüfen' }) }, popup, ID, ORIGIN, database);

    expect(answer).toMatchObject({ ok: true, clipping: { id: saved.id, clippedAt: 1_000, note: 'Zitat prüfen' } });
    expect(await database.clippings.count()).toBe(1);
  });

  it('should create a collection, and find it again by name in another letter case', async () => {
    const database = createTestDb();

    const first = await handleBackgroundMessage({ type: 'create-collection', name: 'Stadtwerke' }, popup, ID, ORIGIN, database);
    const second = await handleBackgroundMessage({ type: 'create-collection', name: 'stadtwerke' }, popup, ID, ORIGIN, database);

    expect(first).toMatchObject({ ok: true, created: true, collection: { name: 'Stadtwerke' } });
    expect(second).toMatchObject({ ok: true, created: false, collection: { name: 'Stadtwerke' } });
    expect(await database.collections.count()).toBe(2);
  });

  it.each([
    ['save into a missing collection', { type: 'save-clipping', draft: makeDraft({ collectionId: 'gone' }) }, 'missing-collection'],
    ['update of a deleted clipping', { type: 'update-clipping', id: 'gone', draft: makeDraft() }, 'missing-clipping'],
  ])('should answer a failed %s with a reason, not an exception', async (_name, message, reason) => {
    const answer = await handleBackgroundMessage(message, popup, ID, ORIGIN, createTestDb());

    expect(answer).toMatchObject({ ok: false, reason });
  });

  describe('in a German browser', () => {
    afterEach(() => installMessages('en'));

    it('should answer a refused collection name with the reason in the UI language', async () => {
      installMessages('de');

      const answer = await handleBackgroundMessage({ type: 'create-collection', name: '   ' }, popup, ID, ORIGIN, createTestDb());

      expect(answer).toEqual({ ok: false, reason: 'failed', message: 'Geben Sie der Sammlung einen Namen.' });
    });
  });

  it('should store only the fields a draft has, not whatever else a message carries', async () => {
    const database = createTestDb();

    const answer = await handleBackgroundMessage({ type: 'save-clipping', draft: { ...makeDraft(), isAdmin: true, __proto__x: 1 } }, popup, ID, ORIGIN, database);

    if (!answer?.ok || !('clipping' in answer)) throw new Error('expected a saved clipping');
    const stored = await database.clippings.get(answer.clipping.id);
    expect(stored).not.toHaveProperty('isAdmin');
    expect(stored).not.toHaveProperty('__proto__x');
  });

  it.each([
    ['a content script in a web page', { id: ID, url: 'https://evil.example/', tab: {} }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['an unknown sender', {}],
  ])('should ignore %s', async (_name, sender) => {
    const database = createTestDb();

    const answer = handleBackgroundMessage({ type: 'save-clipping', draft: makeDraft() }, sender, ID, ORIGIN, database);

    expect(answer).toBeUndefined();
    expect(await database.clippings.count()).toBe(0);
  });

  it.each([[null], ['save-clipping'], [{ type: 'delete-everything' }], [{ draft: makeDraft() }]])('should leave the message %j to others', (message) => {
    expect(handleBackgroundMessage(message, popup, ID, ORIGIN, createTestDb())).toBeUndefined();
  });

  it.each([
    ['no draft', { type: 'save-clipping' }, 'draft'],
    ['tags that are not a list', { type: 'save-clipping', draft: { ...makeDraft(), tags: 'Lemgo' } }, 'draft.tags'],
    ['an unknown kind', { type: 'save-clipping', draft: makeDraft({ kind: 'screenshot' as never }) }, 'draft.kind'],
    ['a negative word count', { type: 'save-clipping', draft: makeDraft({ wordCount: -1 }) }, 'draft.wordCount'],
    ['an update without id', { type: 'update-clipping', draft: makeDraft() }, 'id'],
    ['a collection name that is not text', { type: 'create-collection', name: 42 }, 'name'],
  ])('should refuse a request with %s and write nothing', async (_name, message, path) => {
    const database = createTestDb();

    const answer = await handleBackgroundMessage(message, popup, ID, ORIGIN, database);

    expect(answer).toMatchObject({ ok: false, reason: 'invalid-request' });
    expect(answer && !answer.ok && answer.message).toContain(path);
    expect(await database.clippings.count()).toBe(0);
    expect(await database.collections.count()).toBe(1);
  });
});
