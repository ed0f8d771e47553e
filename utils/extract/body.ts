/**
 * The article body, in four steps:
 *
 * 1. copy the page's body without its furniture (./prune.ts), keeping the headline and the
 *    CMS's body container whatever their surroundings are called;
 * 2. give lazy images their address and captions one shape (./normalize.ts);
 * 3. let Readability find the main text block in that copy;
 * 4. remove what Readability keeps although it is not the article (./tidy.ts), and put back
 *    what it leaves behind although it is: the lead paragraph and the lead picture that CMSs
 *    print between headline and body container.
 *
 * Then it decides whether the result is an article at all (index pages, consent walls and
 * notices are not).
 * @module utils/extract/body
 */
import { Readability } from '@mozilla/readability';
import { LEAD_CLASS_WORDS, LEAD_SELECTORS } from './article-markup';
import { ELEMENT_NODE, TEXT_NODE, bodiesOf, byTag, closestMatch, compileSelectors, findAll, findFirst, firstByTag, isAfter, linkDensity, nameWords, namesOf, tagOf, textOf } from './dom';
import type { PageHints } from './metadata';
import { fixLazyImages, isNamedPictureText, normalizeFigures, restoreFigures } from './normalize';
import { absolutizeUrls } from './urls';
import { SCOPE_ATTRIBUTE, classify, copyWithoutFurniture, hasFurnitureName } from './prune';
import { blockText, collapseWhitespace, lastBlockLine } from './text';
import { tidyAddedPicture, tidyArticle } from './tidy';
import type { ExtractFailureReason } from './types';

export interface BodyOptions {
  url: string;
  /** The headline found by the metadata step; Readability drops its duplicate from the body. */
  title: string;
  /** The summary the page declares (description meta tags, JSON-LD), often its printed lead. */
  description?: string;
  hints: PageHints;
}

export type BodyResult =
  | {
      ok: true;
      content: Element;
      /** The body's running text, one line per block, figure captions left out. */
      text: string;
      /** First line of the body, and last line before tidying, for datelines and agency credits. */
      firstLine: string;
      lastLine: string;
      /** Byline lines removed from the top of the body, for the authors when metadata has none. */
      removedBylines: string[];
    }
  | { ok: false; reason: ExtractFailureReason };

/** Readability tries harder (fewer cleaning rules) while its best candidate is shorter than this. */
const READABILITY_CHAR_THRESHOLD = 250;
/** Below this the "body" is a notice, a teaser or a consent layer, unless the page declares an article. */
const MIN_BODY_CHARS = 200;
const MIN_DECLARED_BODY_CHARS = 80;
/** Figure captions are kept in `captions` and in `contentHtml`, not in the running text. */
const CAPTIONS = new Set(['FIGCAPTION']);
const IS_LEAD_SELECTOR = compileSelectors(LEAD_SELECTORS);
/**
 * A class whose last word names the lead, whatever comes before it and whatever modifier
 * follows: "article-single__excerpt", "story__intro--large", "lead--lg", "a-lead", "texto-bajada",
 * and the text of a block so named: "c-page-intro__copy".
 * The last word only: "intro-slider" or "summary-box" are something else. A modifier naming a
 * type ("field--type-text-with-summary", a Drupal body field) says what the block holds, not its role.
 */
