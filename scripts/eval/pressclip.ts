/**
 * Evaluation adapter: Pressclip's extractArticle exactly as the content script calls it.
 * A page reported as not an article yields empty text (what the popup would save: nothing).
 * The author is what the popup shows under "Author": the people, then the agencies.
 * Contract of /work/shared/eval/run.mjs: `extract(html, url)` → `{ text, title?, author?, date? }`.
 */
import { extractArticle } from '../../utils/extract';
import { withDocument } from './dom';

export async function extract(html: string, url: string) {
  return withDocument(html, url, (doc) => {
    const result = extractArticle(doc, { url });
    if (!result.ok) return { text: '', title: result.title, reason: result.reason };
    const { article } = result;
    return { text: article.text, title: article.title, author: [...article.authors, ...article.agencies], date: article.publishedTime };
  });
}
