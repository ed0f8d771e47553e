/**
 * The in-page half of the Chromium evaluation (bundled by ../bench/page-bundle.ts and evaluated
 * in the page being scored, see ./chromium.ts).
 * @module scripts/eval/chromium-page
 */
import { pressclipOutput, readabilityOutput, type EvalOutput } from './outputs';

export function run(extractor: 'pressclip' | 'readability', url: string): EvalOutput {
  return extractor === 'pressclip' ? pressclipOutput(document, url) : readabilityOutput(document);
}
