/**
 * The article vocabulary clipped HTML may use: text structure, links, images with captions,
 * tables. Shared by the DOMPurify configuration (./sanitize.ts, used where clippings are saved
 * and shown) and the allow-list serializer (./serialize.ts, used by the extractor in the page).
 * @module utils/extract/allowlist
 */

/** Links and images may only point to the web or to mail; no javascript:, data:, file: … */
export const ALLOWED_URI = /^(?:https?:|mailto:|#)/i;

export const ALLOWED_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl',
  'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins',
  'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'section', 'small', 'span', 'strong', 'sub',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
];

export const ALLOWED_ATTR: readonly string[] = ['href', 'src', 'alt', 'title', 'class', 'colspan', 'rowspan', 'datetime', 'cite', 'width', 'height', 'rel', 'target', 'lang', 'dir'];

/** Attributes holding addresses, checked against ALLOWED_URI. */
export const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'cite']);
