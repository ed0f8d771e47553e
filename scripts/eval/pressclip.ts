/**
 * Evaluation adapter: Pressclip's extractor (see pressclipOutput in ./outputs.ts) on the DOM
 * chosen for the run (./dom.ts).
 * Contract of /work/shared/eval/run.mjs: `extract(html, url)` → `{ text, title?, author?, date? }`.
 */
import { DOM_NAME, withDocument } from './dom';
import { pressclipOutput } from './outputs';

export async function extract(html: string, url: string) {
  // Loaded only for this run: it brings the browser driver and the bundler.
  if (DOM_NAME === 'chromium') return (await import('./chromium')).extractInChromium('pressclip', html, url);
  return withDocument(html, url, (doc) => pressclipOutput(doc, url));
}
