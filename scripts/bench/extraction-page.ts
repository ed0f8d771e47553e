/**
 * The in-page half of the extraction benchmark (bundled by page-bundle.ts and evaluated in an
 * ordinary web page served on 127.0.0.1): Pressclip's extractor and Readability alone on the
 * live page's DOM, timed where the content script runs them, and the probe of how long the
 * page's main thread is kept from answering (./probe-page.ts).
 * @module scripts/bench/extraction-page
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extract';

export { startBlockingProbe, stopBlockingProbe } from './probe-page';

export type Extractor = 'pressclip' | 'readability';

/**
 * Runs one extractor on the page. Readability alone gets what its README asks for and what
 * extractArticle works on: a clone of the document (Readability changes the DOM it is given).
 * Returns whether an article came out, so neither run can be optimised away.
 */
export function runOnce(extractor: Extractor): boolean {
  if (extractor === 'pressclip') return extractArticle(document, { url: location.href }).ok;
  return new Readability(document.cloneNode(true) as Document).parse() !== null;
}

/** Milliseconds per run: `iterations` runs back to back, averaged (small pages take well under a millisecond). */
export function timeRuns(extractor: Extractor, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) runOnce(extractor);
  return (performance.now() - start) / iterations;
}

/**
 * Warm timing of both extractors on this page: one warm-up run each, then `samples` samples
 * of each, in alternating order, each sample averaging enough runs to last ~`sampleMs`.
 */
export function compareWarm(samples: number, sampleMs = 20): Record<Extractor, number[]> & { extracted: boolean } {
  const extracted = runOnce('pressclip');
  const warm = { pressclip: timeRuns('pressclip', 1), readability: timeRuns('readability', 1) };
  const iterations = (extractor: Extractor) => Math.max(1, Math.min(50, Math.ceil(sampleMs / Math.max(0.05, warm[extractor]))));
  const times: Record<Extractor, number[]> = { pressclip: [], readability: [] };
  for (let sample = 0; sample < samples; sample++) {
    const order: Extractor[] = sample % 2 ? ['readability', 'pressclip'] : ['pressclip', 'readability'];
    for (const extractor of order) times[extractor].push(timeRuns(extractor, iterations(extractor)));
  }
  return { ...times, extracted };
}

/** Number of elements of the page (what extractArticle counts against its limit). */
export function elementCount(): number {
  return document.getElementsByTagName('*').length;
}
