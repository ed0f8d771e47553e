import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PressclipDB } from '@/utils/db';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { applyChanges, loadSegments } from '@/utils/library-index/maintain';
import { createLibrarySnapshot } from '@/utils/library-index/snapshot';
import { makeDraft } from '@/tests/support/clippings';

/**
 * Frozen copies of every released schema declaration. Never edit one: each stands for the
 * databases that exist on users' machines.
 */
const RELEASED: Record<number, Record<string, string>> = {
  1: {
    clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName',
    collections: 'id, &name',
  },
  2: {
    tags: 'key, count, lastUsedAt',
  },
};

/** Opens `name` exactly as schema version `version` declared it (with every version before it). */
function openVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(RELEASED[v]!);
  return old;
}

const collections = [
  { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 },
  { id: 'c2', name: 'Stadtwerke', description: 'Presse', defaultTags: ['Energie'], createdAt: 1 },
];
const rows = [
  { ...makeDraft({ title: 'Eins', tags: ['Lemgo', 'Haushalt'] }), id: 'a', urlKey: 'a', clippedAt: 1_000, updatedAt: 1_000 },
  { ...makeDraft({ title: 'Zwei', tags: ['lemgo'], collectionId: 'c2' }), id: 'b', urlKey: 'b', clippedAt: 2_000, updatedAt: 2_000 },
  { ...makeDraft({ title: 'Drei', tags: [] }), id: 'c', urlKey: 'c', clippedAt: 3_000, updatedAt: 3_000 },
];

async function writeOldDatabase(version: number): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = openVersion(name, version);
  await old.table('collections').bulkAdd(collections);
  await old.table('clippings').bulkAdd(rows);
  if (version >= 2) {
    await old.table('tags').bulkAdd([
      { key: 'haushalt', name: 'Haushalt', count: 1, lastUsedAt: 1_000 },
      { key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 },
    ]);
  }
  old.close();
  return name;
}

describe.each([1, 2])('upgrading a version %i database', (version) => {
  it('should keep every clipping, collection and tag statistic', async () => {
    const current = new PressclipDB(await writeOldDatabase(version));
    await current.open();

    expect(current.verno).toBe(3);
    expect(await current.clippings.orderBy('id').toArray()).toEqual(rows);
    expect(await current.collections.orderBy('name').toArray()).toEqual(collections);
    expect(await current.tags.orderBy('key').toArray()).toEqual([
      { key: 'haushalt', name: 'Haushalt', count: 1, lastUsedAt: 1_000 },
      { key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 },
    ]);
    expect(await current.trash.count()).toBe(0);
    expect(current.clippings.schema.indexes.map((index) => index.name).sort()).toEqual(['[collectionId+clippedAt]', 'clippedAt', 'urlKey']);
    expect(await current.clippings.where('urlKey').equals('b').primaryKeys()).toEqual(['b']);
    current.close();
  });

  it('should build the library index from the existing clippings', async () => {
    const current = new PressclipDB(await writeOldDatabase(version));

    expect(await current.changes.toArray()).toEqual([{ seq: 1, id: null }]);
    await applyChanges(current);

    const { segments } = await loadSegments(current, new Map(), true);
    const snapshot = createLibrarySnapshot(segments);
    const titles = (filter = {}) => Array.from(snapshot.query({ ...DEFAULT_FILTER, dateField: 'clipped', ...filter }).positions, (g) => snapshot.row(g).title);
    expect(titles()).toEqual(['Drei', 'Zwei', 'Eins']);
    expect(titles({ tags: ['Lemgo'] })).toEqual(['Zwei', 'Eins']);
    expect(titles({ collectionId: 'c2' })).toEqual(['Zwei']);
    expect(await current.changes.count()).toBe(0);
    current.close();
  });
});
