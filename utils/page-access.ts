/**
 * Which pages an extension may not script, told from the tab's address before trying, so the
 * popup can say why in a sentence rather than show a browser error. Pure.
 * @module utils/page-access
 */

export type PageAccess =
  | { clippable: true }
  | { clippable: false; reason: 'browser-page' | 'extension-store' | 'pdf' | 'file-access' | 'no-page' };

/** Hosts where browsers forbid extensions to run scripts. */
const STORE_HOSTS = new Set([
  'chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com',
  'addons.mozilla.org', 'accounts.firefox.com', 'support.mozilla.org', 'addons.opera.com',
]);

/**
 * Classifies `url` (the tab's address, when the browser tells it). An unknown address is
 * presumed clippable: injection then decides, and its error is classified by `accessFromError`.
 */
export function classifyPage(url: string | undefined, options: { fileAccessAllowed?: boolean } = {}): PageAccess {
  if (!url) return { clippable: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { clippable: false, reason: 'no-page' };
  }
  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') {
    if (STORE_HOSTS.has(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
      return { clippable: false, reason: 'extension-store' };
    }
    if (/\.pdf$/i.test(parsed.pathname)) return { clippable: false, reason: 'pdf' };
    return { clippable: true };
  }
  if (scheme === 'file:') {
    if (/\.pdf$/i.test(parsed.pathname)) return { clippable: false, reason: 'pdf' };
    return options.fileAccessAllowed ? { clippable: true } : { clippable: false, reason: 'file-access' };
  }
  // chrome:, about:, edge:, view-source:, chrome-extension:, moz-extension:, data:, blob: …
  if (/^(?:chrome-extension|extension):$/.test(scheme) && /\.pdf$|pdf\.js|mhjfbmdgcfjbbpaeojofohoefgiehjai/i.test(url)) {
    return { clippable: false, reason: 'pdf' };
  }
  return { clippable: false, reason: 'browser-page' };
}

/** Classifies the error `scripting.executeScript` raised for a page we could not tell from its URL. */
export function accessFromError(message: string): PageAccess {
  if (/gallery cannot be scripted|webstore/i.test(message)) return { clippable: false, reason: 'extension-store' };
  if (/file:|file url/i.test(message)) return { clippable: false, reason: 'file-access' };
  if (/pdf/i.test(message)) return { clippable: false, reason: 'pdf' };
  if (/no tab with id|no frame|tab was closed/i.test(message)) return { clippable: false, reason: 'no-page' };
  return { clippable: false, reason: 'browser-page' };
}
