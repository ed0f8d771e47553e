/**
 * The clipping database: the only file that knows table names, indexes and versions.
 *
 * Released versions are frozen. Change the schema by adding `version(n + 1)` with an upgrade,
 * never by editing an existing one: users' databases were created by it.
 * @module utils/db
 */
import { Dexie, type Table } from 'dexie';
import type { ExtractedArticle } from '@/utils/extract/types';

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

export class PressclipDB extends Dexie {
  // We supply string keys ourselves, so Table<T, Key> rather than EntityTable.
  clippings!: Table<Clipping, string>;
  collections!: Table<Collection, string>;

  constructor(name = DATABASE_NAME) {
    super(name);

    // v1 (0.1.0).
    this.version(1).stores({
      clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName',
      collections: 'id, &name',
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
