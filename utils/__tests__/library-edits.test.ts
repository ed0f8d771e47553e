import { describe, expect, it } from 'vitest';
import {
  countInCollection,
  createCollection,
  deleteClippings,
  deleteCollection,
  editClipping,
  editCollection,
  moveClippings,
  saveClipping,
  tagClippings,
  untagClippings,
} from '@/utils/clippings';
import { deleteForGood, listTrash, purgeTrash, restoreDeleted, restoreFromTrash } from '@/utils/trash';
import { INBOX_ID, type PressclipDB } from '@/utils/db';
import { createTestDb, makeDraft } from '@/tests/support/clippings';

const tagCounts = async (database: PressclipDB) => Object.fromEntries((await database.tags.toArray()).map((s) => [s.key, s.count]));

async function libraryWithTwo(database: PressclipDB) {
  await database.collections.add({ id: 'rat', name: 'Stadtrat', description: '', defaultTags: [], createdAt: 0 });
  const a = await saveClipping(makeDraft({ title: 'A', tags: ['Lemgo', 'Haushalt'] }), database, 1_000);
  const b = await saveClipping(makeDraft({ title: 'B', tags: ['lemgo'], collectionId: 'rat' }), database, 2_000);
  return { a, b };
}

describe('editing one clipping', () => {
  it('should change the given fields, normalise tags and keep the tag statistics right', async () => {
    const database = createTestDb();
    const { a } = await libraryWithTwo(database);

    const actual = await editClipping(a.id, { title: 'A, korrigiert', tags: ['Haushalt', ' Schule ', 'schule'], note: 'Für den Bericht', authors: [' Jana  Köster ', ''], section: '' }, database, 5_000);

    expect(actual).toMatchObject({ title: 'A, korrigiert', tags: ['Haushalt', 'Schule'], note: 'Für den Bericht', authors: ['Jana Köster'], updatedAt: 5_000, clippedAt: 1_000 });
    expect(actual).not.toHaveProperty('section');
    expect(await database.clippings.get(a.id)).toEqual(actual);
    expect(await tagCounts(database)).toEqual({ lemgo: 1, haushalt: 1, schule: 1 });
  });

  it('should refuse a collection that does not exist, and change nothing', async () => {
    const database = createTestDb();
    const { a } = await libraryWithTwo(database);

    await expect(editClipping(a.id, { collectionId: 'gone', title: 'X' }, database)).rejects.toThrow('Collection "gone" does not exist');
    expect((await database.clippings.get(a.id))?.title).toBe('A');
  });
});

