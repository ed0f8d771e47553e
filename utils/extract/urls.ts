/**
 * Link and image addresses made absolute, for the article body and for a clipped selection. A
 * module of its own, on plain DOM calls: the popup reaches it through utils/selection, and should
 * not carry the extractor's compiled selector lists with it.
 * @module utils/extract/urls
 */

/** The attribute that holds each element's address. */
const ADDRESS_ATTRIBUTES: ReadonlyArray<readonly [tag: string, attribute: string]> = [
  ['a', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
];
/** An address with a scheme ("https:", "mailto:", "data:"): already absolute, left alone. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes link and image addresses inside `root` absolute against the page's address (and its
 * <base>), so the clipping works away from the page. Readability does this too, but only where
 * the DOM knows its own URL; linkedom documents do not.
 */
export function absolutizeUrls(root: Element, doc: Document, pageUrl: string): void {
  const base = baseUrl(doc, pageUrl);
  if (!base) return;
  for (const [tag, attribute] of ADDRESS_ATTRIBUTES) {
    for (const el of Array.from(root.getElementsByTagName(tag))) {
      const value = el.getAttribute(attribute)?.trim();
      if (!value || value.startsWith('#') || HAS_SCHEME.test(value)) continue;
      try {
        el.setAttribute(attribute, new URL(value, base).href);
      } catch {
        // an address the URL parser rejects stays as it was; the sanitizer will judge it
      }
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
