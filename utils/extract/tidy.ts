/**
 * Cleaning after Readability: what its scoring keeps although no reader would call it the
 * article — "Das könnte Sie auch interessieren" sections, "Lesen Sie auch: …" link prompts,
 * byline and date lines at the top, tag and category lines and appeals for money or membership
 * at the end, loose photo credits, read-time labels, comment prompts. Works on Readability's
 * output element (mutates it).
 * @module utils/extract/tidy
 */
import { APPEAL_PHRASES, BOILERPLATE_HEADINGS, BOILERPLATE_LINES, CHART_HEADINGS } from './boilerplate';
import { agencyName, parseByline } from './byline';
import { findDateInText } from './dates';
import { ELEMENT_NODE, compileSelectors, findAll, findFirst, firstByTag, isBlank, linkDensity, shortTextOf, tagOf, textOf, type Matcher } from './dom';
import { collapseWhitespace } from './text';

/**
 * One test for a list of patterns: true where any of them matches. The phrase lists are tested
 * against every short block of an article, and one scan of the text costs less than thirty.
 * Patterns are joined only with patterns of the same flags, so each keeps its meaning.
 */
function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    // Stateful flags would carry lastIndex from one text to the next; numbered back-references would shift.
    if (/[gy]/.test(re.flags) || /\\[1-9]/.test(re.source)) throw new Error(`Pattern cannot be joined: ${re}`);
    byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((re) => re.test(text));
}

