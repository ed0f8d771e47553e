/**
 * Small DOM reading helpers that work the same on a browser page, jsdom and linkedom (no
 * layout, no `innerText`, no live collections assumed).
 * @module utils/extract/dom
 */
import { collapseWhitespace } from './text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Upper-case tag name: XHTML documents report lower case. */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Class and id of `el` as one string ("" for SVG elements, whose className is an object). */
export function namesOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return id ? `${cls} ${id}` : cls;
}

/**
 * The words in class and id names: split at spaces, `-`, `_` and camelCase humps, lower case.
 * `RelatedCoverage-box` → related, coverage, box.
 */
export function nameWords(names: string): string[] {
  return names
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/**
 * True when `node` comes after `reference` in document order, inside it included: what
 * `reference.compareDocumentPosition(node) & DOCUMENT_POSITION_FOLLOWING` says in a browser.
 * Worked out from the ancestors, because linkedom answers compareDocumentPosition wrongly for
 * nodes that are not siblings.
 */
export function isAfter(node: Node, reference: Node): boolean {
  if (node === reference) return false;
  const nodePath = ancestorsAndSelf(node);
  const referencePath = ancestorsAndSelf(reference);
  if (nodePath[0] !== referencePath[0]) return false; // different trees: no order
  let i = 0;
  while (i < nodePath.length && i < referencePath.length && nodePath[i] === referencePath[i]) i++;
  if (i === referencePath.length) return true; // inside the reference
  if (i === nodePath.length) return false; // holds the reference
  for (let sibling = referencePath[i]!.nextSibling; sibling; sibling = sibling.nextSibling) if (sibling === nodePath[i]) return true;
  return false;
}

/** `node` and its ancestors, outermost first. */
function ancestorsAndSelf(node: Node): Node[] {
  const path: Node[] = [];
  for (let cur: Node | null = node; cur; cur = cur.parentNode) path.push(cur);
  return path.reverse();
}

/** Whitespace-folded text of `node`. */
export function textOf(node: Node | null | undefined): string {
  return node ? collapseWhitespace(node.textContent ?? '') : '';
}

/**
 * Whitespace-folded text of `node` when it is at most `max` characters long, else null. Cheaper
 * than `textOf` on a big wrapper: its text nodes are read only until the folded text is longer
 * than `max`. (Folding never lengthens a text, and the folded start of a text is the start of
 * the folded text.) With `lineBreak`, each `<br>` reads as that string, so the lines of
 * "Von Anna Beispiel<br>Lemgo" stay apart.
 */
export function shortTextOf(node: Node, max: number, lineBreak?: string): string | null {
  if (!node.firstChild || node.firstChild === node.lastChild && node.firstChild.nodeType === TEXT_NODE) {
    const text = textOf(node);
    return text.length <= max ? text : null;
  }
  let raw = '';
  let checkAt = max;
  let tooLong = false;
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child && !tooLong; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        raw += child.nodeValue ?? '';
        if (raw.length > checkAt) {
          if (collapseWhitespace(raw).length > max) tooLong = true;
          else checkAt = raw.length * 2;
        }
      } else if (type === ELEMENT_NODE) {
        if (lineBreak !== undefined && tagOf(child as Element) === 'BR') raw += lineBreak;
        else walk(child);
      }
    }
  };
  walk(node);
  if (tooLong) return null;
  const text = collapseWhitespace(raw);
  return text.length <= max ? text : null;
}

const NOT_BLANK = /[^\s\u00a0\u200b]/;

/**
 * True when `node` holds no text but white space: `textOf(node) === ""`, without folding it all.
 * Its text nodes are read one by one until one holds a letter: a wrapper around the whole article
 * answers at its first word instead of joining the article's text.
 */
export function isBlank(node: Node | null | undefined): boolean {
  if (!node) return true;
  if (node.nodeType !== ELEMENT_NODE) return !NOT_BLANK.test(node.textContent ?? '');
  let cur: Node | null = node.firstChild;
  while (cur) {
    const type = cur.nodeType;
    if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && NOT_BLANK.test(cur.nodeValue ?? '')) return false;
    let next: Node | null = type === ELEMENT_NODE ? cur.firstChild : null;
    for (let up: Node | null = cur; !next && up && up !== node; up = up.parentNode) next = up.nextSibling;
    cur = next;
  }
  return true;
}

