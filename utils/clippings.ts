/**
 * The clipping repository: every read and write of clippings and collections goes through
 * here. Each function takes the database as a defaulted last parameter so tests pass their own.
 * @module utils/clippings
 */
import { Dexie } from 'dexie';
import { db as defaultDb, INBOX_ID, type Clipping, type ClippingDraft, type Collection, type PressclipDB, type TagStat } from '@/utils/db';
import { planImport, type ImportPlan } from '@/utils/import/plan';
import { RepositoryError } from '@/utils/repository-errors';
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
    await requireCollection(database, clipping.collectionId);
    await database.clippings.add(clipping);
    await recordTagChange(database, [], clipping.tags, now);
  });
  return clipping;
}

/**
 * Keeps the tag statistics in step with a clipping whose tags went from `before` to `after`.
 * Must run inside the caller's read-write transaction over `tags` (and the clippings it
 * changes), so a tag change and its statistics commit or fail together. Every write path that
 * adds, removes or deletes tagged clippings calls this (or `recordTagChanges` for many).
 */
export function recordTagChange(database: PressclipDB, before: readonly string[], after: readonly string[], at: number): Promise<void> {
  return recordTagChanges(database, [{ before, after, at }]);
}

export interface TagChange {
  before: readonly string[];
  after: readonly string[];
  at: number;
}

/**
 * `recordTagChange` for many clippings at once, in the order given: the same result as one
 * call per change, with one read and one write of the statistics instead of one per clipping
 * (an import of 10,000 clippings took seconds longer the other way).
 */
export async function recordTagChanges(database: PressclipDB, changes: readonly TagChange[]): Promise<void> {
  const byKey = (tags: readonly string[]) => new Map(tags.map((name) => [tagKey(name), name]));
  const prepared = changes.map(({ before, after, at }) => ({ before: byKey(before), after: byKey(after), at }));
  const touched = [...new Set(prepared.flatMap(({ before, after }) => [...before.keys(), ...after.keys()]))];
  if (touched.length === 0) return;
  const stored = await database.tags.bulkGet(touched);
  const stats = new Map<string, TagStat | undefined>(touched.map((key, i) => [key, stored[i]]));
  const changed = new Set<string>();
  for (const { before, after, at } of prepared) {
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const stat = stats.get(key);
      const added = after.get(key);
      if (added !== undefined && !before.has(key)) {
        stats.set(key, stat ? { ...stat, name: added, count: stat.count + 1, lastUsedAt: Math.max(stat.lastUsedAt, at) } : { key, name: added, count: 1, lastUsedAt: at });
        changed.add(key);
      } else if (added === undefined && stat) {
        stats.set(key, stat.count <= 1 ? undefined : { ...stat, count: stat.count - 1 });
        changed.add(key);
      }
    }
  }
  const puts = [...changed].flatMap((key) => stats.get(key) ?? []);
  const deletes = [...changed].filter((key) => !stats.get(key));
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
    if (!existing) throw new RepositoryError('clipping-missing', id);
    await requireCollection(database, draft.collectionId);
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

/** Drops keys whose value is undefined: stored records omit missing values (see utils/extract/types). */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Backup and restore (utils/export/backup.ts writes the file, utils/import reads it)

/** Every clipping, page by page in id order, each page read in its own short transaction. */
export async function* clippingPages(pageSize = 500, database: PressclipDB = defaultDb): AsyncGenerator<Clipping[]> {
  let page = await database.clippings.orderBy(':id').limit(pageSize).toArray();
  while (page.length > 0) {
    yield page;
    const last = page[page.length - 1]!.id;
    page = await database.clippings.where(':id').above(last).limit(pageSize).toArray();
  }
}

export function countClippings(database: PressclipDB = defaultDb): Promise<number> {
  return database.clippings.count();
}

type ImportRecords = { collections: readonly Collection[]; clippings: readonly Clipping[] };

/** Clippings per write of an import (about 2.5 MB of typical articles). */
const IMPORT_PART = 500;

/** What importing `backup` would do now (read only). */
export function previewImport(backup: ImportRecords, database: PressclipDB = defaultDb): Promise<ImportPlan> {
  return database.transaction('r', database.clippings, database.collections, async () => planImport(backup, await storedRecords(backup, database)));
}

