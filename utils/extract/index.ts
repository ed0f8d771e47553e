/**
 * Pressclip's extractor: a news page in, the article with its metadata and captions out.
 *
 * This is a contract: the content script, the tests and the Node CLI all import
 * `extractArticle` from here, so it takes a `Document` and nothing else from its environment.
 * @module utils/extract
 */
import { extractBody } from './body';
import { agencyCredit, closingByline, creditListAuthors, datelineOf, dedupe, parseByline } from './byline';
import { extractCaptions } from './captions';
import { articleLanguage } from './language';
import { extractMetadata } from './metadata';
import { byTag, closestMatch, compileSelectors, findAll, textOf } from './dom';
import { serializeClean } from './serialize';
import { blockText, countWords } from './text';
import type { ExtractOptions, ExtractResult } from './types';

export type * from './types';

/** Element cap; a bigger page fails fast with `too-large` instead of stalling the tab. */
const DEFAULT_MAX_ELEMENTS = 60_000;
/** A body shorter than this next to a paywall offer is a teaser. */
const TEASER_WORDS = 400;

/**
 * Extracts body, captions and metadata from a news page.
 *
 * Pure with respect to its inputs: reads `doc` and never mutates it (the body is extracted
 * from a pruned copy), uses no extension APIs, no storage and no clock. Runs the same in a
 * content script and in Node on a jsdom or linkedom `Document`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? doc.URL;
  if (!doc.documentElement) return { ok: false, reason: 'empty-body' };
  // Counted before any other work: a huge page fails at once instead of stalling the tab.
  if (doc.getElementsByTagName('*').length > (options.maxElements ?? DEFAULT_MAX_ELEMENTS)) {
    const title = doc.title?.trim();
    return { ok: false, reason: 'too-large', ...(title && { title }) };
  }
  const { metadata, hints } = extractMetadata(doc, url);
  const body = extractBody(doc, { url, title: metadata.title, description: metadata.excerpt, hints });
  if (!body.ok) return { ok: false, reason: body.reason, ...(metadata.title && { title: metadata.title }) };

  const { text } = body;
  const credit = agencyCredit(body.firstLine, body.lastLine);
  const removed = body.removedBylines.map(parseByline);
  let authors = metadata.authors.length > 0 ? metadata.authors : dedupe(removed.flatMap((b) => b.authors));
  // Magazines credit the writer in a list at the end: "Interview ¶ Anna Beispiel ¶ Fotos ¶ …".
  if (authors.length === 0) authors = creditListAuthors(text);
  // Local papers often sign a story at its end only: "… im Rathaus. ¶ Anna Beispiel", "Quelle: …".
  if (authors.length === 0) authors = closingByline(body.lastLine, isEmphasisedLine(body.content, body.lastLine)).authors;
  const agencies = dedupe([...metadata.agencies, ...removed.flatMap((b) => b.agencies), ...credit.agencies]);
  const dateline = credit.dateline ?? datelineOf(body.firstLine);
  const excerpt = metadata.excerpt ?? firstParagraph(body.content);
  const wordCount = countWords(text);
  const lang = articleLanguage(metadata.lang, text);
  // A paywall offer next to a short body: the page shows a teaser, whatever it declares.
  const isPartial = metadata.isPartial || (wordCount < TEASER_WORDS && hints.showsPaywallOffer());

  return {
    ok: true,
    article: {
      ...metadata,
      ...(lang && { lang }),
      url,
      authors,
      agencies,
      ...(dateline && { dateline }),
      ...(excerpt && { excerpt }),
      isPartial,
      contentHtml: serializeClean(body.content),
      text,
      wordCount,
      captions: extractCaptions(body.content, hints.images),
    },
  };
}

/** Compiled like the working copy's other selector lists (see findAll in ./dom.ts). */
const IS_EMPHASIS = compileSelectors(['b', 'strong', 'i', 'em']);
const IS_LINE_BLOCK = compileSelectors(['p', 'div', 'li', 'address']);

/** True when the body's last block is `line` set wholly in bold or italics (a signature). */
function isEmphasisedLine(root: Element, line: string): boolean {
  const want = line.trim();
  if (!want || want.length > 60) return false;
  const marks = findAll(root, IS_EMPHASIS);
  for (let i = marks.length - 1; i >= 0 && i >= marks.length - 3; i--) {
    const mark = marks[i]!;
    if (textOf(mark) !== want) continue;
    return textOf(closestMatch(mark, IS_LINE_BLOCK) ?? mark.parentElement) === want;
  }
  return false;
}

function firstParagraph(root: Element): string | undefined {
  // By tag name, not selector: the body belongs to a new document (see findAll in ./dom.ts).
  for (const p of byTag(root, 'p')) {
    const text = blockText(p);
    if (text.length >= 40) return text.replace(/\n/g, ' ');
  }
  return undefined;
}