/** Share of `el`'s text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, textLength = textOf(el).length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  // By tag name: a selector would be parsed anew in each working copy (see findAll).
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += textOf(links[i]).length;
  return Math.min(1, linked / textLength);
}

/**
 * The page's body elements. Browsers and jsdom build exactly one, as `doc.body`; linkedom's
 * lenient parser can open a second `<body>` for stray head elements after `</head>`, or file
 * the body somewhere `doc.body` does not look.
 */
export function bodiesOf(doc: Document): Element[] {
  const body = doc.documentElement ? doc.body : null;
  if (body && body.parentElement === doc.documentElement && !body.nextElementSibling) return [body];
  const all = Array.from(doc.querySelectorAll('body')).filter((el) => !el.parentElement?.closest('body'));
  if (body && all.length <= 1) return [body];
  return all;
}

/**
 * A test of one element: true when it matches. A matcher built by compileSelectors also carries
 * the selectors it was compiled from, for the browser's own engine: one by one for findAll, and
 * joined into one list for closestMatch (`closest` tests only the element and its ancestors).
 */
export type Matcher = ((el: Element) => boolean) & { readonly selectors?: readonly string[]; readonly selector?: string };

/**
 * A compound selector's test. The element's class is read once by the matcher and handed to
 * every test of the list: each read is a call into the DOM, and a list is tested against every
 * element of the page.
 */
type CompoundTest = (el: Element, cls: string | null) => boolean;

const WHITE_SPACE = /\s/;

/**
 * Compiles a list of simple CSS selectors into one matcher: tag names, `.class`, `#id`,
 * `[attr]`, `[attr="value"]`, `[attr*="value"]`, `[attr^="value"]`, `[attr~="word"]`,
 * `:not(tag)` and the descendant combinator.
 * The extractor's selector lists (./article-markup.ts) use only these, and a walk with this
 * matcher costs a fraction of `querySelectorAll` with a long selector list in jsdom.
 */
