/**
 * Pressclip's extractor: a news page in, the article with its metadata and captions out.
 *
 * This is a contract: the content script, the tests and the Node CLI all import
 * `extractArticle` from here, so it takes a `Document` and nothing else from its environment.
 * @module utils/extract
 */
import { extractBody } from './body';
import { extractCaptions } from './captions';
import { extractMetadata, isoDate, splitNames } from './metadata';
import { sanitizeElementContent } from './sanitize';
import { blockText, collapseWhitespace, countWords } from './text';
import type { ExtractOptions, ExtractResult } from './types';

export type * from './types';

/** Readability's element cap; a bigger page fails fast with `too-large` instead of hanging the tab. */
const DEFAULT_MAX_ELEMENTS = 60_000;

/**
 * Extracts body, captions and metadata from a news page.
 *
 * Pure with respect to its inputs: reads `doc` and never mutates it (Readability works on a
 * clone), uses no extension APIs, no storage and no clock. Runs the same in a content script
 * and in Node on a jsdom `Document`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? doc.URL;
  const metadata = extractMetadata(doc, url);
  const body = extractBody(doc, { maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS, url });
  if (!body.ok) return { ok: false, reason: body.reason, ...(metadata.title && { title: metadata.title }) };

  const contentHtml = sanitizeElementContent(body.content, windowOf(doc));
  const text = blockText(body.content);
  const authors = metadata.authors.length > 0 ? metadata.authors : splitNames(body.byline ?? '');

  return {
    ok: true,
    article: {
      ...metadata,
      url,
      title: metadata.title || collapseWhitespace(body.title),
      authors,
      siteName: metadata.siteName ?? (body.siteName ? collapseWhitespace(body.siteName) : undefined),
      publishedTime: metadata.publishedTime ?? isoDate(body.publishedTime),
      lang: metadata.lang ?? body.lang ?? undefined,
      excerpt: metadata.excerpt ?? (body.excerpt ? collapseWhitespace(body.excerpt) : undefined),
      contentHtml,
      text,
      wordCount: countWords(text),
      captions: extractCaptions(body.content),
    },
  };
}

/** The document's window; a document from DOMParser has none, and the current realm's serves. */
function windowOf(doc: Document): (Window & typeof globalThis) | null {
  return doc.defaultView ?? (globalThis as { window?: Window & typeof globalThis }).window ?? null;
}
