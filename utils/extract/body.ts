/**
 * The article body: Readability on a clone of the page, with boilerplate removed first.
 * @module utils/extract/body
 */
import { Readability } from '@mozilla/readability';
import { removeBoilerplate } from './boilerplate';
import { absolutizeUrls, normalizeFigures } from './normalize';
import type { ExtractFailureReason } from './types';

export type BodyResult =
  | { ok: true; content: Element; title: string; byline: string | null; excerpt: string | null; siteName: string | null; publishedTime: string | null; lang: string | null }
  | { ok: false; reason: ExtractFailureReason };

/** Readability tries harder (fewer cleaning rules) while its best candidate is shorter than this. */
const MIN_ARTICLE_CHARS = 250;
/**
 * Readability still returns its best short candidate when every attempt stays below the
 * threshold; a "body" this short is a notice, a teaser list or a consent layer, not an article.
 */
const MIN_BODY_CHARS = 200;

/** Extracts the main text block of `doc`. Works on a deep clone: `doc` is left untouched. */
export function extractBody(doc: Document, opts: { maxElements: number; url: string }): BodyResult {
  const clone = doc.cloneNode(true) as Document; // Readability rewrites the DOM it is given
  if (clone.body) {
    removeBoilerplate(clone.body);
    normalizeFigures(clone.body, clone);
    absolutizeUrls(clone.body, clone, opts.url);
  }

  const reader = new Readability<Element>(clone, {
    maxElemsToParse: opts.maxElements,
    charThreshold: MIN_ARTICLE_CHARS,
    classesToPreserve: ['caption', 'credit', 'wp-caption', 'wp-caption-text'],
    serializer: (node) => node as Element, // keep an Element: captions and text are read from it
  });

  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch (error) {
    // Readability's one deliberate throw: "Aborting parsing document; N elements found".
    if (error instanceof Error && error.message.startsWith('Aborting parsing document')) {
      return { ok: false, reason: 'too-large' };
    }
    throw error;
  }

  if (!parsed?.content) return { ok: false, reason: 'not-an-article' };
  const bodyChars = parsed.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
  if (bodyChars === 0) return { ok: false, reason: 'empty-body' };
  if (bodyChars < MIN_BODY_CHARS) return { ok: false, reason: 'not-an-article' };
  return {
    ok: true,
    content: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}
