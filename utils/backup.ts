/**
 * Backup and restore for the options page: gathers everything into a backup file, and brings
 * a checked backup back (database in one transaction, then the settings). The impure shell
 * around utils/export/backup.ts (writing) and utils/import (checking, planning).
 * @module utils/backup
 */
import { browser } from 'wxt/browser';
import { clippingPages, countClippings, importLibrary, listCollections, previewImport } from '@/utils/clippings';
import { db as defaultDb, type PressclipDB } from '@/utils/db';
import { buildBackup, type JsonValue } from '@/utils/export/backup';
import type { SliceOptions } from '@/utils/export/slices';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import type { ImportPlan } from '@/utils/import/plan';
import { parseBackupInWorker } from '@/utils/import-worker';
import { readBackup, type ReadResult } from '@/utils/import/read';

export interface BackupFile {
  blob: Blob;
  /** "pressclip-backup-2026-11-27.json" */
  fileName: string;
  clippings: number;
  collections: number;
}

export interface BackupOptions extends SliceOptions {
  /** When the backup is made (default: now). */
  now?: Date;
  /** Who wrote it (default: "Pressclip" and the extension's version). */
  generator?: string;
}

/** What a backup file names as its writer: "Pressclip 0.1.0". */
export function generatorName(): string {
  return `Pressclip ${browser.runtime.getManifest().version}`;
}

/** Writes the whole library and the settings into a backup file (not yet downloaded). */
export async function createBackup(options: BackupOptions = {}, database: PressclipDB = defaultDb): Promise<BackupFile> {
  const now = options.now ?? new Date();
  const generator = options.generator ?? generatorName();
  const [collections, clippingCount, settings] = await Promise.all([listCollections(database), countClippings(database), readSettings()]);
  const blob = await buildBackup(
    {
      header: { exportedAt: now.toISOString(), generator, settings },
      collections,
      clippingPages: clippingPages(500, database),
      clippingCount,
    },
    options,
  );
  return { blob, fileName: `pressclip-backup-${localDay(now)}.json`, clippings: clippingCount, collections: collections.length };
}

/**
 * Checks a chosen file completely: parsed in a worker, then every record checked here in slices;
 * article HTML is sanitized with the page's DOMPurify.
 */
export function checkBackupFile(file: Blob, options: SliceOptions = {}, page: Window & typeof globalThis = window): Promise<ReadResult> {
  return readBackup(file, { ...options, parse: parseBackupInWorker, sanitizeHtml: (html) => sanitizeClipHtml(html, page) });
}

export type CheckedBackup = Extract<ReadResult, { ok: true }>;

/** What restoring would do now. */
export function previewRestore(checked: CheckedBackup, database: PressclipDB = defaultDb): Promise<ImportPlan> {
  return previewImport(checked.backup, database);
}

/**
 * Restores a checked backup: the library in one transaction (all or nothing), then the known
 * settings. Resolves with what was done.
 */
export async function restoreBackup(checked: CheckedBackup, database: PressclipDB = defaultDb): Promise<ImportPlan> {
  const plan = await importLibrary(checked.backup, database);
  if (Object.keys(checked.settings.restore).length > 0) await browser.storage.local.set(checked.settings.restore);
  return plan;
}

/** Every preference in extension storage (JSON values only, as storage holds them). */
async function readSettings(): Promise<Record<string, JsonValue>> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  return JSON.parse(JSON.stringify(all)) as Record<string, JsonValue>;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