describe('bulk actions', () => {
  it('should tag and untag a selection, case-insensitively, counting only real changes', async () => {
    const database = createTestDb();
    const { a, b } = await libraryWithTwo(database);

    expect(await tagClippings([a.id, b.id], ['Presse', 'LEMGO'], database)).toBe(2);
    expect((await database.clippings.get(b.id))?.tags).toEqual(['lemgo', 'Presse']);
    expect(await tagCounts(database)).toEqual({ lemgo: 2, haushalt: 1, presse: 2 });

    expect(await untagClippings([a.id, b.id], ['haushalt'], database)).toBe(1);
    expect((await database.clippings.get(a.id))?.tags).toEqual(['Lemgo', 'Presse']);
    expect(await tagCounts(database)).toEqual({ lemgo: 2, presse: 2 });
  });

  it('should move a selection and refuse a missing collection', async () => {
    const database = createTestDb();
    const { a, b } = await libraryWithTwo(database);

    expect(await moveClippings([a.id, b.id], 'rat', database)).toBe(1);
    expect(await countInCollection('rat', database)).toBe(2);
    await expect(moveClippings([a.id], 'gone', database)).rejects.toThrow('does not exist');
  });

  it('should delete with undo: the clippings and their tag statistics come back exactly', async () => {
    const database = createTestDb();
    const { a, b } = await libraryWithTwo(database);

    const deleted = await deleteClippings([a.id, b.id, 'unknown'], database, 3_000);

    expect(deleted.count).toBe(2);
    expect(await database.clippings.count()).toBe(0);
    expect(await tagCounts(database)).toEqual({});

    expect(await restoreDeleted(deleted.batch, database)).toBe(2);
    expect(await database.clippings.get(a.id)).toEqual(a);
    expect(await database.clippings.get(b.id)).toEqual(b);
    expect(await tagCounts(database)).toEqual({ lemgo: 2, haushalt: 1 });
    expect(await database.trash.count()).toBe(0);
  });

  it('should restore into the Inbox when the collection is gone, and purge old deletions', async () => {
    const database = createTestDb();
    const { b } = await libraryWithTwo(database);
    const deleted = await deleteClippings([b.id], database, 3_000);
    await database.collections.delete('rat');

    await restoreDeleted(deleted.batch, database);
    expect((await database.clippings.get(b.id))?.collectionId).toBe(INBOX_ID);

    const again = await deleteClippings([b.id], database, 4_000);
    expect(await purgeTrash(5_000, database)).toBe(1);
    expect(await restoreDeleted(again.batch, database)).toBe(0);
  });

  it('should list the trash newest first without the text, and restore single clippings from it', async () => {
    const database = createTestDb();
    const { a, b } = await libraryWithTwo(database);
    await deleteClippings([a.id], database, 3_000);
    await deleteClippings([b.id], database, 4_000);
    await database.collections.delete('rat');

    expect(await listTrash(10, database)).toEqual({
      rows: [
        { id: b.id, title: 'B', url: b.url, deletedAt: 4_000, ...(b.siteName && { siteName: b.siteName }) },
        { id: a.id, title: 'A', url: a.url, deletedAt: 3_000, ...(a.siteName && { siteName: a.siteName }) },
      ],
      total: 2,
    });
    expect((await listTrash(1, database)).rows.map((r) => r.id)).toEqual([b.id]);

    expect(await restoreFromTrash([b.id, 'gone'], database, 5_000)).toBe(1);
    expect(await database.clippings.get(b.id)).toEqual({ ...b, collectionId: INBOX_ID });
    expect(await tagCounts(database)).toEqual({ lemgo: 1 });
    expect((await listTrash(10, database)).total).toBe(1);

    expect(await restoreFromTrash('all', database, 6_000)).toBe(1);
    expect(await database.clippings.get(a.id)).toEqual(a);
    expect(await database.trash.count()).toBe(0);
  });

  it('should delete trashed clippings for good, some or all, leaving the library alone', async () => {
    const database = createTestDb();
    const { a, b } = await libraryWithTwo(database);
    const extra = await saveClipping(makeDraft({ title: 'C' }), database, 2_500);
    await deleteClippings([a.id, b.id], database, 3_000);

    expect(await deleteForGood([a.id], database)).toBe(1);
    expect(await restoreFromTrash([a.id], database)).toBe(0);
    expect(await deleteForGood('all', database)).toBe(1);
    expect(await database.trash.count()).toBe(0);
    expect(await database.clippings.toCollection().primaryKeys()).toEqual([extra.id]);
  });

  it('should work through selections larger than one transaction', async () => {
    const database = createTestDb();
    const drafts = Array.from({ length: 1_200 }, (_, i) => ({ ...makeDraft({ tags: [] }), id: `id-${i}`, urlKey: `k${i}`, clippedAt: i, updatedAt: i }));
    await database.clippings.bulkAdd(drafts);

    expect(await tagClippings(drafts.map((d) => d.id), ['Masse'], database)).toBe(1_200);
    expect(await tagCounts(database)).toEqual({ masse: 1_200 });
    const deleted = await deleteClippings(drafts.map((d) => d.id), database);
    expect(deleted.count).toBe(1_200);
    expect(await restoreDeleted(deleted.batch, database)).toBe(1_200);
  });
});

describe('collections', () => {
  it('should create, rename and describe, refusing empty and taken names', async () => {
    const database = createTestDb();

    const { collection: created } = await createCollection({ name: '  Presse   Stadtwerke ', description: 'Alles zu den Stadtwerken', defaultTags: ['Energie', 'energie'] }, 'refuse', database, 7);

    expect(created).toMatchObject({ name: 'Presse Stadtwerke', description: 'Alles zu den Stadtwerken', defaultTags: ['Energie'], createdAt: 7 });
    await expect(createCollection({ name: 'presse stadtwerke' }, 'refuse', database)).rejects.toThrow('A collection named "Presse Stadtwerke" already exists');
    await expect(createCollection({ name: '   ' }, 'refuse', database)).rejects.toThrow('A collection needs a name');
    await expect(editCollection(created.id, { name: 'inbox' }, database)).rejects.toThrow('already exists');
    expect(await editCollection(created.id, { name: 'Stadtwerke', defaultTags: [] }, database)).toMatchObject({ name: 'Stadtwerke', defaultTags: [] });
  });

  it('should move the clippings of a deleted collection to the Inbox', async () => {
    const database = createTestDb();
    const { b } = await libraryWithTwo(database);

    expect(await deleteCollection('rat', 'move-to-inbox', database)).toEqual({ moved: 1 });

    expect((await database.clippings.get(b.id))?.collectionId).toBe(INBOX_ID);
    expect(await database.collections.get('rat')).toBeUndefined();
  });

  it('should delete the clippings with the collection when asked, undoably', async () => {
    const database = createTestDb();
    const { b } = await libraryWithTwo(database);

    const { deleted } = await deleteCollection('rat', 'delete', database);

    expect(deleted?.count).toBe(1);
    expect(await database.clippings.get(b.id)).toBeUndefined();
    await restoreDeleted(deleted!.batch, database);
    expect((await database.clippings.get(b.id))?.collectionId).toBe(INBOX_ID);
  });

  it('should never delete the Inbox', async () => {
    await expect(deleteCollection(INBOX_ID, 'move-to-inbox', createTestDb())).rejects.toThrow('The Inbox cannot be deleted');
  });
});
