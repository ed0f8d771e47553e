/**
 * Downloads article images for a Markdown ZIP's `assets/` folder. An extension page may fetch
 * from a site only with host access to it; Pressclip holds none by default and asks for the
 * image sites (optional_host_permissions in wxt.config.ts) only when the user chooses to
 * download images. Images that cannot be fetched stay links to the web.
 * @module utils/image-assets
 */
import { browser } from 'wxt/browser';
import type { ImageAsset } from '@/utils/export/images';
import type { Progress } from '@/utils/export/slices';

/**
 * Asks the user for access to `origins` (match patterns such as "https://www.lz.de/*").
 * Must be called straight from a click or change handler: browsers allow the prompt only
 * during a user gesture. Resolves true when access is (already) granted.
 */
export async function requestImageAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.request({ origins: [...origins] });
  } catch {
    return false; // a pattern the manifest does not allow, or no user gesture
  }
}

/** True when Pressclip may already fetch from every one of `origins` (no prompt needed). */
export async function hasImageAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false; // a pattern the manifest does not allow
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};
/** No single press photo comes near this; anything larger is not worth a note's folder. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
const PARALLEL = 4;

export interface FetchedImages {
  images: Map<string, ImageAsset>;
  /** URLs that could not be fetched (no access, gone, not an image, too large, timed out). */
  failed: string[];
}

/**
 * Fetches `urls`, four at a time, without cookies or referrer (the outlet learns nothing about
 * the reader). SVG is left out on purpose: it can carry script. Rejects only when aborted.
 */
export async function fetchImages(urls: readonly string[], options: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}): Promise<FetchedImages> {
  const images = new Map<string, ImageAsset>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const asset = await fetchImage(url, options.signal);
      options.signal?.throwIfAborted();
      if (asset) images.set(url, asset);
      options.onProgress?.({ done: ++done, total: urls.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  // Keep the page order, whatever order the downloads finished in.
  const ordered = new Map(urls.filter((url) => images.has(url)).map((url) => [url, images.get(url)!]));
  return { images: ordered, failed: urls.filter((url) => !images.has(url)) };
}

async function fetchImage(url: string, signal: AbortSignal | undefined): Promise<ImageAsset | undefined> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'force-cache',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const extension = EXTENSIONS[type];
    if (!response.ok || !extension) return undefined;
    if (Number(response.headers.get('content-length') ?? 0) > MAX_IMAGE_BYTES) return undefined;
    const data = new Uint8Array(await response.arrayBuffer());
    return data.length > 0 && data.length <= MAX_IMAGE_BYTES ? { data, extension } : undefined;
  } catch {
    if (signal?.aborted) throw signal.reason;
    return undefined;
  }
}
