/**
 * What each evaluation adapter reports for one page, computed the same way in Node (jsdom,
 * linkedom) and inside Chromium (./chromium.ts), so the DOM is the only thing that changes.
 * Contract of /work/shared/eval/run.mjs: `extract(html, url)` → `{ text, title?, author?, date? }`.
 * @module scripts/eval/outputs
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { blockText } from '../../utils/extract/text';

export interface EvalOutput {
  text: string;
  title?: string;
  author?: string | string[];
  date?: string;
  /** Why Pressclip found no article (not scored; kept in the per-page results). */
  reason?: string;
}

/**
 * Pressclip's extractArticle exactly as the content script calls it. A page reported as not an
 * article yields empty text (what the popup would save: nothing). The author is what the popup
 * shows under "Author": the people, then the agencies.
 */
export function pressclipOutput(doc: Document, url: string): EvalOutput {
  const result = extractArticle(doc, { url });
  if (!result.ok) return { text: '', title: result.title, reason: result.reason };
  const { article } = result;
  return { text: article.text, title: article.title, author: [...article.authors, ...article.agencies], date: article.publishedTime };
}

/** @mozilla/readability alone, its body rendered as block text like Pressclip's. It changes `doc`. */
export function readabilityOutput(doc: Document): EvalOutput {
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  return {
    text: parsed?.content ? blockText(parsed.content) : '',
    title: parsed?.title ?? undefined,
    author: parsed?.byline ?? undefined,
    date: parsed?.publishedTime ?? undefined,
  };
}
