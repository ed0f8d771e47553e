/**
 * The one DOMPurify configuration for clipped HTML, used where a clipping is saved (the popup)
 * and wherever it is shown. Readability does not sanitize (its README says so); the extractor
 * writes its output through an allow-list (./serialize.ts) and this pass runs again in the
 * extension's own origin.
 * @module utils/extract/sanitize
 */
import createDOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI, URL_ATTRS } from './allowlist';

const CONFIG: Config = Object.freeze({
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
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
  usable?.addHook('afterSanitizeAttributes', (node) => {
    // DOMPurify lets `data:` addresses through on images whatever ALLOWED_URI_REGEXP says; the
    // allow-list (and the extractor's serializer) allows web and mail addresses only.
    for (const name of URL_ATTRS) {
      const value = node.getAttribute(name);
      if (value !== null && /^data:/i.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) node.removeAttribute(name);
    }
    // Links open outside the sandboxed preview and never get the opener.
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