const LEAD_CLASS = new RegExp(String.raw`(?:^|\s)(?![\w-]*--type-)(?:[\w-]*[-_])?(?:${LEAD_CLASS_WORDS.join('|')})(?:__(?:text|copy|content|body))?(?:--[\w-]+)?(?=\s|$)`, 'i');
/** The lead words anywhere in a class: a quick test that spares LEAD_CLASS most class lists of a page. */
const LEAD_WORD = new RegExp(LEAD_CLASS_WORDS.join('|'), 'i');
const IS_LEAD = (el: Element) => {
  if (IS_LEAD_SELECTOR(el)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && LEAD_WORD.test(cls) && LEAD_CLASS.test(cls);
};
/** Selectors matched in the working copy, compiled or by tag name (see findAll in ./dom.ts). */
const IS_SUBHEADING = compileSelectors(['h2', 'h3', 'h4', 'h5']);
const IS_LINK = compileSelectors(['a']);
const IS_LINK_WITH_HREF = compileSelectors(['a[href]']);
const IS_IMG_WITH_SRC = compileSelectors(['img[src]']);
const IS_PAGE_DIV = (el: Element) => el.getAttribute('id') === 'readability-page-1';
const IS_SCOPE = (el: Element) => el.hasAttribute(SCOPE_ATTRIBUTE);
const HAS_CLASS_OR_ID = (el: Element) => el.hasAttribute('class') || el.hasAttribute('id');
const READ_MORE = /^(?:weiterlesen|mehr|mehr lesen|mehr erfahren|zum artikel|read more|continue reading|more|»|…|\.\.\.)\s*[»›>…]*$/i;
/** Tidying that leaves less than this share of Readability's text is undone. */
const MAX_TIDY_LOSS = 0.35;

/** What Readability takes for a byline: its own pattern for class and id, rel and itemprop "author". */
const READABILITY_BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;

/**
 * Readability removes the first short element named like a byline as the article's byline. Two
 * such elements are not bylines, and lose those names in the copy so that their text stays:
 * - in a figure, the caption or its photo credit ("cutline-byline", "byline-image",
 *   "photo-author"); nothing after Readability reads the names (normalizeFigures has marked
 *   the captions up already);
 * - a dateline that opens a paragraph ("<p><span class=dateline>KOBE – </span>A total of …"):
 *   the story's first words, read as the dateline from the text.
 */
function unmarkNonBylines(body: Element): void {
  for (const figure of byTag(body, 'figure')) {
    for (const el of [figure, ...byTag(figure, '*')]) unmarkByline(el);
  }
  // The paragraphs' opening elements only: a dateline opens its paragraph, and the tag lookup spares a walk.
  for (const paragraph of byTag(body, 'p')) {
    const el = paragraph.firstElementChild;
    if (el && DATELINE_NAME.test(namesOf(el)) && textOf(paragraph).length >= textOf(el).length + MIN_TEXT_AFTER_DATELINE) unmarkByline(el);
  }
}

/** A class or id that names a dateline ("dateline", "article-dateline"). */
const DATELINE_NAME = /dateline/i;
/** Text a paragraph holds beyond a dateline in it when the dateline opens running text. */
const MIN_TEXT_AFTER_DATELINE = 40;

/** Removes what makes Readability take `el` for a byline: its class and id words, rel and itemprop "author". */
function unmarkByline(el: Element): void {
  const className = el.getAttribute('class');
  if (className && READABILITY_BYLINE_NAME.test(className)) {
    el.setAttribute('class', className.split(/\s+/).filter((name) => !READABILITY_BYLINE_NAME.test(name)).join(' '));
  }
  const id = el.getAttribute('id');
  if (id && READABILITY_BYLINE_NAME.test(id)) el.removeAttribute('id');
  if (el.getAttribute('rel') === 'author') el.removeAttribute('rel');
  if (el.getAttribute('itemprop')?.includes('author')) el.removeAttribute('itemprop');
}

/** Extracts the main text block of `doc`. Works on a pruned copy: `doc` is left untouched. */
export function extractBody(doc: Document, options: BodyOptions): BodyResult {
  if (bodiesOf(doc).length === 0) return { ok: false, reason: 'empty-body' };

  const { hints } = options;
  const anchors = [...(hints.headline ? [hints.headline] : []), ...hints.bodyContainers];
  const scope = hints.headline?.closest('article, main, [role="main"], [itemtype*="Article"], [itemtype*="BlogPosting"]') ?? undefined;
  const headlineArticle = hints.headline?.closest('article') ?? undefined;
  const work = copyWithoutFurniture(doc, { anchors, title: options.title, omit: hints.kicker ? [hints.kicker] : [], ...(scope && { scope }), ...(headlineArticle && { headlineArticle }) });
  if (work.body) {
    fixLazyImages(work.body);
    normalizeFigures(work.body, work);
    unmarkNonBylines(work.body);
  }

  const parsed = new Readability<Element>(work, {
    charThreshold: READABILITY_CHAR_THRESHOLD,
    classesToPreserve: ['caption', 'credit'],
    disableJSONLD: true, // metadata is read from the page itself, not from the pruned copy
    serializer: (node) => node as Element, // keep an Element: captions and text are read from it
  }).parse();

  if (!parsed?.content) return { ok: false, reason: hasText(doc) ? 'not-an-article' : 'empty-body' };
  let content = parsed.content;
  restoreFigures(content, work);
  const rawText = collapseWhitespace(parsed.textContent ?? '');
  if (rawText.length === 0) return { ok: false, reason: 'empty-body' };

  const lastLine = lastBlockLine(content, { skip: CAPTIONS });
  // An index page is recognised by what Readability kept, before tidying removes its link lists.
  const untidied = content;
  let isIndex = looksLikeIndex(untidied, hints);
  // Tidying removes furniture, never the article: if it would take most of the text (a post
  // that is a list of links, say), the untidied body stands.
  const tidied = tidyArticle(content);
  let { removedBylines } = tidied;
  const restored = textOf(content).length < MAX_TIDY_LOSS * rawText.length;
  if (restored) {
    tidied.restore();
    removedBylines = [];
  }
  addLead(content, findLead(doc, hints, options.description), work);
  addLeadFigure(content, work);
  absolutizeUrls(content, doc, options.url);
  content = innermostWrapper(content);
  const text = blockText(content, { skip: CAPTIONS });
  // A restored body is judged as it is kept: with the lead and picture added above.
  if (restored) isIndex = looksLikeIndex(untidied, hints);

  const bodyChars = textOf(content).length;
  const declared = hints.bodyContainers.length > 0 || hints.declaresArticle === true;
  if (bodyChars === 0) return { ok: false, reason: 'empty-body' };
  if (bodyChars < (declared ? MIN_DECLARED_BODY_CHARS : MIN_BODY_CHARS)) return { ok: false, reason: 'not-an-article' };
  if (isIndex) return { ok: false, reason: 'not-an-article' };
  return { ok: true, content, text, firstLine: text.split('\n', 1)[0] ?? '', lastLine, removedBylines };
}

/** True when the page shows any text at all (a <noscript> notice does not count). */
function hasText(doc: Document): boolean {
  return bodiesOf(doc).some((body) => blockText(body).length > 0);
}

/**
 * A section front, search result or archive page: Readability returns its list of teasers.
 * Teasers are linked headings with short summaries; an article has more prose paragraphs than
 * linked headings. Pages that declare themselves an article are trusted.
 */
function looksLikeIndex(content: Element, hints: PageHints): boolean {
  if (hints.declaresArticle) return false;
  let linkedHeadings = 0;
  for (const heading of findAll(content, IS_SUBHEADING)) {
    const text = textOf(heading);
    if (text && (closestMatch(heading, IS_LINK) || linkDensity(heading, text.length) >= 0.8)) linkedHeadings++;
  }
  let prose = 0;
  for (const p of byTag(content, 'p')) {
    const length = textOf(p).length;
    if (length >= 120 && linkDensity(p, length) < 0.3) prose++;
  }
  // "Weiterlesen" / "mehr" links after excerpts.
  const readMore = byTag(content, 'a').filter((a) => READ_MORE.test(textOf(a))).length;
  const text = textOf(content).length;
  return (linkedHeadings >= 3 && linkedHeadings >= prose) || readMore >= 3 || (text > 0 && linkDensity(content, text) > 0.5);
}

/**
 * The lead paragraph the page marks as such (standfirst, "Vorspann"), when it sits after the
 * headline. Readability picks the body container and loses a lead printed in the header.
 */
function findLead(doc: Document, hints: PageHints, description: string | undefined): string | undefined {
  const headline = hints.headline;
  if (!headline) return undefined;
  const scope = headline.closest('article, main, [role="main"]') ?? headline.parentElement?.parentElement ?? bodiesOf(doc)[0];
  if (!scope) return undefined;
  // Cheapest tests first: a page can have many blocks named like a lead (teasers, summaries).
  for (const el of findAll(scope, IS_LEAD, 20)) {
    if (!isAfter(el, headline)) continue; // must follow the headline
    if (tagOf(el) === 'META' || closestMatch(el, IS_OUTSIDE_LEAD)) continue;
    if (isInOtherArticle(el, headline)) continue;
    if (IS_LEAD_SELECTOR(el) ? isAfterBodyOrFurniture(el, scope, hints.bodyContainers[0]) : !isOpeningLead(el, scope, hints.bodyContainers[0])) continue;
    const text = leadText(el);
    if (isLeadLength(text)) return text;
  }
  const teaser = headerTeaserText(headline, scope);
  if (teaser) return teaser;
  return sentenceHeadingAfter(headline, scope, hints.bodyContainers[0]) ?? describedBlockAfter(headline, scope, description);
}

/** Shorter than this a "lead" is a label or a teaser line; longer, it is the body or a box of text. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 1000;

function isLeadLength(text: string): boolean {
  return text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS;
}

/** A class whose last word is "teaser" ("article-teaser", "mosi-artikel-teaser", "teaser--large"). */
const TEASER_CLASS = /(?:^|\s)(?:[\w-]*[-_])?teaser(?:__(?:text|copy|content|body))?(?:--[\w-]+)?(?=\s|$)/i;

/**
 * The lead printed as the article's "teaser" (German "Anreißer") in the headline's own block, after
 * the headline. Anywhere else a block so named is a teaser of another story, so only the
 * headline's siblings count, and only inside the article's container.
 */
function headerTeaserText(headline: Element, scope: Element): string | undefined {
  const header = headline.parentElement;
  if (!header || header === scope || !scope.contains(header)) return undefined;
  for (let el = headline.nextElementSibling; el; el = el.nextElementSibling) {
    if (!TEASER_CLASS.test(el.getAttribute('class') ?? '') || closestMatch(el, IS_OUTSIDE_LEAD) || inFurniture(el, scope)) continue;
    const text = leadText(el);
    return isLeadLength(text) ? text : undefined;
  }
  return undefined;
}

/** How much of the declared description a block must begin with to be the lead it summarises. */
const DESCRIPTION_PREFIX_CHARS = 60;

/**
 * The lead printed under the headline in a block named for no role (`<p class="heading">`), found
 * because the page declares it as its description: among the few blocks right after the
 * headline, one that begins as the description does (descriptions are often the lead cut short).
 */
function describedBlockAfter(headline: Element, scope: Element, description: string | undefined): string | undefined {
  const key = foldForLead(description ?? '').slice(0, DESCRIPTION_PREFIX_CHARS);
  if (key.length < DESCRIPTION_PREFIX_CHARS) return undefined;
  for (let cur: Element | null = headline, depth = 0; cur && cur !== scope && depth < 2; cur = cur.parentElement, depth++) {
    for (let block = cur.nextElementSibling, n = 0; block && n < 3; block = block.nextElementSibling, n++) {
      if (!IS_DESCRIBED_BLOCK(block) || closestMatch(block, IS_OUTSIDE_LEAD) || inFurniture(block, scope)) continue;
      const text = textOf(block);
      if (!isLeadLength(text) || !foldForLead(text).startsWith(key)) continue;
      // One block of text, or a wrapper around only that: a wrapper of several blocks is the body
      // itself, or a box of other things.
      const nested = findAll(block, IS_NESTED_BLOCK, 2);
      if (nested.length === 0 || (nested.length === 1 && textOf(nested[0]) === text)) return text;
    }
  }
  return undefined;
}

const IS_DESCRIBED_BLOCK = compileSelectors(['p', 'div', 'h2', 'h3', 'strong']);
const IS_NESTED_BLOCK = compileSelectors(['p', 'div', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table', 'blockquote']);

/** Letters and digits only, lower case: a description drops or changes punctuation and spacing. */
function foldForLead(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Length of a heading that is a lead written as sentences, not a subtitle. */
const MIN_SENTENCE_HEADING_CHARS = 100;
const MAX_SENTENCE_HEADING_CHARS = 600;
const ENDS_SENTENCE = /[.!?…"“”»«]$/;

/**
 * A lead set as the first subheading after the headline ("<h2>Die in Bonn angesiedelte
 * UN-Konvention … hat am 25. Januar Empfehlungen veröffentlicht.</h2>"): whole sentences, longer
 * than a subtitle, opening the text: before the body container (see isOpeningLead), or first in
 * it, after no more than a label such as "Anzeige" (page builders set the lead in a row of its
 * own, which Readability leaves out beside the rows of text).
 */
function sentenceHeadingAfter(headline: Element, scope: Element, container: Element | undefined): string | undefined {
  for (const heading of findAll(scope, IS_SUBHEADING, 10)) {
    if (!isAfter(heading, headline)) continue;
    const text = textOf(heading);
    if (text.length < MIN_SENTENCE_HEADING_CHARS || text.length > MAX_SENTENCE_HEADING_CHARS || !ENDS_SENTENCE.test(text)) return undefined;
    if (closestMatch(heading, IS_OUTSIDE_LEAD)) return undefined;
    const opensContainer = container !== undefined && container !== heading && container.contains(heading);
    if (opensContainer) return textBefore(heading, container, LABEL_CHARS) <= LABEL_CHARS && !inFurniture(heading, scope) ? text : undefined;
    return isOpeningLead(heading, scope, container) ? text : undefined;
  }
  return undefined;
}

/** Text a block may follow in the body container and still open it: a label ("Anzeige", "Werbung"). */
const LABEL_CHARS = 20;

/**
 * Characters of text before `el` in `container`, leaving out furniture (scripts, hidden blocks,
 * blocks named as ads); counting stops once past `max`. Text nodes are trimmed, not folded:
 * the count only has to tell a label from a paragraph.
 */
function textBefore(el: Element, container: Element, max: number): number {
  let length = 0;
  const count = (node: Node): void => {
    if (length > max) return;
    if (node.nodeType === TEXT_NODE) length += (node.nodeValue ?? '').trim().length;
    else if (node.nodeType === ELEMENT_NODE && classify(node as Element) !== 'furniture') {
      for (let child = node.firstChild; child; child = child.nextSibling) count(child);
    }
  };
  for (let cur: Element | null = el; cur && cur !== container; cur = cur.parentElement) {
    for (let sibling = cur.previousSibling; sibling && length <= max; sibling = sibling.previousSibling) count(sibling);
  }
  return length;
}

/**
 * Whether a block known as a lead only by its class's last word ("td-excerpt", "rating-summary")
 * opens the text: it stands before the body container, and neither it nor a block around it (up
 * to `scope`) is named as furniture (a comment, a promo, a rating). The lead classes listed in
 * ./article-markup.ts need no such check.
 */
function isOpeningLead(el: Element, scope: Element, container: Element | undefined): boolean {
  if (container && (container === el || isAfter(el, container))) return false;
  return !inFurniture(el, scope);
}

/**
 * Whether a block with a listed lead class is something else: it follows the body container (a
 * teaser card of another story, "article-teaser" is a common name for those), or it sits in
 * furniture ("related", "more-articles"). Inside the body container it may well open the text.
 */
function isAfterBodyOrFurniture(el: Element, scope: Element, container: Element | undefined): boolean {
  if (container && !container.contains(el) && isAfter(el, container)) return true;
  return inFurniture(el, scope);
}

/** True when `el` or a block around it, up to `scope`, is named as furniture. */
function inFurniture(el: Element, scope: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== scope; cur = cur.parentElement) if (hasFurnitureName(namesOf(cur))) return true;
  return false;
}

/**
 * True when `el` is in an <article> of another story: a teaser card, an <article> that does not
 * hold the headline while the headline has one of its own, or one nested in another <article>. A
 * headline printed above the <article> with the text is not another story's.
 */
function isInOtherArticle(el: Element, headline: Element): boolean {
  const article = closestMatch(el, IS_ARTICLE);
  if (!article || article.contains(headline)) return false;
  return closestMatch(headline, IS_ARTICLE) !== null || (article.parentElement !== null && closestMatch(article.parentElement, IS_ARTICLE) !== null);
}

/** Compiled like the module's other selectors: `closest` would parse a selector on every call. */
const IS_ARTICLE = compileSelectors(['article']);
/** Where a block named like a lead is something else: a caption, navigation, a sidebar, a footer, a link. */
const IS_OUTSIDE_LEAD = compileSelectors(['figure', 'figcaption', 'nav', 'aside', 'footer', 'a']);

/** Text a picture block in a lead may carry (caption and credit); more than this is the lead's own text. */
const PICTURE_BLOCK_CHARS = 300;

/**
 * The lead's own words. A lead block that also holds the opening picture ("<div class=intro>
 * <span><img><p class=caption>…</p></span><p>Lead …</p></div>") gives only the text beside the
 * picture: its caption and credit belong to the picture, not to the lead.
 */
function leadText(lead: Element): string {
  if (!lead.querySelector('img, picture, figure') && !Array.from(lead.children).some(isPictureDescription)) return textOf(lead);
  const parts: string[] = [];
  // Text nodes in a row are one run of text (a word may be split across them, see headlineParts).
  let inTextRun = false;
  for (let node = lead.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if (inTextRun) parts[parts.length - 1] += node.nodeValue ?? '';
      else parts.push(node.nodeValue ?? '');
      inTextRun = true;
    }
    if (node.nodeType !== 1) continue;
    inTextRun = false;
    const el = node as Element;
    if (el.matches('img, picture, figure') || isPictureBlock(el)) continue;
    if (isNamedPictureText(el) || isPictureDescription(el)) continue;
    parts.push(textOf(el));
  }
  return collapseWhitespace(parts.join(' '));
}

const PICTURE_WORDS = new Set(['image', 'img', 'bild', 'foto', 'photo', 'picture']);
const DESCRIPTION_WORDS = new Set(['description', 'desc', 'text', 'caption', 'copyright', 'credit', 'source']);

/**
 * A block named as the text of a picture ("atc-ImageDescription", "photo-text"), kept apart from
 * a lead that holds it even when the picture itself is not there (loaded by script, or shown
 * elsewhere): "Auch Herbert Grönemeyer gehört zu den Unterstützern. Bild: dpa" is no part of a lead.
 */
function isPictureDescription(el: Element): boolean {
  const words = nameWords(namesOf(el));
  return words.some((w) => PICTURE_WORDS.has(w)) && words.some((w) => DESCRIPTION_WORDS.has(w));
}

/**
 * One picture with no more text than a caption and credit. A table or list with icons, or a
 * long block that also holds a picture, is text.
 */
function isPictureBlock(el: Element): boolean {
  return el.querySelectorAll('img').length === 1 && !el.matches('table, ul, ol, dl') && textOf(el).length <= PICTURE_BLOCK_CHARS;
}

function addLead(content: Element, lead: string | undefined, work: Document): void {
  if (!lead) return;
  // Folded as the description is (letters of every script): an ASCII-only fold left nothing of
  // a Cyrillic or Greek lead, and an empty key is found in any text.
  const key = foldForLead(lead.slice(0, 120));
  if (!key || foldForLead(textOf(content)).includes(key)) return;
  const page = findFirst(content, IS_PAGE_DIV) ?? content;
  const p = work.createElement('p');
  p.textContent = lead;
  page.insertBefore(p, page.firstChild);
}

/**
 * The article's main picture, when Readability left it behind: CMSs print it between headline
 * and body container, outside the block Readability picks. It is the first figure still in the
 * article's container of the working copy.
 */
function addLeadFigure(content: Element, work: Document): void {
  const scope = findFirst(work, IS_SCOPE);
  if (!scope) return;
  const figure = byTag(scope, 'figure').find((f) => findFirst(f, IS_IMG_WITH_SRC) && !closestMatch(f, IS_LINK_WITH_HREF));
  if (!figure) return;
  const src = firstByTag(figure, 'img')?.getAttribute('src');
  if (src && byTag(content, 'img').some((img) => img.getAttribute('src') === src)) return;
  // Readability strips the page's classes from what it keeps; the same for this picture.
  for (const el of [figure, ...findAll(figure, HAS_CLASS_OR_ID)]) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
  tidyAddedPicture(figure);
  const page = findFirst(content, IS_PAGE_DIV) ?? content;
  page.insertBefore(figure, page.firstChild);
}

/** Readability wraps the article in a page div and keeps the CMS's wrappers; one level is enough. */
function innermostWrapper(content: Element): Element {
  let root = content;
  for (;;) {
    const only = root.children.length === 1 ? root.children[0]! : null;
    if (!only || !/^(?:DIV|SECTION|ARTICLE)$/.test(only.tagName.toUpperCase())) return root;
    const outsideText = Array.from(root.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    if (outsideText) return root;
    root = only;
  }
}
