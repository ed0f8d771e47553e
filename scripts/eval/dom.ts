/**
 * The one place the evaluation adapters get their DOM from, so Pressclip and Readability alone
 * are always measured on the same implementation. `PRESSCLIP_EVAL_DOM=linkedom` switches both;
 * `PRESSCLIP_EVAL_DOM=chromium` runs both inside the browser instead (./chromium.ts).
 * @module scripts/eval/dom
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { isDomName, type DomName } from './dom-names';

const chosen = process.env.PRESSCLIP_EVAL_DOM;
export const DOM_NAME: DomName = isDomName(chosen) ? chosen : 'jsdom';

/** jsdom complains about every stylesheet it cannot parse; those are the page's problem, not ours. */
const quiet = new VirtualConsole();

/**
 * Parses `html` as the page at `url` (no scripts, no resources), hands the document to `use`
 * and frees it afterwards: 499 live jsdom windows do not fit in Node's default heap.
 */
export async function withDocument<T>(html: string, url: string, use: (doc: Document) => T): Promise<T> {
  if (DOM_NAME === 'chromium') throw new Error('In Chromium the page is extracted inside the browser: use extractInChromium (./chromium.ts)');
  if (DOM_NAME === 'linkedom') return use(parseHTML(html).document as unknown as Document);
  const { window } = new JSDOM(html, { url, virtualConsole: quiet });
  try {
    return use(window.document);
  } finally {
    window.close();
    // jsdom frees a closed window only once the event loop turns; without this the runner's
    // loop of awaited-but-synchronous calls keeps every page alive until the heap runs out.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
