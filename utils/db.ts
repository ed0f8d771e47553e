/**
 * The clipping database: the only file that knows table names, indexes and versions.
 *
 * Released versions are frozen. Change the schema by adding `version(n + 1)` with an upgrade,
 * never by editing an existing one: users' databases were created by it.
 * @module utils/db
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware, type Table } from 'dexie';
import type { ExtractedArticle } from '@/utils/extract/types';
import type { IndexPostingsRecord, IndexSegmentRecord } from '@/utils/library-index/segment';
import { tagKey } from '@/utils/tags';

export const DATABASE_NAME = 'pressclip';
export const INBOX_ID = 'inbox';

/** How a clipping was made: the whole article, the reader's selection, or just a link. */
export type ClippingKind = 'article' | 'selection' | 'link';

/** What the popup hands to the background to save: the article plus the user's choices. */
export interface ClippingDraft extends ExtractedArticle {
  kind: ClippingKind;
  tags: string[];
  collectionId: string;
  note: string;
}

/** A stored clipping. Plain JSON: it is exported and imported unchanged. */
export interface Clipping extends ClippingDraft {
  /** crypto.randomUUID(), stable across export and import. */
  id: string;
  /** The article's identity for "already clipped": canonical URL, else URL without tracking. */
  urlKey: string;
  /** Epoch ms of the first save (sorts and indexes cheaply, no time zone). */
  clippedAt: number;
  /** Epoch ms of the last change. */
  updatedAt: number;
}

export interface Collection {
  id: string;
  name: string;
  description: string;
  /** Tags the popup proposes for new clippings in this collection. */
  defaultTags: string[];
  createdAt: number;
}

/**
 * How often and how lately a tag was used, for the popup's suggestions. Kept in step with the
 * clippings by the repository (utils/clippings.ts) in the same transaction as every tag change,
 * so suggestions never need a scan of the clippings.
 */
export interface TagStat {
  /** The tag folded for comparison (see `tagKey`): "Lemgo" and "lemgo" are one tag. */
  key: string;
  /** The spelling shown, the one used most recently. */
  name: string;
  /** Clippings carrying the tag. A stat reaching 0 is deleted. */
  count: number;
  /** Epoch ms of the last clipping saved or tagged with it. */
  lastUsedAt: number;
}

/**
 * One entry of the change log: the clipping with this id was added, changed or deleted. The
 * library index (utils/library-index) reads the log, brings itself up to date and removes the
 * entries it has taken in. `id: null` means "anything may have changed" (the table was cleared,
 * or the database was upgraded): the index is rebuilt from the clippings.
 */
export interface ClippingChange {
  /** Auto-incremented: the order of the changes. */
  seq?: number;
  id: string | null;
}

/**
 * A clipping deleted from the library, kept until its deletion can no longer be undone.
 * `batch` groups the clippings of one delete action, so Undo restores exactly that action.
 */
export interface TrashedClipping {
  id: string;
  batch: string;
  deletedAt: number;
  clipping: Clipping;
}

/**
 * Writes a change-log entry for every clipping that is added, changed or deleted, in the same
 * transaction as the write itself, whoever makes it (popup, background, library, import). So the
 * library index can never miss a change, and no write path has to remember to report one.
 *
 * It works one level below Dexie's tables (DBCore): read-write transactions over `clippings` are
 * widened to include `changes`, and each mutation of `clippings` is followed by an `add` to it.
 */
const changeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ClippingChangeLog',
  create(down) {
    const logged = down.schema.tables.some((table) => table.name === 'changes');
    if (!logged) return {};
    return {
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('clippings') && !stores.includes('changes') ? [...stores, 'changes'] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'clippings') return table;
        return {
          ...table,
          // Promise chains, not async/await: Dexie keeps its transaction context (PSD) across its
          // own promises' callbacks but loses it across a native await.
          mutate: (req) =>
            changedIds(table, req).then((ids) => table.mutate(req).then((result) => logChanges(down, req.trans, ids).then(() => result))),
        };
      },
    };
  },
};

