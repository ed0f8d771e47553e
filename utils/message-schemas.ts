/**
 * Runtime shapes of the requests the background accepts (see `BackgroundRequests` in
 * utils/messages). Messages cross a process boundary, so their types are a promise, not a fact:
 * the background parses every request with these schemas before it writes anything. Kept apart
 * from utils/messages so that only the background bundles valibot.
 * @module utils/message-schemas
 */
import * as v from 'valibot';
import type { ClippingDraft } from '@/utils/db';
import type { BackgroundMessage } from '@/utils/messages';

/** Generous ceilings: far above any real article, far below what would hurt the database. */
const SHORT = 2_000;
const URL_LENGTH = 8_192;
const BODY = 20_000_000;
const LIST = 500;

const shortText = v.pipe(v.string(), v.maxLength(SHORT));
const optionalShort = v.optional(shortText);
const names = v.pipe(v.array(shortText), v.maxLength(LIST));
const id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));

const captionSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(20_000)),
  credit: optionalShort,
  imageUrl: v.optional(v.pipe(v.string(), v.maxLength(URL_LENGTH))),
  alt: optionalShort,
});

/** Unknown keys are dropped: only fields the schema names reach the database. */
export const draftSchema = v.object({
  title: shortText,
  kicker: optionalShort,
  authors: names,
  agencies: names,
  siteName: optionalShort,
  dateline: optionalShort,
  section: optionalShort,
  publishedTime: v.optional(v.pipe(v.string(), v.maxLength(64))),
  modifiedTime: v.optional(v.pipe(v.string(), v.maxLength(64))),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  excerpt: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  canonicalUrl: v.optional(v.pipe(v.string(), v.maxLength(URL_LENGTH))),
  isPartial: v.boolean(),
  url: v.pipe(v.string(), v.nonEmpty(), v.maxLength(URL_LENGTH)),
  contentHtml: v.pipe(v.string(), v.maxLength(BODY)),
  text: v.pipe(v.string(), v.maxLength(BODY)),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  captions: v.pipe(v.array(captionSchema), v.maxLength(LIST)),
  kind: v.picklist(['article', 'selection', 'link']),
  tags: names,
  collectionId: id,
  note: v.pipe(v.string(), v.maxLength(100_000)),
});

export const backgroundMessageSchema = v.variant('type', [
  v.object({ type: v.literal('save-clipping'), draft: draftSchema }),
  v.object({ type: v.literal('update-clipping'), id, draft: draftSchema }),
  v.object({ type: v.literal('create-collection'), name: v.pipe(v.string(), v.maxLength(200)) }),
]);

/** The request types the background answers; anything else is not for it. */
export const BACKGROUND_REQUEST_TYPES: ReadonlySet<string> = new Set(backgroundMessageSchema.options.map((option) => option.entries.type.literal));

export type ParsedMessage = { ok: true; message: BackgroundMessage } | { ok: false; issues: string };

export function parseBackgroundMessage(value: unknown): ParsedMessage {
  const result = v.safeParse(backgroundMessageSchema, value);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, issues: result.issues.map((issue) => `${v.getDotPath(issue) ?? 'message'}: ${issue.message}`).join('; ') };
}

// Compile-time guards that schema and types stay one contract: every field of a draft has a
// schema entry (else it would be silently dropped), and a parsed draft is a ClippingDraft.
type Assert<T extends true> = T;
export type DraftSchemaCoversEveryField = Assert<[Exclude<keyof ClippingDraft, keyof v.InferOutput<typeof draftSchema>>] extends [never] ? true : false>;
export type DraftSchemaYieldsDrafts = Assert<v.InferOutput<typeof draftSchema> extends ClippingDraft ? true : false>;
