import { describe, expect, it } from 'vitest';
import { createCollection, findClippingByArticleKey, saveClipping, suggestTags, updateClipping } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import { articleKey } from '@/utils/url';
import { createTestDb, makeDraft } from '@/tests/support/clippings';

const CANONICAL = 'https://www.werretal-bote.example/lokales/werrebruecke/';

describe('findClippingByArticleKey', () => {
  it('should find a clipping of the same article reached through a tracking link', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ url: CANONICAL }), database, 1_000);

    const actual = await findClippingByArticleKey(articleKey(`${CANONICAL}?utm_source=newsletter#comments`), database);

    expect(actual?.id).toBe(saved.id);
  });

  it('should prefer the canonical URL the page declares', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ url: 'https://m.werretal-bote.example/a?id=7', canonicalUrl: CANONICAL }), database, 1_000);

    const actual = await findClippingByArticleKey(articleKey('https://amp.example/x', CANONICAL), database);

    expect(actual?.id).toBe(saved.id);
  });

  it('should return the most recently clipped of several, and nothing for another article', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ url: CANONICAL, title: 'first' }), database, 1_000);
    const newer = await saveClipping(makeDraft({ url: CANONICAL, title: 'second' }), database, 2_000);

    expect((await findClippingByArticleKey(articleKey(CANONICAL), database))?.id).toBe(newer.id);
    expect(await findClippingByArticleKey(articleKey('https://www.werretal-bote.example/sport/'), database)).toBeUndefined();
  });
});

describe('updateClipping', () => {
  it('should replace content and choices, keep identity and first-save time', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ url: CANONICAL, kicker: 'Altenbruch', authors: ['Jana Köster'], note: '' }), database, 1_000);

    const updated = await updateClipping(saved.id, makeDraft({ url: CANONICAL, authors: ['Jana Köster', 'Ole Brandt'], note: 'Für den Pressespiegel', kicker: undefined }), database, 5_000);

    const stored = await database.clippings.get(saved.id);
    expect(stored).toEqual(updated);
    expect(stored).toMatchObject({ id: saved.id, clippedAt: 1_000, updatedAt: 5_000, authors: ['Jana Köster', 'Ole Brandt'], note: 'Für den Pressespiegel' });
    expect(stored && 'kicker' in stored).toBe(false);
    expect(await database.clippings.count()).toBe(1);
  });

  it('should keep tag statistics in step with the changed tags', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ tags: ['Lemgo', 'Haushalt'] }), database, 1_000);

    await updateClipping(saved.id, makeDraft({ tags: ['Lemgo', 'Schule'] }), database, 2_000);

    expect(await database.tags.toArray()).toEqual([
      { key: 'lemgo', name: 'Lemgo', count: 1, lastUsedAt: 1_000 },
      { key: 'schule', name: 'Schule', count: 1, lastUsedAt: 2_000 },
    ]);
    expect(await suggestTags({}, database)).toEqual(['Schule', 'Lemgo']);
  });

  it('should refuse a missing clipping or collection and change nothing', async () => {
    const database = createTestDb();
    const saved = await saveClipping(makeDraft({ tags: ['Lemgo'] }), database, 1_000);

    await expect(updateClipping('gone', makeDraft(), database)).rejects.toThrow('Clipping "gone" does not exist');
    await expect(updateClipping(saved.id, makeDraft({ collectionId: 'gone', tags: ['Neu'] }), database)).rejects.toThrow('Collection "gone" does not exist');

    expect(await database.clippings.get(saved.id)).toEqual(saved);
    expect((await database.tags.toArray()).map((t) => t.key)).toEqual(['lemgo']);
  });
});

describe('createCollection', () => {
  it('should create a collection with a folded name and normalised default tags', async () => {
    const database = createTestDb();

    const actual = await createCollection({ name: '  Presse   Stadtwerke ', defaultTags: ['Stadtwerke', ' stadtwerke', 'Energie'] }, 'reuse', database, 7_000);

    expect(actual.created).toBe(true);
    expect(actual.collection).toMatchObject({ name: 'Presse Stadtwerke', defaultTags: ['Stadtwerke', 'Energie'], createdAt: 7_000, description: '' });
    expect(await database.collections.get(actual.collection.id)).toEqual(actual.collection);
  });

  it('should return the existing collection for a name that differs only in case', async () => {
    const database = createTestDb();

    const actual = await createCollection({ name: 'INBOX' }, 'reuse', database);

    expect(actual).toMatchObject({ created: false, collection: { id: INBOX_ID, name: 'Inbox' } });
    expect(await database.collections.count()).toBe(1);
  });

  it('should refuse an empty name', async () => {
    await expect(createCollection({ name: '   ' }, 'reuse', createTestDb())).rejects.toThrow('A collection needs a name');
  });
});
