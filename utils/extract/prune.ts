/**
 * The working copy Readability runs on: the page's body, copied without the furniture around
 * the article (navigation, comments, share bars, related lists, consent layers, ads, hidden
 * blocks). Copying and pruning happen in one walk, so junk is never cloned in the first place
 * and the page itself is never touched.
 * @module utils/extract/prune
 */
import { ALWAYS_FURNITURE_WORDS, BOILERPLATE_NAMES, BOILERPLATE_WORDS, CONSENT_WORDS, CONTENT_WORDS, DROP_ROLES, DROP_TAGS } from './boilerplate';
import { ELEMENT_NODE, TEXT_NODE, bodiesOf, firstByTag, nameWords, namesOf, tagOf, textOf } from './dom';
import { escapeRegExp } from './text';

export interface WorkingCopyOptions {
  /**
   * Elements of `doc` that hold the article (the headline, the body container). They and their
   * ancestors are always copied, whatever their class names say.
   */
  anchors: readonly Element[];
  /** The headline, so Readability recognises (and drops) the title inside the body. */
  title: string;
  /** The element holding the whole article (header, image, body); its copy is marked with SCOPE_ATTRIBUTE. */
  scope?: Element;
  /** Elements read as metadata (a kicker printed above the headline) that are not body text. */
  omit?: readonly Element[];
  /**
   * The <article> element holding the headline. Another <article> with a headline of its own is
   * another story: the next one an endless page has already loaded, or a teaser card.
   */
  headlineArticle?: Element;
}

/** Marks the copy of the article's container in the working copy (never in the page). */
export const SCOPE_ATTRIBUTE = 'data-pressclip-scope';

/**
 * An element holding at least this share of the page's prose is the article's own wrapper: a
 * layout class name alone does not prune it. Prose is counted in <p> elements that are not
 * mostly links, so a page wrapper full of navigation still counts as holding the article.
 */
const MAIN_PROSE_SHARE = 0.5;
const MIN_PROSE_CHARS = 300;
const PROSE_PARAGRAPH_MAX_LINK_DENSITY = 0.3;

/** A new document holding a pruned copy of `doc`'s body. `doc` is only read. */
export function copyWithoutFurniture(doc: Document, options: WorkingCopyOptions): Document {
  const work = doc.cloneNode(false) as Document;
  // A fresh <html> with the page's language, not a copy of the page's root: linkedom sometimes
  // reports a stray element as the root of a malformed page.
  const html = work.createElement('html');
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement?.getAttribute(name);
    if (value) html.setAttribute(name, value);
  }
  work.appendChild(html);
  const head = work.createElement('head');
  const title = work.createElement('title');
  title.textContent = options.title;
  head.appendChild(title);
  html.appendChild(head);

  const sourceBodies = bodiesOf(doc);
  const body = sourceBodies[0] ? (work.importNode(sourceBodies[0], false) as Element) : work.createElement('body');

  // Prose is counted only when a class name asks whether an element is the article's wrapper.
  const proseOf = memo(proseChars);
  let pageProse: number | undefined;
  const isMainProse = (el: Element) => {
    pageProse ??= sourceBodies.reduce((sum, b) => sum + proseOf(b), 0);
    const prose = proseOf(el);
    return prose >= MIN_PROSE_CHARS && prose >= MAIN_PROSE_SHARE * pageProse;
  };
  const omitted = new Set<Element>(options.omit ?? []);
  const onPath = new Set<Node>();
  for (const anchor of options.anchors) {
    for (let node: Element | null = anchor; node && tagOf(node) !== 'BODY'; node = node.parentElement) onPath.add(node);
  }

  const { headlineArticle } = options;
  const isOtherStory = (el: Element, tag: string) =>
    tag === 'ARTICLE' && headlineArticle !== undefined && !onPath.has(el) && !headlineArticle.contains(el) && firstByTag(el, 'h1') !== null;

  const copyChildren = (source: Node, target: Node, withinFigure: boolean) => {
    for (let child = source.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        target.appendChild(work.createTextNode(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = tagOf(el);
      const verdict = omitted.has(el) || isOtherStory(el, tag) ? 'furniture' : classify(el, withinFigure, tag);
      if (verdict !== 'content') {
        const dropped = verdict === 'furniture' || !isMainProse(el);
        // The headline's and body container's ancestors stay, unless they are a consent layer.
        if (dropped && (!onPath.has(el) || isConsentLayer(el))) continue;
      }
      const copy = copyOf(el, tag, work, isMainProse);
      // Kept although its markup says "furniture" (the article in an <aside role="complementary">,
      // in a div called "l-sidebar-fixed", behind a dialog that set aria-hidden on the page):
      // Readability would drop it for those names, so the copy loses them.
      if (verdict !== 'content') {
        for (const attr of ['class', 'id', 'role', 'aria-hidden', 'hidden', 'style']) copy.removeAttribute(attr);
      }
      if (el === options.scope) copy.setAttribute(SCOPE_ATTRIBUTE, '');
      target.appendChild(copy);
      // What an <audio> or <video> holds is shown only by browsers that cannot play it: a link to
      // the file ("https://…/interview.mp3"), "Your browser does not support video". Not the text.
      if (tag === 'AUDIO' || tag === 'VIDEO') continue;
      // An AMP picture copied as an <img> (copyOf): its sizer, placeholder and <noscript> copy go.
      if (AMP_PICTURES.has(tag) && tagOf(copy) === 'IMG') continue;
      copyChildren(el, copy, withinFigure || tag === 'FIGURE');
    }
  };
  for (const source of sourceBodies) copyChildren(source, body, false);
  // Attached once complete: a node added to a detached tree spares the document's bookkeeping
  // for nodes entering it, which it would otherwise do once per copied node.
  html.appendChild(body);
  return work;
}

/**
 * How an element's markup classifies it: "furniture" (never article text: navigation, hidden,
 * a comment section), "unless-main-prose" (named like furniture, but kept when it holds the
 * page's main text), or "content". `tag` is its upper-case tag name, when the caller has it already.
 */
export function classify(el: Element, withinFigure = false, tag = tagOf(el)): 'furniture' | 'unless-main-prose' | 'content' {
  // A <footer> in a quote is its attribution ("— Jens Albrecht, Spitzenkandidat").
  if (DROP_TAGS.has(tag)) return tag === 'FOOTER' && el.parentElement !== null && tagOf(el.parentElement) === 'BLOCKQUOTE' ? 'content' : 'furniture';
  // Every rule below reads an attribute; most elements of a page have none.
  if (!el.hasAttributes()) return 'content';
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return isImageOnly(el) ? 'content' : 'furniture';
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'furniture';
  const role = el.getAttribute('role');
  // An <aside role="complementary"> sometimes holds the whole article.
  if (role && DROP_ROLES.has(role)) return role === 'complementary' ? 'unless-main-prose' : 'furniture';
  // Inside a figure, "credit" and "copyright" spans are the photo credit we want to keep.
  if (withinFigure) return 'content';
  const names = furnitureNames(namesOf(el));
  return names === 'always' ? 'furniture' : names === 'unless-prose' ? 'unless-main-prose' : 'content';
}

const LIVE_WORDS = new Set(['live', 'liveblog', 'liveticker', 'ticker', 'match']);

/** Any of the furniture words as a substring: a fast first test before splitting names into words. */
const FURNITURE_HINT = new RegExp([...ALWAYS_FURNITURE_WORDS, ...BOILERPLATE_WORDS, ...BOILERPLATE_NAMES].map(escapeRegExp).join('|'), 'i');

/**
 * Class names that carry a slug rather than a role: WordPress marks every post
 * `category-anzeige tag-werbung format-standard`, which says nothing about the element.
 */
const SLUG_CLASS = /^(?:category|tag|format|status|type|postid|term|taxonomy|tax|cat|has|single|menu-item)-|^(?:post|page-id|parent-pageid|elementor-element|elementor)-[\da-f]*\d/i;

/**
 * Whether a class or id names site furniture: "always" for comment sections and consent layers,
 * "unless-prose" for the rest ("related-posts", "ShareBar"), false otherwise.
 */
export function furnitureNames(names: string): 'always' | 'unless-prose' | false {
  // Most class names mention none of the words: one regular expression says so cheaply.
  if (!names || !FURNITURE_HINT.test(names)) return false;
  let words = '';
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    if (BOILERPLATE_NAMES.has(token.toLowerCase())) return 'unless-prose';
    if (!SLUG_CLASS.test(token)) words += ` ${token}`;
  }
  const parts = nameWords(words);
  // "live-match-comment", "ticker-comment": a live ticker's commentary is the article.
  if (parts.some((word) => ALWAYS_FURNITURE_WORDS.has(word)) && !parts.some((word) => LIVE_WORDS.has(word))) return 'always';
  if (parts.some((word) => CONTENT_WORDS.has(word))) return false;
  return parts.some((word) => BOILERPLATE_WORDS.has(word)) ? 'unless-prose' : false;
}

