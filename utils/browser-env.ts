/**
 * Everything that differs between the browsers Pressclip ships for, in one place: the Chromium
 * family (Chrome, Edge, Brave, Opera … — the chrome-mv3 package) and Firefox (the firefox-mv3
 * package). Both packages are Manifest V3 and use the same APIs (`browser.action`,
 * `scripting.executeScript`), so what remains here is data: manifest keys only one browser
 * reads, the sites each browser keeps extensions out of, and how each treats local files.
 *
 * Pure: no extension APIs, so the build config (wxt.config.ts), the pure core
 * (utils/page-access.ts) and presentational components may all read it.
 * @module utils/browser-env
 */

export type BrowserFamily = 'chromium' | 'firefox';

export interface BrowserEnv {
  family: BrowserFamily;
  /**
   * Sites where the browser forbids extensions to run scripts, as `host` or `host/path-prefix`:
   * its add-on store and, in Firefox, the Mozilla account and support pages. Told from the URL
   * so the popup can say why instead of showing the browser's error.
   */
  restrictedSites: readonly string[];
  /** The UI message (utils/i18n key) that says how to clip a local file in this browser. */
  fileAccessAdvice: 'fileAdvice' | 'fileAdviceFirefox';
  /**
   * What a tab most likely holds when the browser hides its address from the popup even after
   * the toolbar click (which grants activeTab) and refuses the extractor.
   */
  hiddenPageReason: 'browser-page' | 'file-access';
}

const ENVIRONMENTS: Record<BrowserFamily, BrowserEnv> = {
  chromium: {
    family: 'chromium',
    // One package runs in every Chromium browser, and each keeps its own store out of reach.
    restrictedSites: ['chromewebstore.google.com', 'chrome.google.com/webstore', 'microsoftedge.microsoft.com', 'addons.opera.com'],
    // A local file is told by its address, and extension.isAllowedFileSchemeAccess() says
    // whether the user allowed "Access to file URLs"; a page whose address stays hidden is one
    // of the browser's own.
    fileAccessAdvice: 'fileAdvice',
    hiddenPageReason: 'browser-page',
  },
  firefox: {
    family: 'firefox',
    // Firefox's default of the `extensions.webextensions.restrictedDomains` preference (153 ESR).
    restrictedSites: [
      'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'addons.cdn.mozilla.net', 'addons.mozilla.org',
      'api.accounts.firefox.com', 'content.cdn.mozilla.net', 'discovery.addons.mozilla.org', 'oauth.accounts.firefox.com',
      'profile.accounts.firefox.com', 'support.mozilla.org', 'sync.services.mozilla.com',
    ],
    // Firefox 153 does not let activeTab reach file: pages, not even when the user allows local
    // files in about:addons (a switch shown only to extensions that ask for file:///* host
    // access, which Pressclip does not). The tab's address stays hidden and injection fails with
    // "Missing host permission for the tab"; of the pages that do so (file:, view-source:, data:)
    // a local file is what a user clips.
    fileAccessAdvice: 'fileAdviceFirefox',
    hiddenPageReason: 'file-access',
  },
};

/** The browser family this bundle was built for (WXT sets import.meta.env.FIREFOX at build time). */
export function currentFamily(): BrowserFamily {
  return import.meta.env?.FIREFOX ? 'firefox' : 'chromium';
}

/** The differences that apply to `family` (by default: the browser this bundle runs in). */
export function browserEnv(family: BrowserFamily = currentFamily()): BrowserEnv {
  return ENVIRONMENTS[family];
}

/**
 * Firefox's add-on id. AMO and Firefox key the add-on — and with it the user's library in
 * IndexedDB — by this id: it must never change once the add-on is published.
 */
export const GECKO_ID = '{c861be02-a12b-481d-a87e-d20e08ae1f1d}';

/**
 * The oldest Firefox the package installs in: 153 ESR, the oldest Firefox Mozilla still
 * supports and the one the end-to-end tests run (`data_collection_permissions` needs 140).
 */
export const FIREFOX_MIN_VERSION = '153.0';

/**
 * Manifest keys only one browser reads, for wxt.config.ts. `browser` is WXT's target name
 * ("chrome", "firefox", "edge" …). Chrome would warn about the Firefox keys, so they are added
 * for Firefox only.
 */
export function browserSpecificManifest(browser: string) {
  if (browser !== 'firefox') return {};
  return {
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing leaves the user's machine: Firefox shows "no data collected" at install.
        data_collection_permissions: { required: ['none' as const] },
      },
    },
  };
}
