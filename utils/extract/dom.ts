/**
 * Small DOM reading helpers that work the same on a browser page, jsdom and linkedom (no
 * layout, no `innerText`, no live collections assumed).
 * @module utils/extract/dom
 */
import { collapseWhitespace } from './text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

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

/** Whitespace-folded text of `node`. */
export function textOf(node: Node | null | undefined): string {
  return node ? collapseWhitespace(node.textContent ?? '') : '';
}

/** Share of `el`'s text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, textLength = textOf(el).length): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length;
  return Math.min(1, linked / textLength);
}

/** True when `el` or one of its ancestors (up to, not including, `stop`) has the tag. */
export function hasAncestor(el: Element, tags: ReadonlySet<string>, stop?: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (tags.has(tagOf(cur))) return true;
  }
  return false;
}

/** The first element matching `selector`, or null when the selector is unsupported by this DOM. */
export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** All elements matching `selector`, or none when the selector is unsupported by this DOM. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * The page's body elements. Browsers and jsdom build exactly one, as `doc.body`; linkedom's
 * lenient parser can open a second `<body>` for stray head elements after `</head>`, or file
 * the body somewhere `doc.body` does not look.
 */
export function bodiesOf(doc: Document): Element[] {
  const body = doc.documentElement ? doc.body : null;
  const all = Array.from(doc.querySelectorAll('body')).filter((el) => !el.parentElement?.closest('body'));
  if (body && all.length <= 1) return [body];
  return all;
}
