/**
 * Which pages an extension may not script, told from the tab's address before trying, so the
 * popup can say why in a sentence rather than show a browser error. Pure.
 * @module utils/page-access
 */
import { browserEnv } from '@/utils/browser-env';

export type PageAccess =
  | { clippable: true }
  | { clippable: false; reason: 'browser-page' | 'extension-store' | 'pdf' | 'file-access' | 'no-page' };

/**
 * Classifies `url` (the tab's address, when the browser tells it). An unknown address is
 * presumed clippable: injection then decides, and its error is classified by `accessFromError`.
 * `restrictedSites` defaults to those of the browser this bundle runs in (utils/browser-env).
 */
export function classifyPage(
  url: string | undefined,
  options: { fileAccessAllowed?: boolean; restrictedSites?: readonly string[] } = {},
): PageAccess {
  if (!url) return { clippable: true };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { clippable: false, reason: 'no-page' };
  }
  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') {
    if (isRestrictedSite(parsed, options.restrictedSites ?? browserEnv().restrictedSites)) {
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

/** Whether `url` is on one of `sites` (`host` or `host/path-prefix`, see utils/browser-env). */
function isRestrictedSite(url: URL, sites: readonly string[]): boolean {
  return sites.some((site) => {
    const slash = site.indexOf('/');
    const host = slash === -1 ? site : site.slice(0, slash);
    return url.hostname === host && (slash === -1 || url.pathname.startsWith(site.slice(slash)));
  });
}

/** Classifies the error `scripting.executeScript` raised for a page we could not tell from its URL. */
export function accessFromError(message: string): PageAccess {
  if (/gallery cannot be scripted|webstore/i.test(message)) return { clippable: false, reason: 'extension-store' };
  if (/file:|file url/i.test(message)) return { clippable: false, reason: 'file-access' };
  if (/pdf/i.test(message)) return { clippable: false, reason: 'pdf' };
  // Chrome: "No tab with id: 42."; Firefox: "Invalid tab ID: 42".
  if (/no tab with id|invalid tab id|no frame|tab was closed/i.test(message)) return { clippable: false, reason: 'no-page' };
  return { clippable: false, reason: 'browser-page' };
}
