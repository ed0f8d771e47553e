/**
 * The clipping repository: every read and write of clippings and collections goes through
 * here. Each function takes the database as a defaulted last parameter so tests pass their own.
 * @module utils/clippings
 */
import { Dexie } from 'dexie';
import { db as defaultDb, INBOX_ID, type Clipping, type ClippingDraft, type Collection, type PressclipDB, type TagStat } from '@/utils/db';
import { normalizeTags, tagKey } from '@/utils/tags';
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
  await database.transaction('rw', database.clippings, database.collections, database.tags, async () => {
    if (!(await database.collections.get(clipping.collectionId))) {
      throw new Error(`Collection "${clipping.collectionId}" does not exist`);
    }
    await database.clippings.add(clipping);
    await recordTagChange(database, [], clipping.tags, now);
  });
  return clipping;
}

/**
 * Keeps the tag statistics in step with a clipping whose tags went from `before` to `after`.
 * Must run inside the caller's read-write transaction over `tags` (and the clippings it
 * changes), so a tag change and its statistics commit or fail together. Every write path that
 * adds, removes or deletes tagged clippings calls this.
 */
export async function recordTagChange(database: PressclipDB, before: readonly string[], after: readonly string[], at: number): Promise<void> {
  const beforeKeys = new Map(before.map((name) => [tagKey(name), name]));
  const afterKeys = new Map(after.map((name) => [tagKey(name), name]));
  const touched = [...new Set([...beforeKeys.keys(), ...afterKeys.keys()])];
  if (touched.length === 0) return;
  const stats = await database.tags.bulkGet(touched);
  const puts: TagStat[] = [];
  const deletes: string[] = [];
  touched.forEach((key, i) => {
    const stat = stats[i];
    const added = afterKeys.get(key);
    if (added !== undefined && !beforeKeys.has(key)) {
      puts.push(stat ? { ...stat, name: added, count: stat.count + 1, lastUsedAt: Math.max(stat.lastUsedAt, at) } : { key, name: added, count: 1, lastUsedAt: at });
    } else if (added === undefined && stat) {
      if (stat.count <= 1) deletes.push(key);
      else puts.push({ ...stat, count: stat.count - 1 });
    }
  });
  await database.tags.bulkPut(puts);
  await database.tags.bulkDelete(deletes);
}

/**
 * Tags used before, for suggestions: most used first, then most recently used; only those
 * starting with `prefix` (case-insensitive) and not already chosen.
 */
export async function suggestTags(
  options: { prefix?: string; exclude?: readonly string[]; limit?: number } = {},
  database: PressclipDB = defaultDb,
): Promise<string[]> {
  const prefix = tagKey(options.prefix ?? '');
  const excluded = new Set((options.exclude ?? []).map(tagKey));
  const candidates = prefix ? await database.tags.where('key').startsWith(prefix).toArray() : await database.tags.toArray();
  return candidates
    .filter((stat) => !excluded.has(stat.key))
    .sort((a, b) => b.count - a.count || b.lastUsedAt - a.lastUsedAt || (a.key < b.key ? -1 : 1))
    .slice(0, options.limit ?? 8)
    .map((stat) => stat.name);
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

/**
 * The clipping of the same article (same `articleKey`), for "already clipped": the one clipped
 * most recently when there are several ("Save as new" allows that).
 */
export async function findClippingByArticleKey(urlKey: string, database: PressclipDB = defaultDb): Promise<Clipping | undefined> {
  const matches = await database.clippings.where('urlKey').equals(urlKey).toArray();
  return matches.sort((a, b) => b.clippedAt - a.clippedAt || b.updatedAt - a.updatedAt)[0];
}

/**
 * Replaces the content and the user's choices of clipping `id` with `draft` (the popup's
 * "Update"), keeping its identity and the time it was first clipped. Resolves once committed,
 * with the stored record; rejects (and writes nothing) when the clipping or the collection does
 * not exist. Tag statistics change in the same transaction.
 */
export async function updateClipping(id: string, draft: ClippingDraft, database: PressclipDB = defaultDb, now = Date.now()): Promise<Clipping> {
  return database.transaction('rw', database.clippings, database.collections, database.tags, async () => {
    const existing = await database.clippings.get(id);
    if (!existing) throw new Error(`Clipping "${id}" does not exist`);
    if (!(await database.collections.get(draft.collectionId))) {
      throw new Error(`Collection "${draft.collectionId}" does not exist`);
    }
    const clipping: Clipping = {
      ...withoutUndefined(draft),
      tags: normalizeTags(draft.tags),
      id,
      urlKey: articleKey(draft.url, draft.canonicalUrl),
      clippedAt: existing.clippedAt,
      updatedAt: now,
    };
    await database.clippings.put(clipping);
    await recordTagChange(database, existing.tags, clipping.tags, now);
    return clipping;
  });
}

/**
 * Creates a collection named `name` (white space folded), or finds the one that already has
 * that name in any letter case: the popup's inline "New collection" must not fail because the
 * journalist forgot that "Stadtrat" exists. Throws for an empty name.
 */
export async function createCollection(
  name: string,
  options: { defaultTags?: readonly string[]; description?: string } = {},
  database: PressclipDB = defaultDb,
  now = Date.now(),
): Promise<{ collection: Collection; created: boolean }> {
  const cleanName = name.replace(/\s+/g, ' ').trim();
  if (!cleanName) throw new Error('A collection needs a name');
  return database.transaction('rw', database.collections, async () => {
    const wanted = tagKey(cleanName);
    const existing = (await database.collections.toArray()).find((c) => tagKey(c.name) === wanted);
    if (existing) return { collection: existing, created: false };
    const collection: Collection = {
      id: crypto.randomUUID(),
      name: cleanName,
      description: options.description?.trim() ?? '',
      defaultTags: normalizeTags(options.defaultTags ?? []),
      createdAt: now,
    };
    await database.collections.add(collection);
    return { collection, created: true };
  });
}

/** Drops keys whose value is undefined: stored records omit missing values (see utils/extract/types). */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
