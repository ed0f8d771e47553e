import { describe, expect, it } from 'vitest';
import { listClippings, listCollections, saveClipping } from '@/utils/clippings';
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

  it('should list a collection newest first and nothing from other collections', async () => {
    const database = createTestDb();
    await database.collections.add({ id: 'c2', name: 'Presse Stadtwerke', description: '', defaultTags: [], createdAt: 0 });
    const older = await saveClipping(makeDraft({ title: 'Älter' }), database, 1_000);
    const newer = await saveClipping(makeDraft({ title: 'Neuer' }), database, 2_000);
    await saveClipping(makeDraft({ title: 'Anderswo', collectionId: 'c2' }), database, 3_000);

    const actual = await listClippings(INBOX_ID, database);

    expect(actual.map((c) => c.id)).toEqual([newer.id, older.id]);
  });

  it('should refuse to save into a collection that does not exist, and write nothing', async () => {
    const database = createTestDb();

    await expect(saveClipping(makeDraft({ collectionId: 'gone' }), database)).rejects.toThrow('Collection "gone" does not exist');
    expect(await database.clippings.count()).toBe(0);
  });
});