/** The clippings a mutation touches; read before the mutation, as a range delete loses them. */
function changedIds(clippings: DBCoreTable, req: DBCoreMutateRequest): Promise<(string | null)[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return Dexie.Promise.resolve(req.keys ?? req.values.map((value: { id: string }) => value.id));
    case 'delete':
      return Dexie.Promise.resolve(req.keys);
    case 'deleteRange':
      // Table.clear() is one "rebuild" entry; other range deletes name their clippings.
      if (req.range.type === 3 /* DBCoreRangeType.Any */) return Dexie.Promise.resolve([null]);
      return clippings.query({ trans: req.trans, values: false, query: { index: clippings.schema.primaryKey, range: req.range } }).then(({ result }) => result as string[]);
  }
}

function logChanges(down: DBCore, trans: DBCoreTransaction, ids: readonly (string | null)[]): Promise<unknown> {
  // An upgrade from an older version may write clippings before `changes` exists: version 3's
  // own "rebuild" entry covers those writes.
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  if (ids.length === 0 || (stores && !stores.contains('changes'))) return Dexie.Promise.resolve();
  return down.table('changes').mutate({ type: 'add', trans, values: ids.map((id) => ({ id })) });
}

export class PressclipDB extends Dexie {
  // We supply string keys ourselves, so Table<T, Key> rather than EntityTable.
  clippings!: Table<Clipping, string>;
  collections!: Table<Collection, string>;
  tags!: Table<TagStat, string>;
  changes!: Table<ClippingChange, number>;
  indexSegments!: Table<IndexSegmentRecord, number>;
  indexPostings!: Table<IndexPostingsRecord, number>;
  trash!: Table<TrashedClipping, string>;

  constructor(name = DATABASE_NAME) {
    super(name);

    // v1 (0.1.0).
    this.version(1).stores({
      clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName',
      collections: 'id, &name',
    });

    // v2 (0.2.0): tag statistics for suggestions, computed once from the existing clippings.
    this.version(2)
      .stores({ tags: 'key, count, lastUsedAt' })
      .upgrade(async (tx) => {
        const stats = new Map<string, TagStat>();
        await tx
          .table<Clipping, string>('clippings')
          .each((clipping) => {
            for (const name of clipping.tags) {
              const key = tagKey(name);
              const stat = stats.get(key);
              if (!stat) stats.set(key, { key, name, count: 1, lastUsedAt: clipping.clippedAt });
              else {
                stat.count += 1;
                if (clipping.clippedAt >= stat.lastUsedAt) Object.assign(stat, { name, lastUsedAt: clipping.clippedAt });
              }
            }
          });
        await tx.table<TagStat, string>('tags').bulkPut([...stats.values()]);
      });

    // v3 (library): the library index (list columns and search terms, see utils/library-index),
    // the change log that keeps it in step, and the trash that makes deleting undoable. The
    // index is built from the clippings: the upgrade logs one "rebuild" entry.
    // Measured at 100,000 clippings (README, "Library index"): an IndexedDB index entry per word
    // cut inserts to a tenth, and reads cost ~10 µs per record, so the index is kept as compact
    // segments rather than as IndexedDB indexes. The clippings' `*tags` and `siteName` indexes
    // go: the library index answers tag and outlet filters, nothing else read them, and without
    // them bulk inserts run ~35 % faster (2,100 → 2,900 clippings/s, interleaved, 50,000 each).
    this.version(3)
      .stores({
        clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt]',
        changes: '++seq',
        indexSegments: '++id, size',
        indexPostings: 'segmentId',
        trash: 'id, batch, deletedAt',
      })
      .upgrade(async (tx) => {
        await tx.table<ClippingChange, number>('changes').add({ id: null });
      });

    this.use(changeLogMiddleware);

    // Fresh databases skip upgrades; seed the Inbox here.
    this.on('populate', (tx) => tx.table<Collection, string>('collections').add(inbox()));
  }
}

function inbox(): Collection {
  return { id: INBOX_ID, name: 'Inbox', description: '', defaultTags: [], createdAt: Date.now() };
}

/** The extension's connection. Tests construct their own PressclipDB with a unique name. */
export const db = new PressclipDB();
