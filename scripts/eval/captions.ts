/**
 * Caption figures for `npm run eval:extract -- DIR --captions`. The evaluation set has no
 * expected captions, so this counts what the extractor finds on its pages: captions, captions
 * with a photo credit, and credit lines left in the running text (a caption the extractor did not
 * recognise as one reads "… Foto: Anna Beispiel" in the middle of the article).
 * @module scripts/eval/captions
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../utils/extract';
import { decodeHtml } from '../lib/decode-html';
import { withDocument } from './dom';

export interface CaptionCounts {
  /** Pages extracted as articles. */
  articles: number;
  captions: number;
  withCredit: number;
  /** Short lines of running text that carry a credit label. */
  creditLinesInText: number;
}

/** A short line that states a photo credit: "… Foto: Anna Beispiel", "© dpa", "Photo: …". */
const CREDIT_LINE = /©|(?<![\p{L}\d])(?:fotos?|bild|photo|credit)\s*:/iu;
const CREDIT_LINE_MAX_CHARS = 260;

export function isCreditLine(line: string): boolean {
  return line.length < CREDIT_LINE_MAX_CHARS && CREDIT_LINE.test(line);
}

/**
 * Extracts the pages of `dir` (laid out like ../shared/eval/dev) and counts their captions. The
 * pages are chosen as the scorer chooses them: `filter` (case-insensitive) on file name or
 * address, then the first `limit`.
 */
export async function countCaptions(dir: string, { limit = Infinity, filter }: { limit?: number; filter?: string } = {}): Promise<CaptionCounts> {
  const pages = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const wanted = filter ? new RegExp(filter, 'i') : undefined;
  const chosen = Object.entries(pages).filter(([url, { file }]) => !wanted || wanted.test(file) || wanted.test(url));
  const counts: CaptionCounts = { articles: 0, captions: 0, withCredit: 0, creditLinesInText: 0 };
  for (const [url, { file }] of chosen.slice(0, limit)) {
    const html = decodeHtml(gunzipSync(readFileSync(join(dir, 'pages', `${file}.gz`)))).text;
    await withDocument(html, url, (doc) => {
      const result = extractArticle(doc, { url });
      if (!result.ok) return;
      counts.articles++;
      counts.captions += result.article.captions.length;
      counts.withCredit += result.article.captions.filter((caption) => caption.credit).length;
      counts.creditLinesInText += result.article.text.split('\n').filter(isCreditLine).length;
    });
  }
  return counts;
}
