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

/** Extracts every page of `dir` (laid out like ../shared/eval/dev) and counts its captions. */
export async function countCaptions(dir: string, limit = Infinity): Promise<CaptionCounts> {
  const pages = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const counts: CaptionCounts = { articles: 0, captions: 0, withCredit: 0, creditLinesInText: 0 };
  for (const [url, { file }] of Object.entries(pages).slice(0, limit)) {
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
