import { defineContentScript } from '#imports';
import { extractArticle } from '@/utils/extract';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import type { PageCapture } from '@/utils/messages';
import { captureSelection } from '@/utils/selection';

/**
 * The only code that sees the live page. Injected on demand (toolbar button, shortcut, context
 * menu); reads the article and the reader's selection, returns them, ends.
 */
export default defineContentScript({
  registration: 'runtime', // not listed in the manifest: no host permissions, no page runs it unasked
  matches: [],
  main(): PageCapture {
    const url = location.href;
    const selection = captureSelection(document, url);
    return {
      extraction: extractArticle(document, { url }),
      title: document.title,
      url,
      selection: selection && { ...selection, html: sanitizeClipHtml(selection.html, window) },
    };
  },
});