function isConsentLayer(el: Element): boolean {
  return nameWords(namesOf(el)).some((word) => CONSENT_WORDS.has(word));
}

/** True when a class or id names site furniture of any kind. */
export function hasFurnitureName(names: string): boolean {
  return furnitureNames(names) !== false;
}

/**
 * A shallow copy of `el` for the working copy. Some elements change their tag. Two because
 * Readability drops them by tag: an <aside> that holds the main prose (it gives up on the
 * article), and a quote's <footer> attribution (it removes every footer). And an AMP picture
 * that holds no <img>: the AMP runtime adds one only once the picture is laid out, near the
 * screen, so pictures further down a live page, and all of a saved page, have none.
 */
function copyOf(el: Element, tag: string, work: Document, isMainProse: (el: Element) => boolean): Element {
  if (tag === 'ASIDE' && isMainProse(el)) return renamed(el, 'div', work);
  if (tag === 'FOOTER') return renamed(el, 'p', work);
  if (AMP_PICTURES.has(tag) && !hasChildTag(el, 'IMG')) return renamed(el, 'img', work);
  return work.importNode(el, false) as Element;
}

/** AMP's picture elements; their src, srcset, alt, width and height are an <img>'s. */
const AMP_PICTURES = new Set(['AMP-IMG', 'AMP-ANIM']);

/** A child, not any descendant: the <img> in an AMP picture's <noscript> is not the one shown. */
function hasChildTag(el: Element, tag: string): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (tagOf(child) === tag) return true;
  return false;
}

/** A shallow copy of `el` under another tag name. */
function renamed(el: Element, tag: string, work: Document): Element {
  const copy = work.createElement(tag);
  for (const attr of Array.from(el.attributes)) copy.setAttribute(attr.name, attr.value);
  return copy;
}

/** Characters of paragraph text in `el`, leaving out paragraphs that are mostly links. */
function proseChars(el: Element): number {
  let prose = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = (p.textContent ?? '').length;
    if (length === 0) continue;
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').length;
    if (linked / length <= PROSE_PARAGRAPH_MAX_LINK_DENSITY) prose += length;
  }
  return prose;
}

function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** Decorative wrappers around a picture are hidden from screen readers, not from readers. */
function isImageOnly(el: Element): boolean {
  return tagOf(el) === 'IMG' || (el.querySelector('img') !== null && textOf(el) === '');
}
