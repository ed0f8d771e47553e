import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserFamily } from '@/utils/browser-env';
import { requestCapture } from '@/utils/messages';

// The unit tests are built as Chrome; these tests choose the browser whose rules apply.
const env = vi.hoisted(() => ({ family: 'chromium' as BrowserFamily }));
vi.mock('@/utils/browser-env', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/browser-env')>();
  return { ...real, browserEnv: (family?: BrowserFamily) => real.browserEnv(family ?? env.family) };
});

/** What each browser answers when the extractor may not run in the tab. */
const REFUSALS: Record<BrowserFamily, string> = {
  chromium: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
  firefox: 'Missing host permission for the tab',
};

describe('requestCapture', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false);
  });

  it.each([
    // Firefox hides a local file's address even after the toolbar click, and refuses it.
    ['firefox', 'file-access'],
    // Chrome shows every address activeTab reaches: a hidden one is a page of its own.
    ['chromium', 'browser-page'],
  ] as const)('should tell what a refused page with a hidden address is in %s', async (family, expected) => {
    env.family = family;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(REFUSALS[family]));

    const actual = await requestCapture({ id: 7 });

    expect(actual).toEqual({ ok: false, reason: expected });
  });

  it.each(['firefox', 'chromium'] as const)('should classify a refused page by its address when %s shows it', async (family) => {
    env.family = family;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(REFUSALS[family]));

    const actual = await requestCapture({ id: 7, url: 'https://www.lz.de/lokal/artikel.html' });

    expect(actual).toEqual({ ok: false, reason: 'browser-page' });
  });

  it("should not try to inject into Firefox's add-on site", async () => {
    env.family = 'firefox';
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');

    const actual = await requestCapture({ id: 7, url: 'https://addons.mozilla.org/de/firefox/' });

    expect(actual).toEqual({ ok: false, reason: 'extension-store' });
    expect(inject).not.toHaveBeenCalled();
  });
});