/**
 * Imports a checked backup (see utils/import/read.ts) in ONE read-write transaction: the plan
 * is made again inside it, against what is stored at that moment, and either everything in it
 * is written — collections, clippings and their tag statistics — or nothing is. Resolves with
 * the plan carried out after the commit.
 */
export function importLibrary(backup: ImportRecords, database: PressclipDB = defaultDb): Promise<ImportPlan> {
  return database.transaction('rw', database.clippings, database.collections, database.tags, async () => {
    const plan = planImport(backup, await storedRecords(backup, database));
    await database.collections.bulkAdd(plan.collections.add);
    // In parts: each bulkPut copies its records in one go, and between parts the page can
    // paint and take clicks while the transaction stays open.
    const records = [...plan.clippings.add, ...plan.clippings.update.map(({ after }) => after)];
    for (let i = 0; i < records.length; i += IMPORT_PART) await database.clippings.bulkPut(records.slice(i, i + IMPORT_PART));
    // Oldest change first, so each tag keeps the spelling used most recently, as when saving.
    const changes: TagChange[] = [
      ...plan.clippings.add.map((after) => ({ before: [], after: after.tags, at: after.updatedAt })),
      ...plan.clippings.update.map(({ before, after }) => ({ before: before.tags, after: after.tags, at: after.updatedAt })),
    ];
    await recordTagChanges(database, changes.sort((a, b) => a.at - b.at));
    return plan;
  });
}

async function storedRecords(backup: ImportRecords, database: PressclipDB) {
  const ids = backup.clippings.map((c) => c.id);
  const found = await database.clippings.bulkGet(ids);
  const clippings = new Map<string, Clipping>();
  for (const clipping of found) if (clipping) clippings.set(clipping.id, clipping);
  return { collections: await database.collections.toArray(), clippings };
}

// ---------------------------------------------------------------------------------------------
// Library (the options page): editing clippings one at a time and in bulk, undoable deletes,
// managing collections. Lists, filters and search come from the library index
// (utils/library-index), which the change log keeps in step with every write below.

/** Bulk edits work in chunks of this many clippings, one transaction each. */
export const CHUNK = 500;

/** The fields of a clipping the detail view edits. */
export type ClippingEdit = Partial<
  Pick<Clipping, 'title' | 'kicker' | 'authors' | 'agencies' | 'siteName' | 'section' | 'dateline' | 'publishedTime' | 'excerpt' | 'lang' | 'url' | 'tags' | 'note' | 'collectionId' | 'isPartial'>
>;

export function getClipping(id: string, database: PressclipDB = defaultDb): Promise<Clipping | undefined> {
  return database.clippings.get(id);
}

/**
 * Changes some fields of clipping `id` and resolves with the stored record. Tags are normalised
 * and their statistics change in the same transaction; an empty optional field is removed rather
 * than stored empty. Rejects, writing nothing, when the clipping or the collection is missing.
 */
export async function editClipping(id: string, edit: ClippingEdit, database: PressclipDB = defaultDb, now = Date.now()): Promise<Clipping> {
  return database.transaction('rw', database.clippings, database.collections, database.tags, async () => {
    const existing = await database.clippings.get(id);
    if (!existing) throw new RepositoryError('clipping-missing', id);
    if (edit.collectionId !== undefined && edit.collectionId !== existing.collectionId) await requireCollection(database, edit.collectionId);
    const next: Clipping = { ...existing, ...edit, updatedAt: now };
    if (edit.tags) next.tags = normalizeTags(edit.tags);
    if (edit.authors) next.authors = cleanList(edit.authors);
    if (edit.agencies) next.agencies = cleanList(edit.agencies);
    for (const key of ['kicker', 'siteName', 'section', 'dateline', 'publishedTime', 'excerpt', 'lang'] as const) {
      if (key in edit && !next[key]?.trim()) delete next[key];
    }
    if (edit.url !== undefined) next.urlKey = articleKey(next.url, next.canonicalUrl);
    await database.clippings.put(next);
    await recordTagChange(database, existing.tags, next.tags, now);
    return next;
  });
}

