/**
 * Rewrites the page's own caption markup into `figure`/`figcaption` before Readability runs, so
 * that every later step (captions, sanitizing, Markdown) sees one shape. Mutates the clone only.
 * @module utils/extract/normalize
 */

/** Caption containers and caption texts used by CMSs instead of figure/figcaption. */
const FIGURE_CONTAINERS = '.wp-caption, .wp-block-image:not(figure)';
const CAPTION_TEXTS = '.wp-caption-text, .wp-element-caption:not(figcaption)';

export function normalizeFigures(root: ParentNode, doc: Document): void {
  for (const container of root.querySelectorAll(FIGURE_CONTAINERS)) {
    if (!container.querySelector('img')) continue;
    replaceTag(container, 'figure', doc);
  }
  for (const caption of root.querySelectorAll(CAPTION_TEXTS)) {
    if (caption.closest('figure')) replaceTag(caption, 'figcaption', doc);
  }
}

function replaceTag(el: Element, tag: string, doc: Document): Element {
  const replacement = doc.createElement(tag);
  for (const attr of el.attributes) {
    if (attr.name === 'class' || attr.name === 'id') replacement.setAttribute(attr.name, attr.value);
  }
  replacement.append(...el.childNodes);
  el.replaceWith(replacement);
  return replacement;
}

/**
 * Makes link and image addresses absolute against the page's address (and its <base>), so the
 * clipping works away from the page. Readability does this too, but only where the DOM knows
 * its own URL; linkedom documents do not.
 */
export function absolutizeUrls(root: ParentNode, doc: Document, pageUrl: string): void {
  const base = baseUrl(doc, pageUrl);
  if (!base) return;
  for (const el of root.querySelectorAll('a[href], img[src], source[src], blockquote[cite], q[cite]')) {
    const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'cite';
    const value = el.getAttribute(attr)?.trim() ?? '';
    if (!value || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    try {
      el.setAttribute(attr, new URL(value, base).href);
    } catch {
      // an address the URL parser rejects stays as it was; the sanitizer will judge it
    }
  }
}

function baseUrl(doc: Document, pageUrl: string): URL | null {
  try {
    const page = new URL(pageUrl);
    const declared = doc.querySelector('base[href]')?.getAttribute('href');
    return declared ? new URL(declared, page) : page;
  } catch {
    return null;
  }
}
