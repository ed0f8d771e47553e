import { defineContentScript } from '#imports';
import { extractArticle } from '@/utils/extract';
import type { ExtractResult } from '@/utils/extract/types';

/** The only code that sees the live page. Injected on demand by the popup; reads, returns, ends. */
export default defineContentScript({
  registration: 'runtime', // not listed in the manifest: no host permissions, no page runs it unasked
  matches: [],
  main(): ExtractResult {
    return extractArticle(document, { url: location.href });
  },
});
