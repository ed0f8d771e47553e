/**
 * The JSON backup: everything a user needs to get their library back after a reinstall or on
 * another machine (collections, clippings, settings; tag statistics are derived and rebuilt on
 * import). Read back by utils/import. Pure and deterministic for a given input.
 *
 * Layout: a pretty-printed envelope with one record per line, so the file stays readable and
 * diffable, and the writer can emit it record by record instead of as one giant string.
 * @module utils/export/backup
 */
import type { Clipping, Collection } from '@/utils/db';
import { mapInSlices, type SliceOptions } from './slices';
import { surveyClippings, type ClippingSource, type StagedSliceOptions } from './source';

export const BACKUP_FORMAT = 'pressclip-backup';
/** Raise it, and teach utils/import/schema.ts to read the old one, whenever the shape changes. */
export const BACKUP_VERSION = 1;
export const BACKUP_MIME = 'application/json';

/** JSON-safe values, as kept in extension storage. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time the backup was made. */
  exportedAt: string;
  /** The program and version that wrote it, e.g. "Pressclip 0.1.0" (informational). */
  generator: string;
  /** The extension's preferences (extension storage), by key. */
  settings: Record<string, JsonValue>;
  collections: Collection[];
  clippings: Clipping[];
}

export type BackupHeader = Pick<Backup, 'exportedAt' | 'generator' | 'settings'>;

/** A whole backup as one string (tests and small libraries). */
export function backupToJson(backup: Omit<Backup, 'format' | 'version'>): string {
  return [envelopeStart(backup), records(backup.collections), '\n  ],\n  "clippings": [', records(backup.clippings), '\n  ]\n}\n'].join('');
}

export interface BackupSource {
  header: BackupHeader;
  collections: readonly Collection[];
  /** Clippings page by page (the database is read in pages, not all at once). */
  clippingPages: AsyncIterable<readonly Clipping[]>;
  /** How many clippings the pages hold, for progress. */
  clippingCount: number;
}

/**
 * Writes the backup page by page into a Blob: the same bytes as `backupToJson`, without ever
 * holding the whole file as one string. Rejects with the signal's reason if aborted.
 */
export async function buildBackup(source: BackupSource, options: SliceOptions = {}): Promise<Blob> {
  const parts: (string | Blob)[] = [envelopeStart(source.header), records(source.collections), '\n  ],\n  "clippings": ['];
  let done = 0;
  for await (const page of source.clippingPages) {
    const lines = await mapInSlices(page, (clipping, i) => `${done + i === 0 ? '' : ','}\n    ${JSON.stringify(clipping)}`, {
      signal: options.signal,
      onProgress: ({ done: inPage }) => options.onProgress?.({ done: done + inPage, total: source.clippingCount }),
    });
    done += page.length;
    parts.push(new Blob(lines)); // this page's text leaves the JavaScript heap
  }
  parts.push('\n  ]\n}\n');
  options.onProgress?.({ done, total: Math.max(done, source.clippingCount) });
  return new Blob(parts, { type: BACKUP_MIME });
}

export interface PartialBackupOptions extends StagedSliceOptions {
  header: BackupHeader;
  /** Every collection; the file holds those its clippings are in. */
  collections: readonly Collection[];
}

/**
 * Some clippings (a selection, a filtered view, a collection) in the backup format, with the
 * collections they are in, so Restore can bring them into this or another library. A first
 * pass learns which collections those are (keeping only two ids per clipping), the second
 * writes the clippings page by page. Rejects with the signal's reason if aborted.
 */
export async function writePartialBackup(source: ClippingSource, options: PartialBackupOptions): Promise<Blob> {
  const found = await surveyClippings(source, ({ id, collectionId }) => ({ id, collectionId }), () => 0, options);
  const used = new Set(found.map((entry) => entry.collectionId));
  const ids = found.map((entry) => entry.id);
  options.onStage?.('writing');
  return buildBackup(
    { header: options.header, collections: options.collections.filter((c) => used.has(c.id)), clippingPages: source.read(ids), clippingCount: ids.length },
    { signal: options.signal, onProgress: options.onProgress },
  );
}

/** Everything before the collections: the format, its version, the header and the settings. */
function envelopeStart(header: BackupHeader): string {
  return [
    '{',
    `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
    `  "version": ${BACKUP_VERSION},`,
    `  "exportedAt": ${JSON.stringify(header.exportedAt)},`,
    `  "generator": ${JSON.stringify(header.generator)},`,
    `  "settings": ${JSON.stringify(header.settings)},`,
    '  "collections": [',
  ].join('\n');
}

function records(items: readonly unknown[]): string {
  return items.map((item, i) => `${i ? ',' : ''}\n    ${JSON.stringify(item)}`).join('');
}
