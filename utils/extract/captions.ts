/**
 * Image captions with their photo credits, read from the extracted body.
 * @module utils/extract/captions
 */
import type { Caption } from './types';
import { collapseWhitespace } from './text';

/** Labels that introduce a photo credit in German and English captions. */
const CREDIT_LABEL = String.raw`(?:Archivfoto|Foto|Fotos|Bild|Bilder|Grafik|Quelle|Photo|Image|Credit)s?`;
/** "(Foto: krz)" or "Foto: Max Muster" at the end, or "© dpa" anywhere after the text. */
const CREDIT_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\s*[(\[]\s*${CREDIT_LABEL}\s*:\s*([^)\]]+?)\s*[)\]]\s*$`, 'i'),
  new RegExp(String.raw`(?:^|[\s|/–-]+)${CREDIT_LABEL}\s*:\s*(.+?)\s*$`, 'i'),
  /\s*(?:©|\(c\)|Copyright)\s*(.+?)\s*$/i,
];

/** Splits "Text (Foto: krz)" into text and credit. Captions without a credit come back whole. */
export function splitCredit(caption: string): Caption {
  const text = collapseWhitespace(caption);
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1] && match.index > 0) {
      return { text: text.slice(0, match.index).replace(/[\s|/–-]+$/, ''), credit: match[1] };
    }
  }
  return { text };
}

/** Captions of every `figure` in `root`, each once, attached to the figure's image. */
export function extractCaptions(root: Element): Caption[] {
  const captions: Caption[] = [];
  const seen = new Set<string>();
  for (const figcaption of root.querySelectorAll('figcaption, .wp-caption-text')) {
    const raw = collapseWhitespace(figcaption.textContent ?? '');
    if (!raw || seen.has(raw)) continue;
    seen.add(raw);
    const figure = figcaption.closest('figure, .wp-caption');
    const img = figure?.querySelector('img');
    const caption = splitCredit(raw);
    const imageUrl = img?.getAttribute('src') ?? undefined;
    const alt = collapseWhitespace(img?.getAttribute('alt') ?? '');
    captions.push({
      ...caption,
      ...(imageUrl && /^https?:/i.test(imageUrl) && { imageUrl }),
      ...(alt && alt !== raw && alt !== caption.text && { alt }),
    });
  }
  return captions;
}
