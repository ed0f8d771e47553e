/**
 * Evaluation adapter: @mozilla/readability alone, the baseline Pressclip has to beat. Same DOM
 * as the Pressclip adapter (see ./dom.ts), same block-text rendering of the body.
 * Contract of /work/shared/eval/run.mjs: `extract(html, url)` → `{ text, title?, author?, date? }`.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from '../../utils/extract/text';
import { withDocument } from './dom';

export async function extract(html: string, url: string) {
  return withDocument(html, url, (doc) => {
    const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
    return {
      text: parsed?.content ? blockText(parsed.content) : '',
      title: parsed?.title ?? undefined,
      author: parsed?.byline ?? undefined,
      date: parsed?.publishedTime ?? undefined,
    };
  });
}
