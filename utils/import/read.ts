/**
 * Reads a backup file completely before anything is written: size, encoding, JSON, format and
 * version, then every record against the schema, ids and references. Article HTML is
 * sanitized again (a backup is a file from anywhere). Returns the backup, or the first problem
 * found. Pure apart from reading the Blob (./parse.ts) and yielding between slices.
 * @module utils/import/read
 */
import * as v from 'valibot';
import type { Clipping, Collection } from '@/utils/db';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/utils/export/backup';
import { mapInSlices, type SliceOptions } from '@/utils/export/slices';
import { normalizeTags } from '@/utils/tags';
import { parseBackupFile, type ParseResult } from './parse';
import { clippingSchema, collectionSchema, envelopeSchema, LIMITS } from './schema';
import { checkSettings, type SettingsPlan } from './settings';

/** What is wrong with a file, precisely enough for a message a user can act on. */
export type ImportProblem =
  | { reason: 'empty' }
  | { reason: 'too-large'; bytes: number; limit: number }
  /** A ZIP, PDF, image or other binary file, not a text file at all. */
  | { reason: 'binary'; kind: 'zip' | 'gzip' | 'pdf' | 'other' }
  /** Text, but UTF-16 or another encoding; backups are UTF-8. */
  | { reason: 'not-utf8' }
  | { reason: 'not-json'; detail: string }
  /** Valid JSON, but not a Pressclip backup. */
  | { reason: 'foreign' }
  | { reason: 'newer-version'; version: number }
  | { reason: 'invalid'; path: string; issue: InvalidIssue };

export type InvalidIssue = 'unknown-field' | 'missing-field' | 'wrong-type' | 'too-long' | 'too-many' | 'bad-value' | 'duplicate-id' | 'duplicate-name' | 'missing-collection';

export type ReadResult = { ok: true; backup: Backup; settings: SettingsPlan } | { ok: false; problem: ImportProblem };

export interface ReadOptions extends SliceOptions {
  /** The clipping sanitizer (DOMPurify in the extension), applied to every article body. */
  sanitizeHtml: (html: string) => string;
  /** Reads and parses the file (default: in this thread; the options page uses a worker). */
  parse?: (file: Blob) => Promise<ParseResult>;
}

/** Checks and reads a backup file. Never throws for bad input; rejects only when aborted or the file cannot be read at all. */
export async function readBackup(file: Blob, options: ReadOptions): Promise<ReadResult> {
  const fail = (problem: ImportProblem): ReadResult => ({ ok: false, problem });
  if (file.size === 0) return fail({ reason: 'empty' });
  if (file.size > LIMITS.fileBytes) return fail({ reason: 'too-large', bytes: file.size, limit: LIMITS.fileBytes });

  const parsed = await (options.parse ?? parseBackupFile)(file);
  if (!parsed.ok) return fail(parsed.problem);
  const { data } = parsed;

  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail({ reason: 'foreign' });
  const { format, version } = data as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return fail({ reason: 'foreign' });
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) return fail({ reason: 'newer-version', version });
  if (version !== BACKUP_VERSION) return fail({ reason: 'invalid', path: 'version', issue: typeof version === 'number' ? 'bad-value' : 'wrong-type' });

  const envelope = v.safeParse(envelopeSchema, data);
  if (!envelope.success) return fail(describeIssue(envelope.issues[0], ''));
  const settings = checkSettings(envelope.output.settings);
  if (!settings.ok) return fail({ reason: 'invalid', path: `settings.${settings.key}`, issue: 'bad-value' });

  const collections = readCollections(envelope.output.collections);
  if (!Array.isArray(collections)) return fail(collections);
  const clippings = await readClippings(envelope.output.clippings, new Set(collections.map((c) => c.id)), options);
  if (!Array.isArray(clippings)) return fail(clippings);

  const { exportedAt, generator } = envelope.output;
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, generator, settings: settings.plan.restore, collections, clippings },
    settings: settings.plan,
  };
}

function readCollections(items: readonly unknown[]): Collection[] | ImportProblem {
  const ids = new Set<string>();
  const names = new Set<string>();
  const collections: Collection[] = [];
  for (const [i, item] of items.entries()) {
    if (Array.isArray(item)) return { reason: 'invalid', path: `collections[${i}]`, issue: 'wrong-type' };
    const result = v.safeParse(collectionSchema, item);
    if (!result.success) return describeIssue(result.issues[0], `collections[${i}]`);
    const collection = result.output;
    if (ids.has(collection.id)) return { reason: 'invalid', path: `collections[${i}].id`, issue: 'duplicate-id' };
    if (names.has(collection.name)) return { reason: 'invalid', path: `collections[${i}].name`, issue: 'duplicate-name' };
    ids.add(collection.id);
    names.add(collection.name);
    collections.push({ ...collection, defaultTags: normalizeTags(collection.defaultTags) });
  }
  return collections;
}

async function readClippings(items: readonly unknown[], collectionIds: ReadonlySet<string>, options: ReadOptions): Promise<Clipping[] | ImportProblem> {
  const ids = new Set<string>();
  let problem: ImportProblem | undefined;
  const clippings = await mapInSlices(
    items,
    (item, i): Clipping | undefined => {
      if (problem) return undefined; // the first problem is the one reported
      if (Array.isArray(item)) {
        problem = { reason: 'invalid', path: `clippings[${i}]`, issue: 'wrong-type' }; // valibot would take it for an object
        return undefined;
      }
      const result = v.safeParse(clippingSchema, item);
      if (!result.success) {
        problem = describeIssue(result.issues[0], `clippings[${i}]`);
        return undefined;
      }
      const clipping = result.output;
      if (ids.has(clipping.id)) problem = { reason: 'invalid', path: `clippings[${i}].id`, issue: 'duplicate-id' };
      else if (!collectionIds.has(clipping.collectionId)) problem = { reason: 'invalid', path: `clippings[${i}].collectionId`, issue: 'missing-collection' };
      ids.add(clipping.id);
      return { ...clipping, tags: normalizeTags(clipping.tags), contentHtml: options.sanitizeHtml(clipping.contentHtml) };
    },
    options,
  );
  return problem ?? (clippings as Clipping[]);
}

/** Turns valibot's first issue into a problem naming the field, e.g. `clippings[3].title`. */
function describeIssue(issue: v.BaseIssue<unknown>, prefix: string): ImportProblem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = keys.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), prefix) || '(file)';
  return { reason: 'invalid', path, issue: issueKind(issue) };
}

function issueKind(issue: v.BaseIssue<unknown>): InvalidIssue {
  if (issue.kind === 'schema' && (issue.type === 'strict_object' || issue.type === 'object')) {
    return issue.expected === 'never' ? 'unknown-field' : 'missing-field';
  }
  if (issue.kind === 'schema') return 'wrong-type';
  if (issue.type === 'max_length') return typeof issue.input === 'string' ? 'too-long' : 'too-many';
  return 'bad-value';
}
