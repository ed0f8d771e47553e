import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PressclipDB } from '@/utils/db';
import { makeDraft } from '@/tests/support/clippings';

/** Opens `name` exactly as version 1 of the schema declared it (frozen copy of the v1 declaration). */
function openVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName',
    collections: 'id, &name',
  });
  return v1;
}

describe('upgrading a version 1 database', () => {
  it('should keep every clipping and collection and compute tag statistics', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openVersion1(name);
    await v1.table('collections').bulkAdd([
      { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 },
      { id: 'c2', name: 'Stadtwerke', description: 'Presse', defaultTags: ['Energie'], createdAt: 1 },
    ]);
    const rows = [
      { ...makeDraft({ tags: ['Lemgo', 'Haushalt'] }), id: 'a', urlKey: 'a', clippedAt: 1_000, updatedAt: 1_000 },
      { ...makeDraft({ tags: ['lemgo'], collectionId: 'c2' }), id: 'b', urlKey: 'b', clippedAt: 2_000, updatedAt: 2_000 },
      { ...makeDraft({ tags: [] }), id: 'c', urlKey: 'c', clippedAt: 3_000, updatedAt: 3_000 },
    ];
    await v1.table('clippings').bulkAdd(rows);
    v1.close();

    const current = new PressclipDB(name);
    await current.open();

    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.clippings.orderBy('id').toArray()).toEqual(rows);
    expect(await current.collections.count()).toBe(2);
    expect(await current.tags.orderBy('key').toArray()).toEqual([
      { key: 'haushalt', name: 'Haushalt', count: 1, lastUsedAt: 1_000 },
      { key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 },
    ]);
    current.close();
  });
});
