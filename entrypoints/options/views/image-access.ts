/**
 * "Download the images into the ZIP" for an export of any size: the image sites are found by
 * reading the clippings page by page (only the sites are kept), then access to them is checked;
 * where the browser must ask, the page shows the sites and asks on the user's click, because
 * browsers show a permission prompt only straight from a click.
 * @module entrypoints/options/views/image-access
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readClippings } from '@/utils/clippings';
import { imageUrlsOf, originPatternsOf } from '@/utils/export/images';
import { hasImageAccess, requestImageAccess } from '@/utils/image-assets';

export type ImageAccess =
  /** Images stay links. */
  | { state: 'links' }
  | { state: 'looking'; done: number; total: number }
  /** The sites are known and the browser must ask the user first. */
  | { state: 'ask'; origins: string[] }
  | { state: 'granted' }
  /** Back to links, with the reason. */
  | { state: 'refused'; why: 'none' | 'denied' };

/** The image sites of the clippings with `ids`, as host permission patterns. */
export async function imageOriginsOf(ids: readonly string[], onProgress: (done: number) => void, signal: AbortSignal): Promise<string[]> {
  const origins = new Set<string>();
  let done = 0;
  for await (const page of readClippings(ids)) {
    signal.throwIfAborted();
    for (const origin of originPatternsOf(imageUrlsOf(page))) origins.add(origin);
    done += page.length;
    onProgress(done);
  }
  return [...origins].sort();
}

/**
 * The image choice of one export scope. `choose('download')` looks for the sites and checks
 * access; `allow()` (from a click) asks the browser. Another scope (`scopeKey`) starts over with
 * links; `ids` are read when the looking starts.
 */
export function useImageAccess(ids: readonly string[], scopeKey: string) {
  const [access, setAccess] = useState<ImageAccess>({ state: 'links' });
  const looking = useRef<AbortController | null>(null);
  const latestIds = useRef(ids);
  latestIds.current = ids;

  const stop = () => {
    looking.current?.abort();
    looking.current = null;
  };
  useEffect(() => {
    stop();
    setAccess({ state: 'links' });
    return stop;
  }, [scopeKey]);

  const choose = async (mode: 'links' | 'download') => {
    stop();
    if (mode === 'links') return setAccess({ state: 'links' });
    const controller = new AbortController();
    looking.current = controller;
    const wanted = latestIds.current;
    setAccess({ state: 'looking', done: 0, total: wanted.length });
    try {
      const origins = await imageOriginsOf(wanted, (done) => setAccess({ state: 'looking', done, total: wanted.length }), controller.signal);
      const granted = origins.length > 0 && (await hasImageAccess(origins));
      if (controller.signal.aborted) return; // links were chosen meanwhile
      setAccess(origins.length === 0 ? { state: 'refused', why: 'none' } : granted ? { state: 'granted' } : { state: 'ask', origins });
    } catch {
      if (!controller.signal.aborted) setAccess({ state: 'links' });
    }
  };

  // No await before the request: the prompt must come straight from the click.
  const allow = (origins: readonly string[]) =>
    void requestImageAccess(origins).then((granted) => setAccess(granted ? { state: 'granted' } : { state: 'refused', why: 'denied' }));

  return { access, choose, allow };
}
