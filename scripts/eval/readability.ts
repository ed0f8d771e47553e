/**
 * Evaluation adapter: @mozilla/readability alone, the baseline Pressclip has to beat (see
 * readabilityOutput in ./outputs.ts), on the same DOM as the Pressclip adapter (./dom.ts).
 * Contract of /work/shared/eval/run.mjs: `extract(html, url)` → `{ text, title?, author?, date? }`.
 */
import { DOM_NAME, withDocument } from './dom';
import { readabilityOutput } from './outputs';

export async function extract(html: string, url: string) {
  // Loaded only for this run: it brings the browser driver and the bundler.
  if (DOM_NAME === 'chromium') return (await import('./chromium')).extractInChromium('readability', html, url);
  return withDocument(html, url, (doc) => readabilityOutput(doc));
}