/** Adds `tags` to each of the clippings; resolves with how many changed. */
export function tagClippings(ids: readonly string[], tags: readonly string[], database: PressclipDB = defaultDb, now = Date.now()): Promise<number> {
  const added = normalizeTags(tags);
  return changeEach(ids, database, now, (c) => {
    const next = normalizeTags([...c.tags, ...added]);
    return next.length === c.tags.length ? undefined : { ...c, tags: next };
  });
}

/** Removes `tags` (in any letter case) from each of the clippings; resolves with how many changed. */
export function untagClippings(ids: readonly string[], tags: readonly string[], database: PressclipDB = defaultDb, now = Date.now()): Promise<number> {
  const removed = new Set(tags.map(tagKey));
  return changeEach(ids, database, now, (c) => {
    const next = c.tags.filter((tag) => !removed.has(tagKey(tag)));
    return next.length === c.tags.length ? undefined : { ...c, tags: next };
  });
}

/** Moves the clippings into collection `collectionId`; rejects when it does not exist. */
export async function moveClippings(ids: readonly string[], collectionId: string, database: PressclipDB = defaultDb, now = Date.now()): Promise<number> {
  await requireCollection(database, collectionId);
  return changeEach(ids, database, now, (c) => (c.collectionId === collectionId ? undefined : { ...c, collectionId }));
}

/** Applies `change` to each clipping (undefined = leave it), chunk by chunk, tag statistics included. */
async function changeEach(ids: readonly string[], database: PressclipDB, now: number, change: (c: Clipping) => Clipping | undefined): Promise<number> {
  let changed = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    changed += await database.transaction('rw', database.clippings, database.collections, database.tags, async () => {
      const updates = (await database.clippings.bulkGet(ids.slice(start, start + CHUNK))).flatMap((c) => {
        const next = c && change(c);
        return next ? [{ before: c, after: { ...next, updatedAt: now } }] : [];
      });
      await database.clippings.bulkPut(updates.map((u) => u.after));
      await recordTagChanges(database, updates.map(({ before, after }) => ({ before: before.tags, after: after.tags, at: now })));
      return updates.length;
    });
  }
  return changed;
}

/** What Undo needs to bring back one delete action. */
export interface DeletedBatch {
  batch: string;
  count: number;
}

/**
 * Deletes the clippings, keeping them in the trash until the deletion is purged, so that Undo
 * (`restoreDeleted` in ./trash) brings them back exactly. Tag statistics count them no more.
 */
export async function deleteClippings(ids: readonly string[], database: PressclipDB = defaultDb, now = Date.now()): Promise<DeletedBatch> {
  const batch = crypto.randomUUID();
  let count = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    count += await database.transaction('rw', database.clippings, database.tags, database.trash, async () => {
      const found = (await database.clippings.bulkGet(ids.slice(start, start + CHUNK))).filter((c): c is Clipping => c !== undefined);
      await database.trash.bulkPut(found.map((clipping) => ({ id: clipping.id, batch, deletedAt: now, clipping })));
      await database.clippings.bulkDelete(found.map((c) => c.id));
      await recordTagChanges(database, found.map((clipping) => ({ before: clipping.tags, after: [], at: now })));
      return found.length;
    });
  }
  return { batch, count };
}

/** What a collection is made of, as the collection manager edits it. */
export interface CollectionFields {
  name: string;
  description?: string;
  defaultTags?: readonly string[];
}

/** What creating a collection does when another collection already has the name (in any letter case). */
export type WhenNameTaken =
  /** Returns that collection: the popup's inline "New collection" must not fail because the journalist forgot that "Stadtrat" exists. */
  | 'reuse'
  /** Rejects (`collection-name-taken`): in the collection manager a second "Stadtrat" is a mistake worth saying. */
  | 'refuse';

/**
 * The one way a collection comes into being: the name (white space folded) and default tags
 * cleaned, in one transaction with the check that the name is free. Rejects for an empty name.
 */
export async function createCollection(
  fields: CollectionFields,
  whenTaken: WhenNameTaken,
  database: PressclipDB = defaultDb,
  now = Date.now(),
): Promise<{ collection: Collection; created: boolean }> {
  const name = collectionName(fields.name);
  return database.transaction('rw', database.collections, async () => {
    const taken = await collectionNamed(database, name);
    if (taken && whenTaken === 'reuse') return { collection: taken, created: false };
    if (taken) throw new RepositoryError('collection-name-taken', taken.name);
    const collection: Collection = {
      id: crypto.randomUUID(),
      name,
      description: fields.description?.trim() ?? '',
      defaultTags: normalizeTags(fields.defaultTags ?? []),
      createdAt: now,
    };
    await database.collections.add(collection);
    return { collection, created: true };
  });
}