const IS_BOILERPLATE_HEADING = anyOf(BOILERPLATE_HEADINGS);
const IS_CHART_HEADING = anyOf(CHART_HEADINGS);
const IS_BOILERPLATE_LINE = anyOf(BOILERPLATE_LINES);
/** The appeal phrases as one expression (all case-insensitive), for where a match begins. */
const APPEAL = new RegExp(APPEAL_PHRASES.map((re) => `(?:${re.source})`).join('|'), 'i');
/** A quotation mark right before a phrase: the article quotes an appeal, it does not make one. */
const QUOTE_BEFORE = /[„“”"«»‚‘’']\s*$/;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Selector lists, compiled: tidying works on the working copy (see findAll in ./dom.ts). */
const tags = (list: string): Matcher => compileSelectors(list.split(','));
const IS_BLOCK = tags('p, div, li, h2, h3, h4, h5, h6, span, section, blockquote, ul, ol, dl, table, figure');
const IS_HEADING_CANDIDATE = tags('h1, h2, h3, h4, h5, h6, p, div, span, strong, b');
const IS_LEADING_LINE = tags('p, div, span, time, address, ul, li, h2, h3, h4, h5, h6, header, a');
const IS_WRAPPER = tags('div, section, p, span, ul, ol, li');
const IS_P_LI = tags('p, li');
const IS_P_DIV = tags('p, div');
const IS_P_LI_DIV = tags('p, li, div');
/** What keeps an empty-looking wrapper: media, a table, or a blank line made of two <br>. */
const IS_NOT_EMPTY = (el: Element): boolean => {
  const tag = tagOf(el);
  if (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO' || tag === 'AUDIO' || tag === 'TABLE' || tag === 'IFRAME') return true;
  const previous = tag === 'BR' ? el.previousElementSibling : null;
  return previous !== null && tagOf(previous) === 'BR';
};
/** A line this short ending in a colon is a label ("Teilnehmende Blogs:"), not a sentence. */
const LABEL_MAX_CHARS = 60;
/** A heading section smaller than this is removed as a whole (box with heading and list). */
const SMALL_SECTION_CHARS = 1500;

const DATED_BYLINE = /(?:^|[\s|•·,–—-])(?:[Vv]on|[Bb]y|[Rr]edaktion|[Aa]utor(?:in)?|[Tt]ext)\s*:?\s+\p{Lu}/u;

/** Lines after the article that label it rather than continue it. */
const TRAILER_LINE =
  /^(?:this (?:entry|post) was (?:posted|filed)|posted in|filed under|tagged(?: with)?|bookmark the permalink|veröffentlicht in|abgelegt (?:in|unter)|dieser (?:eintrag|beitrag|artikel) wurde (?:am|in|unter|veröffentlicht)|der beitrag wurde am|kategorien?\s*:|schlagw[oö]rte?r?\s*:|stichw[oö]rte?r?\s*:|themen\s*:|tags?\s*:|mehr zu(?:m thema)?\s*:|permalink|zuletzt (?:aktualisiert|geändert)|letzte änderung|artikel drucken|teilen\s*:|share\s*:|quellen? ausblenden|quellen? einblenden|zurück zur (?:übersicht|startseite)|nach oben|mit material (?:von|der|aus)\b|trackback(?:-url| url)?\b)/i;

/** A loose photo credit line outside any caption: "Foto: Max Muster", "© dpa", "Titelbild: …". */
export const CREDIT_LINE = /^(?:(?:titel|beitrags|vorschau|archiv|symbol|header|aufmacher)?(?:foto|fotos|bild|bilder|grafik|photo|photos|image|credit|credits|crédits?(?: photos?)?|bildnachweis|bildquelle|fotoquelle|quelle)\s*(?:[:|]|credit)|©|\(c\)\s|copyright\b)/i;

export interface TidyResult {
  /** Bylines removed from the start of the body, for metadata. */
  removedBylines: string[];
  /** Puts back everything tidying removed, leaving `root` as it was before. */
  restore: () => void;
}

/** Removes furniture from Readability's output, in place. */
export function tidyArticle(root: Element): TidyResult {
  const removals: Removal[] = [];
  const remove = (node: ChildNode) => {
    if (node.parentNode) removals.push({ node, parent: node.parentNode, next: node.nextSibling });
    node.remove();
  };
  removeBoilerplateSections(root, remove);
  removeBoilerplateLines(root, remove);
  const removedBylines = removeLeadingMetadata(root, remove);
  removeAppeal(root, remove);
  removeTrailers(root, remove);
  removeEmpty(root, remove);
  // Removals undone last to first: each puts an element back beside the sibling it had then.
  const restore = () => {
    for (let i = removals.length - 1; i >= 0; i--) removals[i]!.parent.insertBefore(removals[i]!.node, removals[i]!.next);
    removals.length = 0;
  };
  return { removedBylines, restore };
}

/**
 * Tidies a picture added to the body after tidying (the lead picture from the article header):
 * its player's or gallery's own lines go, as they do from the body's figures.
 */
export function tidyAddedPicture(figure: Element): void {
  removeBoilerplateLines(figure, (node) => node.remove());
}

/** One element (or the text of a line) taken out by tidying, and where it was. */
interface Removal {
  node: ChildNode;
  parent: ParentNode & Node;
  next: ChildNode | null;
}
type Remove = (node: ChildNode) => void;

function isHeadingLike(el: Element): boolean {
  if (HEADING_TAGS.has(tagOf(el))) return true;
  // <p><strong>Mehr zum Thema</strong></p> and <div class="title">…</div> used as headings.
  if (el.children.length === 1 && /^(?:STRONG|B|SPAN)$/.test(tagOf(el.children[0]!)) && textOf(el) === textOf(el.children[0])) return true;
  // <ul><span>Artikel zum Thema</span><li>…</li></ul>: the label of a list, placed before its items.
  const list = el.parentElement;
  return list !== null && list.firstElementChild === el && tagOf(el) !== 'LI' && /^(?:UL|OL)$/.test(tagOf(list));
}

/** Trailing punctuation a heading may carry ("Mehr zum Thema:", "Lesen Sie auch …"). */
const HEADING_END = /[\s:.…»›>!?]/;

/** Which furniture heading `text` is: one that is furniture by its words, a chart, or none. */
function matchesHeading(text: string): 'furniture' | 'chart' | undefined {
  // Stripped from the end by hand: a regular expression anchored at the end ("[…]+$") is tried
  // from every position of the text, and the texts tested here can be a whole section.
  let end = text.length;
  while (end > 0 && HEADING_END.test(text[end - 1]!)) end--;
  const t = text.slice(0, end).trim();
  if (t.length === 0 || t.length > 80) return undefined;
  return IS_BOILERPLATE_HEADING(t) ? 'furniture' : IS_CHART_HEADING(t) ? 'chart' : undefined;
}

/** Whether what follows `heading` up to the next heading is mostly link text (a list of teasers). */
function introducesLinks(heading: Element): boolean {
  let chars = 0;
  let linked = 0;
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (isHeadingLike(next)) {
      // "Top-15" over "meist-diskutiert" over the list: one heading may follow another.
      if (chars === 0) continue;
      break;
    }
    const length = textOf(next).length;
    chars += length;
    linked += length * linkDensity(next, length);
  }
  return chars > 0 && linked >= chars / 2;
}

/** "Weitere Artikel" + list, "Kommentare" + comments: the heading and what it introduces. */
function removeBoilerplateSections(root: Element, remove: Remove): void {
  const total = textOf(root).length;
  for (const el of findAll(root, IS_HEADING_CANDIDATE)) {
    if (!root.contains(el) || !isHeadingLike(el)) continue;
    const kind = matchesHeading(textOf(el));
    if (!kind) continue;
    const heading = climbSingleChildWrappers(el, root);
    if (kind === 'chart' && !introducesLinks(heading)) continue;
    const parent = heading.parentElement;
    const parentChars = parent ? textOf(parent).length : 0;
    // A box of its own (heading + list): remove the box. Never the article's own wrapper.
    if (parent && parent !== root && !isPageWrapper(parent, root) && parentChars <= SMALL_SECTION_CHARS && parentChars < total / 2) {
      remove(parent);
      continue;
    }
    // A heading in the middle of the body: drop it and the link lists and short blocks it
    // introduces, up to the next heading or the next real paragraph.
    for (let next = heading.nextElementSibling; next && !isHeadingLike(next) && !isProseBlock(next); ) {
      const after = next.nextElementSibling;
      remove(next);
      next = after;
    }
    remove(heading);
  }
}

/** A paragraph of running text, which no furniture heading introduces. */
function isProseBlock(el: Element): boolean {
  const length = textOf(el).length;
  return length >= 200 && linkDensity(el, length) < 0.3;
}

/** Readability wraps everything in one or two page divs; those are not sections. */
function isPageWrapper(el: Element, root: Element): boolean {
  return el.parentElement === root || el.id === 'readability-page-1';
}

/** <div><h3>Mehr</h3></div> → the div is the heading. */
function climbSingleChildWrappers(el: Element, root: Element): Element {
  let cur = el;
  while (cur.parentElement && cur.parentElement !== root && !isPageWrapper(cur.parentElement, root) && cur.parentElement.children.length === 1 && textOf(cur.parentElement) === textOf(cur)) {
    cur = cur.parentElement;
  }
  return cur;
}

/** Short blocks that are furniture by their text: link prompts, comment prompts, credits. */
function removeBoilerplateLines(root: Element, remove: Remove): void {
  for (const el of findAll(root, IS_BLOCK)) {
    // A selector asked of every element is parsed once and then matched natively: cheaper than a compiled one here.
    if (!root.contains(el)) continue;
    const inFigure = el.closest('figure') !== null;
    // In a figure, credits belong to the caption: only a player's or gallery's own line goes
    // ("Laden …", "Foto 1 de 1"), never the caption nor a block holding the picture.
    if (inFigure && (el.closest('figcaption') || firstByTag(el, 'img'))) continue;
    const text = shortTextOf(el, 300);
    if (!text) continue;
    if (tagOf(el) === 'SPAN' && el.parentElement && shortTextOf(el.parentElement, text.length) !== text) continue;
    if (inFigure) {
      if (IS_BOILERPLATE_LINE(text)) remove(el);
      continue;
    }
    if (
      IS_BOILERPLATE_LINE(text) ||
      isLooseCredit(text) ||
      isAgencyCredit(text) ||
      // A furniture heading set as a plain block ("<p class=label>Related Coverage</p>"): the label goes.
      (text.length <= 60 && !findFirst(el, IS_P_LI_DIV) && matchesHeading(text) === 'furniture')
    ) {
      // Keep a block that holds more than the prompt (a long paragraph starting with "Foto:"?).
      const inner = findFirst(el, IS_P_LI);
      if (inner && textOf(inner) !== text) continue;
      remove(el);
    }
  }
}

/** "AFP / Marco Bertorello", "Judy Eddy/WENN.com": a picture credit printed under a picture. */
function isAgencyCredit(text: string): boolean {
  if (text.length > 70 || !text.includes('/')) return false;
  const sides = text.split('/').map((side) => side.trim().replace(/\.com$/i, ''));
  return sides.length === 2 && sides.every((side) => side.split(/\s+/).length <= 4) && sides.some((side) => agencyName(side) !== undefined);
}

/** A photo credit line of its own: "Foto: Max Muster", "© dpa", short and no sentence. */
function isLooseCredit(text: string): boolean {
  return text.length <= 160 && CREDIT_LINE.test(text) && !hasSentence(text);
}

/** A credit line is a label, not a sentence: "Foto: dpa" vs "Foto: Der Künstler sagt, dass …". */
function hasSentence(text: string): boolean {
  return /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(text.replace(CREDIT_LINE, ''));
}

/**
 * Blocks before the first real paragraph that only say who wrote it and when: "Von Anna
 * Beispiel", "27.11.2026, 14:30 Uhr", "Aktualisiert am …". They are metadata, read separately.
 */
function removeLeadingMetadata(root: Element, remove: Remove): string[] {
  const removed: string[] = [];
  let inspected = 0;
  for (const el of findAll(root, IS_LEADING_LINE)) {
    if (!root.contains(el) || el.closest('figure')) continue;
    // Only lines shorter than 150 characters are read; a longer block needs no more than its length.
    const text = shortTextOf(el, 149);
    if (text === '') continue;
    if (text === null && !findFirst(el, IS_P_DIV)) break; // the article has started
    if (text === null) continue; // a wrapper: look inside
    if (++inspected > 12) break;
    // A lone link before the text starts is a category or publisher label.
    const loneLink = text.length <= 80 && firstByTag(el, 'a') !== null && linkDensity(el, text.length) >= 0.95 && !firstByTag(el, 'img');
    const byline = text.length < 150 && isBylineLine(text);
    // "14.03.2026 - Redaktion: Hanna Liebig": date and byline in one line.
    const dateAndByline = text.length < 150 && findDateInText(text) !== null && DATED_BYLINE.test(text);
    if (byline || dateAndByline || (text.length < 150 && isDateLine(text)) || loneLink) {
      if (byline) removed.push(text);
      remove(el);
    }
  }
  return removed;
}

function isDateLine(text: string): boolean {
  const stripped = text
    .replace(/\b(?:veröffentlicht|aktualisiert|erstellt|geändert|stand|published|updated|posted|am|um|vom|on|at|uhr|zuletzt|datum|date|lesezeit|min(?:uten)?|read|\d+\s*kommentare?)\b:?/gi, '')
    .replace(/\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?/gi, '');
  const date = findDateInText(text);
  if (!date) return false;
  // After removing the date itself, little else may remain.
  const rest = stripped.replace(/\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{1,2}[:.]\d{2}|[|•·,:–—()-]/gu, '').trim();
  return rest.length <= 25;
}

function isBylineLine(text: string): boolean {
  // "sda/mm", "dpa/lnw": agency and editor's initials, no label.
  if (/^[\p{L}-]{2,12}(?:\s*\/\s*[\p{L}-]{2,12})+$/u.test(text) && parseByline(text).agencies.length > 0) return true;
  if (ROMANCE_BYLINE_LABEL.test(text)) {
    if (!isNamesOnly(text.replace(ROMANCE_BYLINE_LABEL, ''))) return false;
  } else if (!/^(?:von|by|text|autor(?:in)?|veröffentlicht von|geschrieben von|posted by|written by|ein (?:beitrag|kommentar|gastbeitrag) von)\b\s*:?\s+\S/i.test(text)) return false;
  if (text.split(/\s+/).length > 14) return false;
  const byline = parseByline(text);
  return byline.authors.length > 0 || byline.agencies.length > 0;
}

/**
 * "Por Agencia EFE", "Par Jean Dupont et Marie Curie": the byline of Spanish, Portuguese and
 * French sites. The same words open ordinary sentences ("Por eso, …", "Par ailleurs, …"), so
 * the rest of the line must be names alone (isNamesOnly).
 */
const ROMANCE_BYLINE_LABEL = /^(?:por|par)\s+(?=\S)/i;
/** Lower-case words a list of names may hold: joiners and name particles. */
const NAME_LIST_WORDS = new Set(['y', 'e', 'et', 'and', 'de', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von']);

/** At most eight words, each capitalised ("Pérez", "l'AFP") or a joiner or particle. */
function isNamesOnly(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 8 && words.every((word) => /^(?:[ld]['’])?\p{Lu}/u.test(word) || NAME_LIST_WORDS.has(word.toLowerCase()));
}

/** Blocks of text an appeal is made of: paragraphs, list items, its heading. */
const IS_TEXT_BLOCK = tags('p, li, h2, h3, h4, h5, h6, blockquote, dd, dt, div');
/** How far from the end an appeal may begin, and what share of the text it may take at most. */
const APPEAL_MAX_CHARS = 2000;
const APPEAL_MAX_SHARE = 0.5;
/** An appeal opens with a heading or a short paragraph, not with a long one that mentions support. */
const APPEAL_OPENING_MAX_CHARS = 600;

/**
 * An appeal for money or membership after the article ("Gefällt dir unser Magazin? … unterstütze
 * uns", "When you join …, you'll get unlimited digital access"): from the block that opens it to
 * the end. Only near the end, and never more than half the text, so an article about press
 * funding that quotes such a phrase keeps its paragraphs.
 */
function removeAppeal(root: Element, remove: Remove): void {
  // In document order a block that holds another is followed by it: the innermost blocks are the
  // ones not followed by a block inside them.
  const blocks = findAll(root, IS_TEXT_BLOCK);
  let tailChars = 0;
  let opening = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (i + 1 < blocks.length && blocks[i]!.contains(blocks[i + 1]!)) continue;
    const text = textOf(blocks[i]);
    tailChars += text.length;
    if (tailChars > APPEAL_MAX_CHARS) break;
    if (text.length <= APPEAL_OPENING_MAX_CHARS && isAppeal(text)) opening = i;
  }
  if (opening < 0) return;
  // The appeal runs to the end: the opening block and whatever follows it, at every level up to the root.
  const appeal: ChildNode[] = [];
  for (let cur: Element | null = blocks[opening]!; cur && cur !== root; cur = cur.parentElement) {
    for (let next = cur.nextSibling; next; next = next.nextSibling) appeal.push(next);
  }
  appeal.push(blocks[opening]!);
  const appealChars = appeal.reduce((sum, node) => sum + textOf(node).length, 0);
  if (appealChars > APPEAL_MAX_CHARS || appealChars > APPEAL_MAX_SHARE * textOf(root).length) return;
  for (const node of appeal) remove(node);
}

function isAppeal(text: string): boolean {
  const match = APPEAL.exec(text);
  return match !== null && !QUOTE_BEFORE.test(text.slice(0, match.index));
}

/** Tag lines, category lines, "posted in", share labels and link lists after the last paragraph. */
function removeTrailers(root: Element, remove: Remove): void {
  // Set once a heading or label that nothing follows is removed: what stands before it is the
  // article's own, and only more such headings ("Schlagwörter:" over "Ähnliche Artikel") go too.
  let afterDanglingLabel = false;
  for (let guard = 0; guard < 12; guard++) {
    const last = lastBlock(root);
    if (!last) return;
    const text = textOf(last);
    if (!afterDanglingLabel && isTrailer(last, text)) {
      remove(last);
      continue;
    }
    // A heading, or a label ending in a colon, that nothing follows: what it introduced (related
    // articles, a sign-up form, a map) was not kept. "Ähnliche Neuigkeiten:", "TE PUEDE INTERESAR".
    if (HEADING_TAGS.has(tagOf(last)) || (text.length <= LABEL_MAX_CHARS && text.endsWith(':'))) {
      remove(last);
      afterDanglingLabel = true;
      continue;
    }
    if (afterDanglingLabel) return;
    const creditLine = trailingCreditLine(last);
    if (!creditLine) return;
    for (const node of creditLine) remove(node);
  }
}

/** A tag line, category line, "posted in", date, byline, credit or link list after the article. */
function isTrailer(block: Element, text: string): boolean {
  return (
    TRAILER_LINE.test(text) ||
    (text.length < 200 && (isDateLine(text) || isBylineLine(text) || (CREDIT_LINE.test(text) && !hasSentence(text)))) ||
    isLinkList(block, text)
  );
}

/**
 * The nodes of a photo credit printed as the last line of the last paragraph, after a `<br>`
 * ("erb/ots<br>Foto: dahancoo / Pixabay (Symbolbild)"), with that `<br>`; null when the last line
 * is not a credit or is the paragraph's only line.
 */
function trailingCreditLine(block: Element): ChildNode[] | null {
  const line: ChildNode[] = [];
  let lineBreak: ChildNode | null = null;
  for (let node = block.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === ELEMENT_NODE && tagOf(node as Element) === 'BR') {
      lineBreak = node;
      break;
    }
    line.unshift(node);
  }
  if (!lineBreak || !lineBreak.previousSibling) return null;
  const text = collapseWhitespace(line.map((node) => node.textContent ?? '').join(''));
  if (!isLooseCredit(text)) return null;
  return [lineBreak, ...line];
}

/** A list of links (related articles, tags) rather than text. */
function isLinkList(el: Element, text: string): boolean {
  const tag = tagOf(el);
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'P') return false;
  const links = el.getElementsByTagName('a').length;
  if (links < 3) return false;
  return linkDensity(el, text.length) > 0.7;
}

/** The last block-level element holding text (descending into wrappers). */
function lastBlock(root: Element): Element | null {
  let cur: Element | null = root;
  for (;;) {
    let child: Element | null = cur.lastElementChild;
    while (child && isBlank(child) && !firstByTag(child, 'img')) child = child.previousElementSibling;
    if (!child) return cur === root ? null : cur;
    if (tagOf(child) === 'DIV' || tagOf(child) === 'SECTION') {
      // A wrapper holding several blocks: go inside; a div of text is a block itself.
      if (Array.from(child.children).some((c) => /^(?:P|DIV|SECTION|UL|OL|H[2-6]|FIGURE|BLOCKQUOTE|TABLE)$/.test(tagOf(c)))) {
        cur = child;
        continue;
      }
    }
    return child;
  }
}

/** Wrappers emptied by the steps above. */
function removeEmpty(root: Element, remove: Remove): void {
  for (const el of findAll(root, IS_WRAPPER)) {
    if (el.nodeType === ELEMENT_NODE && isBlank(el) && !findFirst(el, IS_NOT_EMPTY)) remove(el);
  }
}