export function compileSelectors(selectors: readonly string[]): Matcher {
  // Plain ".class", "#id", "tag", '[attr="value"]' and '[attr~="word"]' selectors become set
  // lookups: one read of the class (split only when it holds several names) instead of one test
  // per selector.
  const classes = new Set<string>();
  const ids = new Set<string>();
  const tags = new Set<string>();
  const attributes = new Map<string, Set<string>>();
  const attributeWords = new Map<string, Set<string>>();
  const chains: CompoundTest[][] = [];
  // Whether an element without attributes can match (a tag, or a chain ending in a bare tag).
  let matchesBareElements = false;
  for (const selector of selectors.map((s) => s.trim())) {
    let m: RegExpExecArray | null;
    if ((m = /^\.([\w-]+)$/.exec(selector))) classes.add(m[1]!);
    else if ((m = /^#([\w-]+)$/.exec(selector))) ids.add(m[1]!);
    else if (/^[a-z][a-z0-9]*$/i.test(selector)) tags.add(selector.toUpperCase());
    else if ((m = /^\[([\w:-]+)(~?)="([^"]*)"\]$/.exec(selector))) {
      const lists = m[2] ? attributeWords : attributes;
      const values = lists.get(m[1]!) ?? new Set<string>();
      // As in CSS, [attr~=""] matches nothing: an empty word is never looked up.
      if (!m[2] || m[3]) values.add(CASE_INSENSITIVE_VALUES.has(m[1]!) ? m[3]!.toLowerCase() : m[3]!);
      lists.set(m[1]!, values);
    } else {
      const compounds = selector.split(/\s+/);
      if (!/[.#[]/.test(compounds[compounds.length - 1]!)) matchesBareElements = true;
      chains.push(compounds.map(compileCompound));
    }
  }
  const attributeList = [...attributes];
  const attributeWordList = [...attributeWords];
  const onlyAttributes = tags.size === 0 && !matchesBareElements;
  const readsClass = classes.size > 0 || chains.length > 0;
  return Object.assign((el: Element) => {
    if (tags.size > 0 && tags.has(el.tagName.toUpperCase())) return true;
    // Every other selector in the list needs an attribute: most elements have none.
    if (onlyAttributes && !el.hasAttributes()) return false;
    const cls = readsClass ? el.getAttribute('class') : null;
    if (cls && classes.size > 0 && hasAnyWordIn(cls, classes)) return true;
    if (ids.size > 0) {
      const id = el.getAttribute('id');
      if (id !== null && ids.has(id)) return true;
    }
    for (const [name, values] of attributeList) {
      const value = attributeValue(el, name);
      if (value !== null && values.has(value)) return true;
    }
    for (const [name, words] of attributeWordList) {
      const value = attributeValue(el, name);
      if (value && hasAnyWordIn(value, words)) return true;
    }
    for (const chain of chains) {
      if (!chain[chain.length - 1]!(el, cls)) continue;
      let cur = el.parentElement;
      let i = chain.length - 2;
      for (; i >= 0 && cur; i--) {
        while (cur && !chain[i]!(cur, cur.getAttribute('class'))) cur = cur.parentElement;
        if (!cur) break;
        cur = cur.parentElement;
      }
      if (i < 0) return true;
    }
    return false;
  }, { selectors, selector: selectors.join(', ') });
}

function compileCompound(compound: string): CompoundTest {
  const tests: CompoundTest[] = [];
  const re = /^([a-z][a-z0-9-]*|\*)|\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:([*^~]?=)"([^"]*)")?\]|:not\(([a-z][a-z0-9-]*)\)/giy;
  let at = 0;
  for (let m = re.exec(compound); m && m[0]; m = re.exec(compound)) {
    at = re.lastIndex;
    const [, tag, cls, id, attr, op, value, notTag] = m;
    // Elements of an HTML document have lower-case local names: no case folding per element.
    if (tag && tag !== '*') {
      const name = tag.toLowerCase();
      tests.push((el) => el.localName === name);
    }
    else if (cls) tests.push((_el, elClass) => hasWordIn(elClass, cls));
    else if (id) tests.push((el) => el.getAttribute('id') === id);
    else if (attr && !op) tests.push((el) => el.hasAttribute(attr));
    else if (attr) {
      const want = CASE_INSENSITIVE_VALUES.has(attr) ? (value ?? '').toLowerCase() : (value ?? '');
      // As in CSS, a substring or word selector with an empty value matches nothing.
      if (op === '=') tests.push((el) => attributeValue(el, attr) === want);
      else if (!want) tests.push(() => false);
      else if (op === '*=') tests.push((el) => (attributeValue(el, attr) ?? '').includes(want));
      else if (op === '~=') tests.push((el) => hasWordIn(attributeValue(el, attr), want));
      else tests.push((el) => (attributeValue(el, attr) ?? '').startsWith(want));
    }
    else if (notTag) {
      const name = notTag.toLowerCase();
      tests.push((el) => el.localName !== name);
    }
  }
  if (at !== compound.length) throw new Error(`Unsupported selector "${compound}": use tags, .class, #id, [attr], [attr="v"], [attr*="v"], [attr^="v"], [attr~="v"], :not(tag)`);
  return (el, cls) => tests.every((test) => test(el, cls));
}

/**
 * Attributes whose values HTML selectors match regardless of ASCII case (the HTML standard's
 * list), as browsers, jsdom and linkedom do: `[rel="author"]` finds rel="Author".
 */
const CASE_INSENSITIVE_VALUES = new Set([
  'accept', 'accept-charset', 'align', 'alink', 'axis', 'bgcolor', 'charset', 'checked', 'clear', 'codetype', 'color',
  'compact', 'declare', 'defer', 'dir', 'direction', 'disabled', 'enctype', 'face', 'frame', 'hreflang', 'http-equiv',
  'lang', 'language', 'link', 'media', 'method', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly',
  'rel', 'rev', 'rules', 'scope', 'scrolling', 'selected', 'shape', 'target', 'text', 'type', 'valign', 'valuetype', 'vlink',
]);

function attributeValue(el: Element, name: string): string | null {
  const value = el.getAttribute(name);
  return value !== null && CASE_INSENSITIVE_VALUES.has(name) ? value.toLowerCase() : value;
}

/** True when one of the white-space separated words of `value` is in `words` (split only when it holds several). */
export function hasAnyWordIn(value: string, words: ReadonlySet<string>): boolean {
  return WHITE_SPACE.test(value) ? value.split(/\s+/).some((word) => words.has(word)) : words.has(value);
}

/**
 * True when `word` is one of the white-space separated words of `value`, as CSS's `~=` and
 * `.class` match: itemprop="name headline" is a headline, and so is itemprop="headline ".
 */
export function hasWordIn(value: string | null, word: string): boolean {
  if (!value || !value.includes(word)) return false;
  return value === word || value.split(/\s+/).includes(word);
}

/**
 * Elements under `root` (not `root` itself) that match, in document order, at most `limit`.
 *
 * Two engines, chosen by the document searched (see usesNativeSelectors):
 * - the browser's own selector engine, for a matcher compiled from selectors, in the page's
 *   document (see nativeFindAll);
 * - a walk calling the matcher on every element otherwise. In jsdom and linkedom, whose
 *   selector engines are written in JavaScript, a long selector list costs several times the
 *   walk with a compiled matcher.
 *
 * Both find the same elements: compileSelectors takes only selectors it matches as CSS does, and
 * the dom tests hold the selector lists of ./article-markup.ts to `querySelectorAll` both ways.
 */
export function findAll(root: Element | Document, match: Matcher, limit = Infinity): Element[] {
  if (match.selectors !== undefined && usesNativeSelectors(root)) return nativeFindAll(root, match.selectors, limit);
  const found: Element[] = [];
  const start = 'documentElement' in root ? root.documentElement : root;
  if (!start) return found;
  if (start !== root && match(start)) found.push(start);
  // Iterative preorder walk: no call per element, no closure per search.
  let el = start.firstElementChild;
  while (el && found.length < limit) {
    if (match(el)) found.push(el);
    let next = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur && cur !== start; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return found;
}

/**
 * findAll with the browser's engine, asked once per selector. A browser answers a single class,
 * tag or id selector with a quick pass over the tree, but a selector list by testing every
 * selector on every element: measured in Chromium on real news pages, the 24 body-container
 * selectors asked one by one take a quarter of the time of the same list in one call, and the
 * byline and headline lists under half. The answers are merged into document order.
 */
function nativeFindAll(root: Element | Document, selectors: readonly string[], limit: number): Element[] {
  if (limit === 1) {
    let first: Element | null = null;
    for (const selector of selectors) {
      const found = root.querySelector(selector);
      if (found && (!first || first.compareDocumentPosition(found) & PRECEDING)) first = found;
    }
    return first ? [first] : [];
  }
  const found: Element[] = [];
  let answers = 0;
  for (const selector of selectors) {
    const all = root.querySelectorAll(selector);
    if (all.length === 0) continue;
    answers++;
    for (let i = 0; i < all.length; i++) found.push(all[i]!);
  }
  // Each answer is in document order already. The sort merges them; an element that two
  // selectors match then stands twice, side by side.
  const merged = answers > 1 ? found.sort(inDocumentOrder).filter((el, i, sorted) => el !== sorted[i - 1]) : found;
  return merged.length > limit ? merged.slice(0, limit) : merged;
}

const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Sort order of elements in document order. Only for the browser's DOM: see isAfter for linkedom. */
function inDocumentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

const NATIVE_FUNCTION = /\{\s*\[native code\]\s*\}\s*$/;
const nativeSelectorDocs = new WeakMap<Document, boolean>();

/**
 * True when `node`'s document is searched with the browser's own selector engine:
 * - its engine is built into the browser, not written in JavaScript (jsdom, linkedom). A
 *   content script sees the browser's own DOM functions, whatever the page's scripts replace in
 *   their world, so a page cannot switch the engine;
 * - it is a page's document, not one the extractor built (the working copy has no window).
 *   A browser parses a selector list once per document, and the working copy is new on every
 *   extraction: on short articles that parse cost more than the walk saved;
 * - it is in standards mode. In quirks mode a browser matches class names regardless of case,
 *   and the compiled matchers do not.
 */
export function usesNativeSelectors(node: Element | Document): boolean {
  const doc = 'documentElement' in node ? node : node.ownerDocument;
  let native = nativeSelectorDocs.get(doc);
  if (native === undefined) {
    native = doc.defaultView !== null && doc.compatMode !== 'BackCompat' && NATIVE_FUNCTION.test(Function.prototype.toString.call(doc.querySelectorAll));
    nativeSelectorDocs.set(doc, native);
  }
  return native;
}

/**
 * Elements under `root` with the tag name `tag` (lower case), in document order, as a static
 * list like `querySelectorAll`'s: a tag name, unlike a selector, needs no parsing.
 */
export function byTag(root: Element, tag: string): Element[] {
  const live = root.getElementsByTagName(tag);
  const found: Element[] = [];
  for (let i = 0; i < live.length; i++) found.push(live[i]!);
  return found;
}

/** The first element under `root` with the tag name `tag` (lower case), or null. */
export function firstByTag(root: Element, tag: string): Element | null {
  return root.getElementsByTagName(tag)[0] ?? null;
}

/** The first element under `root` that matches, or null. */
export function findFirst(root: Element | Document, match: Matcher): Element | null {
  return findAll(root, match, 1)[0] ?? null;
}

/** `el` itself or its nearest ancestor that matches, or null: `closest` with a compiled selector (engines as in findAll). */
export function closestMatch(el: Element, match: Matcher): Element | null {
  if (match.selector !== undefined && usesNativeSelectors(el)) return el.closest(match.selector);
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (match(cur)) return cur;
  return null;
}
