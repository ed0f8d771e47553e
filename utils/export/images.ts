/**
 * The images an export can carry in its `assets/` folder: which URLs a clipping shows, and
 * the file names they get. Pure (fetching them is utils/image-assets.ts).
 * @module utils/export/images
 */
import type { Clipping } from '@/utils/db';
import { createNameAllocator } from './filename';

/** A downloaded image, ready to be written into the export. */
export interface ImageAsset {
  data: Uint8Array;
  /** File extension without the dot, from the image's media type: "jpg", "png", "webp" … */
  extension: string;
}

/**
 * `src` of every `<img>` in stored (sanitized) article HTML. DOMPurify writes every attribute
 * as `name="value"` with `&` and `"` escaped, so a pattern reads it reliably; entities are
 * decoded back to the URL the browser would request.
 */
const IMG_SRC = /<img\b[^>]*?\ssrc="([^"]*)"/gi;

/** The web images (http/https) a clipping's article shows, each once, in page order. */
export function imageUrlsOf(clippings: readonly Clipping[]): string[] {
  const urls = new Set<string>();
  for (const clipping of clippings) {
    for (const match of clipping.contentHtml.matchAll(IMG_SRC)) {
      const url = decodeEntities(match[1] ?? '').trim();
      if (/^https?:\/\//i.test(url)) urls.add(url);
    }
  }
  return [...urls];
}

/** The sites serving `urls`, as the match patterns a host permission request takes. */
export function originPatternsOf(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const url of urls) {
    try {
      const { protocol, hostname } = new URL(url);
      patterns.add(`${protocol}//${hostname}/*`);
    } catch {
      // not a URL: nothing to ask for
    }
  }
  return [...patterns].sort();
}

/**
 * Paths inside the export for the downloaded images: `assets/<name>.<ext>`, named after the
 * image's own file name, unique, without spaces (so Markdown links need no escaping).
 */
export function assetPaths(assets: ReadonlyMap<string, ImageAsset>): Map<string, string> {
  const pathFor = createAssetNamer();
  return new Map([...assets].map(([url, asset]) => [url, pathFor(url, asset.extension)]));
}

/**
 * `assetPaths` one image at a time, for an export that downloads the images of each page of
 * notes as it goes: the same names, in the order the images are met.
 */
export function createAssetNamer(): (url: string, extension: string) => string {
  const allocate = createNameAllocator((stem, n) => `${stem}-${n}`);
  return (url, extension) => `assets/${allocate(assetStem(url), extension)}`;
}

function assetStem(url: string): string {
  let base = '';
  try {
    base = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    base = '';
  }
  const stem = base
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'image';
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|lt|gt|#39|nbsp);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", nbsp: '\u00a0' })[name] ?? '');
}
