/**
 * Long exports and imports run in slices so the page keeps painting and answering clicks:
 * work for a few milliseconds, then yield to the event loop, report progress, check for
 * cancellation. Pure apart from the scheduling (no I/O, no clock in the output).
 * @module utils/export/slices
 */

export interface Progress {
  /** Items finished so far. */
  done: number;
  total: number;
}

export interface SliceOptions {
  /** Called after every slice (and once at the end) with the items finished so far. */
  onProgress?: (progress: Progress) => void;
  /** Aborting stops the work at the next slice boundary with the signal's reason. */
  signal?: AbortSignal;
}

/** Work per slice: short enough that a click or a repaint waits at most about a frame. */
const SLICE_MS = 12;

/**
 * Yields to the event loop through a message port rather than setTimeout: browsers throttle
 * timers in background tabs to once a second (or once a minute), ports are not throttled.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Calls `work` for every item in order, yielding between slices of about 12 ms. Resolves with
 * the results in input order; rejects with the abort reason when `signal` aborts.
 */
export async function mapInSlices<T, R>(items: readonly T[], work: (item: T, index: number) => R, options: SliceOptions = {}): Promise<R[]> {
  const { onProgress, signal } = options;
  const results: R[] = new Array<R>(items.length);
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    signal?.throwIfAborted();
    results[i] = work(items[i] as T, i);
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress?.({ done: i + 1, total: items.length });
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  onProgress?.({ done: items.length, total: items.length });
  return results;
}