/** Renames, describes or sets the default tags of a collection; same name rules as `createCollection(…, 'refuse')`. */
export async function editCollection(id: string, fields: Partial<CollectionFields>, database: PressclipDB = defaultDb): Promise<Collection> {
  return database.transaction('rw', database.collections, async () => {
    const existing = await database.collections.get(id);
    if (!existing) throw new RepositoryError('collection-missing', id);
    const next: Collection = { ...existing };
    if (fields.name !== undefined) {
      next.name = collectionName(fields.name);
      await requireFreeName(database, next.name, id);
    }
    if (fields.description !== undefined) next.description = fields.description.trim();
    if (fields.defaultTags !== undefined) next.defaultTags = normalizeTags(fields.defaultTags);
    await database.collections.put(next);
    return next;
  });
}

/** Clippings in collection `id` (for the confirmation that names the count). */
export function countInCollection(id: string, database: PressclipDB = defaultDb): Promise<number> {
  return database.clippings
    .where('[collectionId+clippedAt]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .count();
}

/**
 * Deletes collection `id`. Its clippings move to the Inbox, or are deleted (undoably, as one
 * batch) when `clippings` is 'delete'. The Inbox cannot be deleted.
 */
export async function deleteCollection(
  id: string,
  clippings: 'move-to-inbox' | 'delete',
  database: PressclipDB = defaultDb,
  now = Date.now(),
): Promise<{ moved: number; deleted?: DeletedBatch }> {
  if (id === INBOX_ID) throw new RepositoryError('inbox-protected', id);
  await requireCollection(database, id);
  const ids = await database.clippings
    .where('[collectionId+clippedAt]')
    .between([id, Dexie.minKey], [id, Dexie.maxKey])
    .primaryKeys();
  let result: { moved: number; deleted?: DeletedBatch };
  if (clippings === 'delete') result = { moved: 0, deleted: await deleteClippings(ids, database, now) };
  else result = { moved: await moveClippings(ids, INBOX_ID, database, now) };
  // Clippings saved into it meanwhile (from the popup) go to the Inbox, in the same transaction
  // as the deletion, so none is left pointing at a collection that is gone.
  await database.transaction('rw', database.clippings, database.collections, async () => {
    await database.clippings.where('[collectionId+clippedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).modify({ collectionId: INBOX_ID, updatedAt: now });
    await database.collections.delete(id);
  });
  return result;
}

async function requireCollection(database: PressclipDB, id: string): Promise<void> {
  if (!(await database.collections.get(id))) throw new RepositoryError('collection-missing', id);
}

function collectionName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new RepositoryError('collection-name-empty');
  return clean;
}

async function requireFreeName(database: PressclipDB, name: string, ownId: string): Promise<void> {
  const taken = await collectionNamed(database, name, ownId);
  if (taken) throw new RepositoryError('collection-name-taken', taken.name);
}

/** The collection called `name` in any letter case (other than `exceptId`), if there is one. */
async function collectionNamed(database: PressclipDB, name: string, exceptId?: string): Promise<Collection | undefined> {
  const wanted = tagKey(name);
  return (await database.collections.toArray()).find((c) => c.id !== exceptId && tagKey(c.name) === wanted);
}

function cleanList(values: readonly string[]): string[] {
  return values.map((value) => value.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Clippings an export reads at once: about 2 MB of typical articles. */
const EXPORT_PAGE = 250;

/**
 * The clippings with `ids`, in the given order, a page at a time (each page one short read),
 * skipping ids that no longer exist: an export of 100,000 clippings never holds them all.
 */
export async function* readClippings(ids: readonly string[], database: PressclipDB = defaultDb, pageSize = EXPORT_PAGE): AsyncGenerator<Clipping[]> {
  for (let start = 0; start < ids.length; start += pageSize) {
    const page = (await database.clippings.bulkGet(ids.slice(start, start + pageSize))).filter((c): c is Clipping => c !== undefined);
    if (page.length > 0) yield page;
  }
}

