/**
 * The trash: deleted clippings kept for a while (`deleteClippings` in ./clippings puts them
 * here), so that Undo and "Recently deleted" can bring them back, until they are deleted for good
 * or purged. Only the library page uses it, so it is a module of its own, out of the popup's code.
 * @module utils/trash
 */
import { CHUNK, recordTagChanges } from '@/utils/clippings';
import { db as defaultDb, INBOX_ID, type PressclipDB, type TrashedClipping } from '@/utils/db';

/**
 * Undo of `deleteClippings`: puts the clippings of `batch` back as they were (into the Inbox when
 * their collection has been deleted since) and resolves with how many came back.
 */
export function restoreDeleted(batch: string, database: PressclipDB = defaultDb, now = Date.now()): Promise<number> {
  return restoreEvery(database, now, () => database.trash.where('batch').equals(batch).limit(CHUNK).toArray());
}

/**
 * Puts the trashed clippings with `ids`, or the whole trash, back into the library (into the
 * Inbox when their collection has been deleted since) and resolves with how many came back.
 */
export async function restoreFromTrash(ids: readonly string[] | 'all', database: PressclipDB = defaultDb, now = Date.now()): Promise<number> {
  if (ids === 'all') return restoreEvery(database, now, () => database.trash.limit(CHUNK).toArray());
  let restored = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const { back } = await restoreTrashed(database, now, async () => (await database.trash.bulkGet(chunk)).filter((e): e is TrashedClipping => e !== undefined));
    restored += back;
  }
  return restored;
}

/** Restores a chunk at a time, each `readChunk` (at most CHUNK entries), until none is left. */
async function restoreEvery(database: PressclipDB, now: number, readChunk: () => Promise<TrashedClipping[]>): Promise<number> {
  let restored = 0;
  for (;;) {
    const { back, done } = await restoreTrashed(database, now, readChunk);
    restored += back;
    if (done) return restored;
  }
}

/** One transaction of a restore: the entries `read` returns go back and leave the trash. */
async function restoreTrashed(database: PressclipDB, now: number, read: () => Promise<TrashedClipping[]>): Promise<{ back: number; done: boolean }> {
  return database.transaction('rw', [database.clippings, database.collections, database.tags, database.trash], async () => {
    const entries = await read();
    const collections = new Set(await database.collections.toCollection().primaryKeys());
    // A clipping with the same id in the library (restored in another tab) is not overwritten.
    const existing = new Set((await database.clippings.bulkGet(entries.map((e) => e.id))).flatMap((c) => (c ? [c.id] : [])));
    const back = entries.filter((e) => !existing.has(e.id)).map((e) => (collections.has(e.clipping.collectionId) ? e.clipping : { ...e.clipping, collectionId: INBOX_ID }));
    await database.clippings.bulkAdd(back);
    await recordTagChanges(database, back.map((clipping) => ({ before: [], after: clipping.tags, at: now })));
    await database.trash.bulkDelete(entries.map((e) => e.id));
    return { back: back.length, done: entries.length < CHUNK };
  });
}

/** A clipping in the trash as its list shows it: no text, so a large trash lists quickly. */
export interface TrashRow {
  id: string;
  title: string;
  siteName?: string;
  url: string;
  deletedAt: number;
}

/** The trash, newest deletion first: the first `limit` rows and how many there are in all. */
export async function listTrash(limit: number, database: PressclipDB = defaultDb): Promise<{ rows: TrashRow[]; total: number }> {
  const [entries, total] = await Promise.all([database.trash.orderBy('deletedAt').reverse().limit(limit).toArray(), database.trash.count()]);
  const rows = entries.map(({ id, deletedAt, clipping }) => ({ id, title: clipping.title, url: clipping.url, deletedAt, ...(clipping.siteName && { siteName: clipping.siteName }) }));
  return { rows, total };
}

/** Removes trashed clippings for good: those with `ids`, or the whole trash. Resolves with how many. */
export async function deleteForGood(ids: readonly string[] | 'all', database: PressclipDB = defaultDb): Promise<number> {
  return database.transaction('rw', database.trash, async () => {
    if (ids === 'all') {
      const count = await database.trash.count();
      await database.trash.clear();
      return count;
    }
    const found = (await database.trash.bulkGet([...ids])).filter((e) => e !== undefined).length;
    await database.trash.bulkDelete([...ids]);
    return found;
  });
}

/** How long a deleted clipping can be restored from "Recently deleted". */
export const TRASH_KEPT_DAYS = 30;

/** Empties the trash of deletions made before `before` (epoch ms): they are gone for good. */
export function purgeTrash(before: number, database: PressclipDB = defaultDb): Promise<number> {
  return database.trash.where('deletedAt').below(before).delete();
}
