/**
 * The extraction benchmark's baseline as a content script: Readability alone on a clone of the
 * page, nothing else. Bundled and minified like the real content script and injected the same
 * way (executeScript with a file of the extension), so both pay the same for loading their code.
 * @module scripts/bench/readability-content
 */
import { Readability } from '@mozilla/readability';

/** What the injection returns: whether Readability found an article, and its length. */
export const result = (() => {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  return { ok: article !== null, length: article?.length ?? 0 };
})();
