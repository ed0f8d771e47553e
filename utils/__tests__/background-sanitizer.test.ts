import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSanitizeRequest, OFFSCREEN_PAGE, SANITIZE_REQUEST, sanitizeInBackground } from '@/utils/background-sanitizer';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';

// This file runs in Node without a DOM, as the Chrome service worker does.
const ID = 'pressclip-id';
const ORIGIN = `chrome-extension://${ID}/`;
const background = { id: ID, url: `${ORIGIN}background.js` };
const jsdomWindow = new JSDOM('').window as unknown as Window & typeof globalThis;
const purify = (html: string) => sanitizeClipHtml(html, jsdomWindow);
const hostile = '<p onclick="alert(1)">Hallo<script>alert(2)</script></p>';

describe('answerSanitizeRequest (the offscreen document)', () => {
  it('should sanitize for the extension’s background', () => {
    expect(answerSanitizeRequest({ type: SANITIZE_REQUEST, html: hostile }, background, ID, ORIGIN, purify)).toEqual({ html: '<p>Hallo</p>' });
  });

  it.each([
    ['a content script (it has a tab)', { ...background, tab: { id: 3 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/background.js' }],
    ['a sender without an address', { id: ID }],
  ])('should not answer %s', (_name, sender) => {
    expect(answerSanitizeRequest({ type: SANITIZE_REQUEST, html: hostile }, sender, ID, ORIGIN, purify)).toBeUndefined();
  });

  it.each([[{ type: 'save-clipping' }], [{ type: SANITIZE_REQUEST, html: 42 }], [null], ['text']])('should leave other messages alone: %j', (message) => {
    expect(answerSanitizeRequest(message, background, ID, ORIGIN, purify)).toBeUndefined();
  });
});

/** Chrome's offscreen API as far as the background uses it, with a document that answers like ours. */
function installOffscreen() {
  const open = { count: 0, created: 0 };
  const offscreen = {
    Reason: { DOM_PARSER: 'DOM_PARSER' },
    createDocument: vi.fn(async ({ url }: { url: string }) => {
      if (open.count > 0) throw new Error('Only a single offscreen document may be created.');
      expect(url).toBe(OFFSCREEN_PAGE);
      open.count++;
      open.created++;
    }),
    closeDocument: vi.fn(async () => {
      open.count = 0;
    }),
  };
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  Object.assign(fakeBrowser, { offscreen });
  runtime.ContextType = { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' };
  runtime.getContexts = vi.fn(async () => Array.from({ length: open.count }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' })));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if (open.count === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answerSanitizeRequest(message, background, ID, ORIGIN, purify);
  });
  return open;
}

describe('sanitizeInBackground without a DOM (Chrome)', () => {
  it('should sanitize in an offscreen document and close it again', async () => {
    const open = installOffscreen();

    expect(await sanitizeInBackground(hostile)).toBe('<p>Hallo</p>');
    expect(open).toEqual({ count: 0, created: 1 });
  });

  it('should serve concurrent saves one after another, each in a document of its own', async () => {
    const open = installOffscreen();

    const results = await Promise.all([1, 2, 3].map((n) => sanitizeInBackground(`<p>${n}<img src=x onerror=alert(${n})></p>`)));

    expect(results).toEqual(['<p>1<img></p>', '<p>2<img></p>', '<p>3<img></p>']);
    expect(open).toEqual({ count: 0, created: 3 });
  });

  it('should reject, and leave no document open, when the document does not answer', async () => {
    const open = installOffscreen();
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValueOnce(undefined);

    await expect(sanitizeInBackground(hostile)).rejects.toThrow('did not answer');
    expect(open.count).toBe(0);
    expect(await sanitizeInBackground('<p>Weiter</p>')).toBe('<p>Weiter</p>');
  });

  it('should reject where the browser has no offscreen documents', async () => {
    Object.assign(fakeBrowser, { offscreen: undefined });

    await expect(sanitizeInBackground(hostile)).rejects.toThrow(/neither a DOM .* nor offscreen documents/);
  });
});
