/**
 * Image captions with their photo credits, read from the extracted body: the caption text,
 * the credit without its label ("(Foto: krz)" → "krz"), the image address and its alt text.
 * @module utils/extract/captions
 */
import { agencyName } from './byline';
import { byTag, firstByTag } from './dom';
import { collapseWhitespace } from './text';
import type { Caption } from './types';

/** Labels that introduce a photo credit (German, English, and the Romance languages' usual ones). */
const CREDIT_LABEL = String.raw`(?:Archiv|Symbol|Titel|Beitrags|Pressefoto|Presse)?(?:foto|fotos|bild|bilder)|Foto\/Grafik|Grafik|Illustration|Montage|Screenshot|Quelle|Bildquelle|Bildnachweis|Fotonachweis|Credit|Credits|Photo|Photos|Photograph|Image|Picture|Crédits? photos?|Crédito|Créditos|Imagen|Foto\(s\)`;

/** The ways a credit follows (or, rarely, precedes) the caption text, most specific first. */
const CREDIT_PATTERNS: readonly RegExp[] = [
  // "… (Foto: krz)" / "… [Bild: dpa]" / "(Photo by Max Muster / Outlet)"
  new RegExp(String.raw`\s*[(\[]\s*(?:${CREDIT_LABEL})\s*(?::|by\b|von\b)\s*([^)\]]+?)\s*[)\]]\s*\.?$`, 'i'),
  // "… | Foto: Max Muster" / "… Foto: Max Muster" / "… Photograph by Max Muster"
  new RegExp(String.raw`(?:^|[\s|/–—-]+|(?<=[.!?])\s*)(?:${CREDIT_LABEL})\s*(?::|by|von)\s*(.+?)\s*\.?$`, 'i'),
  // "… © dpa" / "… (c) Max Muster" / "… Copyright: Stadt Lemgo"
  /\s*[(\[]?\s*(?:©|\(c\)|copyright:?)\s*(.+?)\s*[)\]]?\s*\.?$/i,
];

/** "… Max Muster/dpa" or "… Foto: Max Muster/dpa" without a label: a name and an agency after a slash. */
const NAME_SLASH_AGENCY = /(?<=[.!?)]\s*|\s)((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'-]+)\s){0,3}(?:\p{Lu}\.|\p{Lu}[\p{L}'-]+)\s?\/\s?([\p{L}-]{2,12}))\s*$/u;

/** Splits "Text (Foto: krz)" into text and credit. Captions without a credit come back whole. */
export function splitCredit(caption: string): Caption {
  const text = collapseWhitespace(caption);
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      const credit = cleanCredit(match[1]);
      if (!credit) continue;
      return { text: text.slice(0, match.index).replace(/[\s|/–—,:-]+$/, ''), credit };
    }
  }
  const slash = NAME_SLASH_AGENCY.exec(text);
  if (slash?.[1] && slash[2] && agencyName(slash[2]) && slash.index > 0) {
    return { text: text.slice(0, slash.index).trim(), credit: slash[1].replace(/\s*\/\s*/, '/') };
  }
  return { text };
}

function cleanCredit(raw: string): string {
  return raw.replace(/^[\s:|–—-]+|[\s.;,|–—-]+$/g, '').trim();
}

/** An image described by JSON-LD (ImageObject), used to fill in credits the markup left out. */
export interface DeclaredImage {
  url: string;
  caption?: string;
  credit?: string;
}

/**
 * Captions of the figures in `root` (the extracted body), each once, in page order. Declared
 * images fill in missing credits of the same picture and add the captions of pictures the body
 * does not show (the lead photo above the headline).
 */
export function extractCaptions(root: Element, declared: readonly DeclaredImage[] = []): Caption[] {
  const captions: Caption[] = [];
  const seen = new Set<string>();
  // By tag name: a selector would be parsed anew in each working copy (see findAll in ./dom.ts).
  for (const figure of byTag(root, 'figure')) {
    const figcaption = firstByTag(figure, 'figcaption');
    const img = firstByTag(figure, 'img');
    const imageUrl = img?.getAttribute('src') ?? undefined;
    const alt = collapseWhitespace(img?.getAttribute('alt') ?? '');
    const raw = collapseWhitespace(figcaption?.textContent ?? '');
    if (!raw) continue;
    const caption = splitCredit(raw);
    const match = imageUrl ? declared.find((image) => sameImage(image.url, imageUrl)) : undefined;
    if (!caption.credit && match?.credit) caption.credit = match.credit;
    const key = `${caption.text}\u0000${caption.credit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    captions.push({
      ...caption,
      ...(imageUrl && /^https?:/i.test(imageUrl) && { imageUrl }),
      ...(alt && alt !== raw && alt !== caption.text && { alt }),
    });
  }
  for (const image of declared) {
    if (!image.caption && !image.credit) continue;
    if (captions.some((c) => c.imageUrl && sameImage(c.imageUrl, image.url))) continue;
    const caption = image.caption ? splitCredit(image.caption) : { text: '' };
    if (!caption.credit && image.credit) caption.credit = image.credit;
    if (captions.some((c) => c.text === caption.text && caption.text !== '')) continue;
    captions.push({ ...caption, imageUrl: image.url });
  }
  return captions;
}

/** Two addresses of the same picture: CMSs serve resized copies ("-1024x768", "?w=800"). */
function sameImage(a: string, b: string): boolean {
  const key = (url: string) => {
    const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
    return file.replace(/-\d{2,4}x\d{2,4}(?=\.\w+$)/, '').replace(/\.\w+$/, '').toLowerCase();
  };
  return key(a) !== '' && key(a) === key(b);
}
