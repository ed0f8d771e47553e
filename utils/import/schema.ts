/**
 * What a Pressclip backup (format "pressclip-backup", version 1) must look like, record by
 * record, as valibot schemas. Strict: unknown fields, wrong types and absurd sizes are errors,
 * so a foreign or damaged file is refused before anything is written. Pure.
 *
 * The limits are far above anything the extension stores (a clipped article is rarely above a
 * few hundred kB) and only keep a hostile file from exhausting memory.
 * @module utils/import/schema
 */
import * as v from 'valibot';
import type { Clipping, Collection } from '@/utils/db';

export const LIMITS = {
  /** Backups are read whole; browsers cannot hold a longer string than about 512 MB. */
  fileBytes: 500 * 1024 * 1024,
  clippings: 1_000_000,
  collections: 10_000,
  /** Headlines, names, tags, dates, ids. */
  shortText: 100_000,
  urls: 100_000,
  /** Article HTML and text, notes, excerpts. */
  longText: 20_000_000,
  listItems: 10_000,
} as const;

const shortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText, `is longer than ${LIMITS.shortText.toLocaleString('en')} characters`));
const longText = v.pipe(v.string(), v.maxLength(LIMITS.longText, `is longer than ${LIMITS.longText.toLocaleString('en')} characters`));
const url = v.pipe(v.string(), v.maxLength(LIMITS.urls, `is longer than ${LIMITS.urls.toLocaleString('en')} characters`));
const id = v.pipe(v.string(), v.nonEmpty('is empty'), v.maxLength(200, 'is longer than 200 characters'));
const epochMs = v.pipe(v.number(), v.safeInteger('is not a whole number'), v.minValue(0, 'is negative'));
const textList = v.pipe(v.array(shortText), v.maxLength(LIMITS.listItems, `has more than ${LIMITS.listItems} entries`));

export const captionSchema = v.strictObject({
  text: longText,
  credit: v.optional(shortText),
  imageUrl: v.optional(url),
  alt: v.optional(longText),
});

export const clippingSchema = v.strictObject({
  id,
  urlKey: url,
  kind: v.picklist(['article', 'selection', 'link']),
  url,
  canonicalUrl: v.optional(url),
  title: shortText,
  kicker: v.optional(shortText),
  authors: textList,
  agencies: textList,
  siteName: v.optional(shortText),
  dateline: v.optional(shortText),
  section: v.optional(shortText),
  publishedTime: v.optional(shortText),
  modifiedTime: v.optional(shortText),
  lang: v.optional(shortText),
  excerpt: v.optional(longText),
  isPartial: v.boolean(),
  contentHtml: longText,
  text: longText,
  wordCount: v.pipe(v.number(), v.safeInteger('is not a whole number'), v.minValue(0, 'is negative')),
  captions: v.pipe(v.array(captionSchema), v.maxLength(LIMITS.listItems, `has more than ${LIMITS.listItems} entries`)),
  tags: textList,
  collectionId: id,
  note: longText,
  clippedAt: epochMs,
  updatedAt: epochMs,
});

export const collectionSchema = v.strictObject({
  id,
  name: v.pipe(shortText, v.nonEmpty('is empty')),
  description: longText,
  defaultTags: textList,
  createdAt: epochMs,
});

/**
 * Settings values are whatever extension storage held: any JSON, but not nested deeper than
 * preferences ever are (a 10,000-level value would only be an attack on the parser).
 * Known settings are checked key by key in utils/import/settings.ts.
 */
const settingValue = v.pipe(
  v.unknown(),
  v.check((value) => depthAtMost(value, 32), 'is nested too deeply'),
);

/**
 * The envelope, with the records left unchecked: they are checked one by one afterwards, in
 * slices, so a large file does not freeze the page.
 */
export const envelopeSchema = v.strictObject({
  format: v.string(),
  version: v.number(),
  exportedAt: shortText,
  generator: shortText,
  settings: v.record(v.pipe(v.string(), v.maxLength(1_000)), settingValue),
  collections: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.collections, `has more than ${LIMITS.collections.toLocaleString('en')} entries`)),
  clippings: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.clippings, `has more than ${LIMITS.clippings.toLocaleString('en')} entries`)),
});

/** True when `value` has no arrays or objects nested deeper than `limit` (checked without recursion). */
function depthAtMost(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

// The schemas must describe exactly the stored records. If this fails to compile, a field was
// added to (or removed from) Clipping or Collection in utils/db.ts: add it here too, and raise
// BACKUP_VERSION if old backups lack it.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const clippingSchemaMatches: SameKeys<v.InferOutput<typeof clippingSchema>, Clipping> & Mutual<v.InferOutput<typeof clippingSchema>, Clipping> = true;
const collectionSchemaMatches: SameKeys<v.InferOutput<typeof collectionSchema>, Collection> & Mutual<v.InferOutput<typeof collectionSchema>, Collection> = true;
void clippingSchemaMatches;
void collectionSchemaMatches;
