import { describe, expect, it } from 'vitest';
import { browserEnv } from '@/utils/browser-env';
import { accessFromError, classifyPage } from '@/utils/page-access';

describe('classifyPage', () => {
  it.each([
    ['https://www.lz.de/lokal/artikel.html', true, undefined],
    ['http://127.0.0.1:8080/', true, undefined],
    [undefined, true, undefined],
    ['chrome://settings/', false, 'browser-page'],
    ['about:blank', false, 'browser-page'],
    ['edge://newtab/', false, 'browser-page'],
    ['view-source:https://www.lz.de/', false, 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/options.html', false, 'browser-page'],
    ['moz-extension://1234/popup.html', false, 'browser-page'],
    ['data:text/html,hello', false, 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', false, 'extension-store'],
    ['https://chrome.google.com/webstore/detail/x', false, 'extension-store'],
    ['https://microsoftedge.microsoft.com/addons/', false, 'extension-store'],
    ['https://www.stadt.example/amtsblatt.pdf', false, 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false, 'pdf'],
    ['file:///home/jana/artikel.html', false, 'file-access'],
  ])('should classify %s', (url, clippable, reason) => {
    const actual = classifyPage(url);

    expect(actual.clippable).toBe(clippable);
    if (!actual.clippable) expect(actual.reason).toBe(reason);
  });

  it.each([
    ['chromium', 'https://chromewebstore.google.com/detail/x', false],
    ['chromium', 'https://addons.opera.com/de/extensions/', false],
    ['chromium', 'https://chrome.google.com/search', true],
    ['chromium', 'https://addons.mozilla.org/de/firefox/', true],
    ['firefox', 'https://addons.mozilla.org/de/firefox/', false],
    ['firefox', 'https://support.mozilla.org/de/kb/x', false],
    ['firefox', 'https://accounts.firefox.com/settings', false],
    ['firefox', 'https://chromewebstore.google.com/detail/x', true],
  ] as const)("should apply %s's restricted sites to %s", (family, url, clippable) => {
    const actual = classifyPage(url, { restrictedSites: browserEnv(family).restrictedSites });

    expect(actual).toEqual(clippable ? { clippable: true } : { clippable: false, reason: 'extension-store' });
  });

  it('should allow file pages when the user granted file access', () => {
    expect(classifyPage('file:///home/jana/artikel.html', { fileAccessAllowed: true })).toEqual({ clippable: true });
  });
});

describe('accessFromError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'extension-store'],
    ['Cannot access contents of url "file:///x". Extension manifest must request permission to access this host.', 'file-access'],
    ['No tab with id: 42.', 'no-page'],
    ['Invalid tab ID: 42', 'no-page'],
    ['Missing host permission for the tab', 'browser-page'],
  ])('should classify "%s"', (message, reason) => {
    expect(accessFromError(message)).toEqual({ clippable: false, reason });
  });
});
