import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/utils/extract';
import { serializeClean } from '@/utils/extract/serialize';
import type { PageCapture } from '@/utils/messages';
import { captureSelection } from '@/utils/selection';

/**
 * The only code that sees the live page: the capture script, injected on demand with
 * `scripting.executeScript` (toolbar button, shortcut, context menu) into the top frame of that
 * one tab. It reads the article and the reader's selection, returns them, and ends.
 *
 * An unlisted script rather than a WXT content script on purpose: WXT wraps content scripts in
 * a context that announces each run to the page (a `postMessage` and a DOM event named after the
 * extension's id) and listens on the page's document for later runs. This script adds nothing to
 * the page (no UI, no element, no listener), tells the page nothing, and nothing the page sends
 * (`postMessage`, DOM events) can reach or steer it.
 *
 * Both the article and the selection leave the page as allow-list markup (utils/extract/serialize);
 * DOMPurify runs on them again in the extension's own origin before anything is stored.
 */
export default defineUnlistedScript((): PageCapture => {
  const url = location.href;
  const selection = captureSelection(document, url);
  return {
    extraction: extractArticle(document, { url }),
    title: document.title,
    url,
    selection: selection && { ...selection, html: rebuildSafely(selection.html) },
  };
});

/** The selected markup written through the allow-list; parsed inert (DOMParser: nothing runs or loads). */
function rebuildSafely(html: string): string {
  return serializeClean(new DOMParser().parseFromString(html, 'text/html').body);
}
