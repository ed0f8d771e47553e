/**
 * The clipping repository: every read and write of clippings and collections goes through
 * here. Each function takes the database as a defaulted last parameter so tests pass their own.
 * @module utils/clippings
 */
import { Dexie } from 'dexie';
import { db as defaultDb, INBOX_ID, type Clipping, type ClippingDraft, type Collection, type PressclipDB } from '@/utils/db';
import { normalizeTags } from '@/utils/tags';
import { articleKey } from '@/utils/url';

/**
 * Stores a new clipping and resolves once the transaction has committed, with the stored
 * record. Rejects (and writes nothing) when the collection does not exist.
 */
export async function saveClipping(draft: ClippingDraft, database: PressclipDB = defaultDb, now = Date.now()): Promise<Clipping> {
  const clipping: Clipping = {
    ...draft,
    tags: normalizeTags(draft.tags),
    id: crypto.randomUUID(),
    urlKey: articleKey(draft.url, draft.canonicalUrl),
    clippedAt: now,
    updatedAt: now,
  };
  await database.transaction('rw', database.clippings, database.collections, async () => {
    if (!(await database.collections.get(clipping.collectionId))) {
      throw new Error(`Collection "${clipping.collectionId}" does not exist`);
    }
    await database.clippings.add(clipping);
  });
  return clipping;
}

/** Clippings of one collection, newest first. */
export function listClippings(collectionId: string, database: PressclipDB = defaultDb): Promise<Clipping[]> {
  return database.clippings
    .where('[collectionId+clippedAt]')
    .between([collectionId, Dexie.minKey], [collectionId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** Every collection, Inbox first, then by name. */
export async function listCollections(database: PressclipDB = defaultDb): Promise<Collection[]> {
  const all = await database.collections.toArray();
  return all.sort((a, b) => (a.id === INBOX_ID ? -1 : b.id === INBOX_ID ? 1 : a.name.localeCompare(b.name)));
}

export function getCollection(id: string, database: PressclipDB = defaultDb): Promise<Collection | undefined> {
  return database.collections.get(id);
}
