/**
 * DOMPurify for the background's own saves (the quick-save shortcut, the context menu's
 * fallback), which have no popup to sanitize for them. Whatever a page returns to the capture
 * script was produced in that page's renderer, so it is cleaned once more in the extension's
 * origin before it is stored, exactly as the popup does for its saves.
 *
 * DOMPurify needs a DOM. Firefox runs the background as an event page, which has one. Chrome
 * runs it as a service worker, which has none: there the HTML goes to a hidden offscreen
 * document (`entrypoints/offscreen/`, reason DOM_PARSER) that runs the same sanitizer and is
 * closed again when the work is done.
 * @module utils/background-sanitizer
 */
import { browser } from 'wxt/browser';

/** The request the offscreen document answers. */
export const SANITIZE_REQUEST = 'pressclip:sanitize-clip-html';

/** Built path of entrypoints/offscreen/index.html. */
export const OFFSCREEN_PAGE = '/offscreen.html';

export interface SanitizeRequest {
  type: typeof SANITIZE_REQUEST;
  html: string;
}

/** What a sender looks like to `runtime.onMessage` (the fields we check). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * The offscreen document's answer to one message: the sanitized HTML for a sanitize request from
 * the extension's own background, undefined for anything else (not ours to answer). Content
 * scripts also reach extension pages with runtime messages; they are not answered.
 */
export function answerSanitizeRequest(
  message: unknown,
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
  sanitize: (html: string) => string,
): { html: string } | undefined {
  if (sender.id !== extensionId || sender.tab !== undefined || !sender.url?.startsWith(extensionOrigin)) return undefined;
  const request = message as Partial<SanitizeRequest> | null;
  if (typeof request !== 'object' || request === null || request.type !== SANITIZE_REQUEST || typeof request.html !== 'string') return undefined;
  return { html: sanitize(request.html) };
}

/**
 * Sanitizes clipped HTML in the background with the clipping configuration of
 * utils/extract/sanitize.ts: directly where the background has a DOM, else in the offscreen
 * document. Rejects when neither is possible; the caller then saves nothing.
 */
export async function sanitizeInBackground(html: string): Promise<string> {
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    const { sanitizeClipHtml } = await import('@/utils/extract/sanitize');
    return sanitizeClipHtml(html, window);
  }
  return inOffscreenDocument(html);
}

/** One request at a time: each opens the document, asks it, and closes it again. */
let queue: Promise<unknown> = Promise.resolve();

function inOffscreenDocument(html: string): Promise<string> {
  const run = queue.then(async () => {
    const offscreen = browser.offscreen;
    if (!offscreen) throw new Error('This browser has neither a DOM in the background nor offscreen documents to sanitize in');
    if (!(await offscreenOpen())) {
      await offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: [browser.offscreen.Reason.DOM_PARSER],
        justification: 'Sanitize clipped article HTML with DOMPurify before it is stored.',
      });
    }
    try {
      const request: SanitizeRequest = { type: SANITIZE_REQUEST, html };
      const answer = (await browser.runtime.sendMessage(request)) as { html?: unknown } | undefined;
      if (typeof answer?.html !== 'string') throw new Error('The offscreen sanitizer did not answer');
      return answer.html;
    } finally {
      await offscreen.closeDocument().catch(() => undefined);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Whether an offscreen document is open already (e.g. left by a service worker that was stopped mid-way). */
async function offscreenOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts?.({ contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  return (contexts?.length ?? 0) > 0;
}
