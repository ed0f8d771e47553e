import { describe, expect, it } from 'vitest';
import { listCollections, readClippings, recordTagChange, recordTagChanges, saveClipping, suggestTags, type TagChange } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import { createTestDb, makeDraft } from '@/tests/support/clippings';

describe('the clipping repository', () => {
  it('should give a fresh database an Inbox', async () => {
    const database = createTestDb();

    const actual = await listCollections(database);

    expect(actual.map((c) => [c.id, c.name])).toEqual([[INBOX_ID, 'Inbox']]);
  });

  it('should store a clipping with normalised tags and an identity key', async () => {
    const database = createTestDb();

    const saved = await saveClipping(makeDraft({ tags: [' Brücke ', 'brücke', 'Radverkehr', ''], url: 'https://www.werretal-bote.example/a/?utm_source=x' }), database, 1_000);

    const stored = await database.clippings.get(saved.id);
    expect(stored).toEqual(saved);
    expect(stored?.tags).toEqual(['Brücke', 'Radverkehr']);
    expect(stored?.urlKey).toBe('werretal-bote.example/a');
    expect(stored?.clippedAt).toBe(1_000);
  });

  it('should refuse to save into a collection that does not exist, and write nothing', async () => {
    const database = createTestDb();

    await expect(saveClipping(makeDraft({ collectionId: 'gone' }), database)).rejects.toThrow('Collection "gone" does not exist');
    expect(await database.clippings.count()).toBe(0);
  });
});

describe('tag statistics', () => {
  it('should count tags case-insensitively and suggest most used, then most recent first', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ tags: ['Lemgo', 'Haushalt'] }), database, 1_000);
    await saveClipping(makeDraft({ tags: ['lemgo', 'Schule'] }), database, 2_000);
    await saveClipping(makeDraft({ tags: ['Verkehr'] }), database, 3_000);

    expect(await database.tags.get('lemgo')).toEqual({ key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 });
    expect(await suggestTags({}, database)).toEqual(['lemgo', 'Verkehr', 'Schule', 'Haushalt']);
    expect(await suggestTags({ prefix: 'S' }, database)).toEqual(['Schule']);
    expect(await suggestTags({ exclude: ['LEMGO'], limit: 2 }, database)).toEqual(['Verkehr', 'Schule']);
  });

  it('should decrement and drop tags that a change removes', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ tags: ['Lemgo', 'Haushalt'] }), database, 1_000);
    await saveClipping(makeDraft({ tags: ['Lemgo'] }), database, 2_000);

    await database.transaction('rw', database.tags, () => recordTagChange(database, ['Lemgo', 'Haushalt'], ['Lemgo', 'Schule'], 3_000));

    expect(await database.tags.toArray()).toEqual([
      { key: 'lemgo', name: 'Lemgo', count: 2, lastUsedAt: 2_000 },
      { key: 'schule', name: 'Schule', count: 1, lastUsedAt: 3_000 },
    ]);
  });

  it('should give the same statistics for a batch of changes as for one change at a time', async () => {
    const names = ['Lemgo', 'lemgo', 'Haushalt', 'Schule', 'Verkehr', 'LEMGO'];
    let seed = 7;
    const pick = () => names[(seed = (seed * 48271) % 2147483647) % names.length]!;
    const changes: TagChange[] = Array.from({ length: 60 }, (_, i) => ({
      before: i % 3 === 0 ? [] : [pick(), pick()],
      after: i % 5 === 0 ? [] : [pick(), pick(), pick()],
      at: 1_000 + i,
    }));
    const one = createTestDb();
    const batch = createTestDb();
    await one.tags.bulkPut([{ key: 'lemgo', name: 'Lemgo', count: 40, lastUsedAt: 1 }, { key: 'schule', name: 'Schule', count: 1, lastUsedAt: 1 }]);
    await batch.tags.bulkPut(await one.tags.toArray());

    for (const c of changes) await one.transaction('rw', one.tags, () => recordTagChange(one, c.before, c.after, c.at));
    await batch.transaction('rw', batch.tags, () => recordTagChanges(batch, changes));

    expect(await batch.tags.toArray()).toEqual(await one.tags.toArray());
  });
});

describe('reading clippings for an export', () => {
  it('should read them by id in the given order, a page at a time, skipping those deleted meanwhile', async () => {
    const database = createTestDb();
    const saved = [];
    for (const title of ['A', 'B', 'C', 'D', 'E']) saved.push(await saveClipping(makeDraft({ title }), database));
    const [a, b, c, d, e] = saved.map((clipping) => clipping.id);
    await database.clippings.delete(c!);

    const pages: string[][] = [];
    for await (const page of readClippings([e!, c!, 'never-there', a!, d!, b!], database, 2)) pages.push(page.map((clipping) => clipping.title));

    expect(pages).toEqual([['E'], ['A'], ['D', 'B']]); // pages of two ids each
  });
});
