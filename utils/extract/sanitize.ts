/**
 * The one sanitizer configuration for clipped HTML. Readability does not sanitize (its README
 * says so), so everything it returns passes through here before it is stored, and again before
 * it is rendered.
 * @module utils/extract/sanitize
 */
import createDOMPurify, { type Config } from 'dompurify';

/** Links and images may only point to the web or to mail; no javascript:, data:, file: … */
const ALLOWED_URI = /^(?:https?:|mailto:|#)/i;

/** The article vocabulary: text structure, links, images with captions, tables. Nothing else. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins',
  'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'section', 'small', 'span', 'strong', 'sub',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'class', 'colspan', 'rowspan', 'datetime', 'cite', 'width', 'height', 'rel', 'target', 'lang', 'dir'];
const URL_ATTRS = new Set(['href', 'src', 'cite']);

const CONFIG: Config = Object.freeze({
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Keep the text of removed wrappers (a <font> or <center> around a paragraph), not their markup.
  KEEP_CONTENT: true,
});

type SanitizingWindow = Window & typeof globalThis;
type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier | null>();

function purifierFor(window: SanitizingWindow): Purifier | null {
  if (purifiers.has(window)) return purifiers.get(window) ?? null;
  const purifier = createDOMPurify(window);
  const usable = purifier.isSupported ? purifier : null;
  // Links open outside the sandboxed preview and never get the opener.
  usable?.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  purifiers.set(window, usable);
  return usable;
}

/**
 * Returns `html` with everything executable or exfiltrating removed, using DOMPurify on the given
 * window (an extension page's, or jsdom's in Node). Throws if that window cannot run DOMPurify:
 * extension pages always can.
 */
export function sanitizeClipHtml(html: string, window: SanitizingWindow): string {
  const purifier = purifierFor(window);
  if (!purifier) throw new Error('sanitizeClipHtml needs a DOM that DOMPurify supports (a browser page, jsdom or happy-dom)');
  return purifier.sanitize(html, CONFIG) as string;
}

/**
 * Sanitized HTML of `root`'s children. DOMPurify where the document's DOM supports it; on DOMs
 * it cannot run on (linkedom in Node tooling) the same allow-list is applied by rebuilding the
 * markup from scratch: only allowed tags and attributes are written, text and values escaped.
 */
export function sanitizeElementContent(root: Element, window: SanitizingWindow | null): string {
  const purifier = window ? purifierFor(window) : null;
  if (purifier) return purifier.sanitize(root.innerHTML, CONFIG) as string;
  let html = '';
  for (let child = root.firstChild; child; child = child.nextSibling) html += rebuild(child);
  return html;
}

const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
const ALLOWED_ATTR_SET = new Set(ALLOWED_ATTR);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
/** Elements whose content is never article text, dropped with their content. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title']);

function rebuild(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.localName.toLowerCase();
  if (DROP_WITH_CONTENT.has(tag)) return '';
  let inner = '';
  for (let child = el.firstChild; child; child = child.nextSibling) inner += rebuild(child);
  if (!ALLOWED_TAG_SET.has(tag)) return inner; // unknown wrapper: keep its text, as KEEP_CONTENT does
  let attrs = '';
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (!ALLOWED_ATTR_SET.has(name) || name === 'rel' || name === 'target') continue;
    const value = attr.value;
    if (URL_ATTRS.has(name) && !ALLOWED_URI.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) continue;
    attrs += ` ${name}="${escapeAttr(value)}"`;
  }
  if (tag === 'a' && el.hasAttribute('href') && attrs.includes(' href=')) attrs += ' rel="noopener noreferrer" target="_blank"';
  return VOID_TAGS.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${inner}</${tag}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
