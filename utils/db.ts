/**
 * The clipping database: the only file that knows table names, indexes and versions.
 *
 * Released versions are frozen. Change the schema by adding `version(n + 1)` with an upgrade,
 * never by editing an existing one: users' databases were created by it.
 * @module utils/db
 */
import { Dexie, type Table } from 'dexie';
import type { ExtractedArticle } from '@/utils/extract/types';
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

export class PressclipDB extends Dexie {
  // We supply string keys ourselves, so Table<T, Key> rather than EntityTable.
  clippings!: Table<Clipping, string>;
  collections!: Table<Collection, string>;
  tags!: Table<TagStat, string>;

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

    // Fresh databases skip upgrades; seed the Inbox here.
    this.on('populate', (tx) => tx.table<Collection, string>('collections').add(inbox()));
  }
}

function inbox(): Collection {
  return { id: INBOX_ID, name: 'Inbox', description: '', defaultTags: [], createdAt: Date.now() };
}

/** The extension's connection. Tests construct their own PressclipDB with a unique name. */
export const db = new PressclipDB();
