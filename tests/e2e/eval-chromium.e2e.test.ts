/**
 * `npm run eval:extract -- DIR --dom chromium`: the adapters' extraction inside real Chromium
 * gives what the same extraction gives on jsdom for the demo article, also for a page the
 * evaluation set keys by a name instead of an address.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { closeChromium, extractInChromium } from '../../scripts/eval/chromium';
import { pressclipOutput, readabilityOutput } from '../../scripts/eval/outputs';

const DEMO = readFileSync(resolve(import.meta.dirname, '../../demo/index.html'), 'utf8');
const URL = 'https://example.org/lokales/bruecke';

const onJsdom = <T>(url: string, use: (doc: Document) => T): T => use(new JSDOM(DEMO, { url }).window.document);

describe('eval:extract --dom chromium', () => {
  afterAll(() => closeChromium());

  it('should extract the demo article in Chromium as on jsdom', async () => {
    const inChromium = await extractInChromium('pressclip', DEMO, URL);

    expect(inChromium.text.length).toBeGreaterThan(500);
    expect(inChromium).toEqual(onJsdom(URL, (doc) => pressclipOutput(doc, URL)));
  });

  it('should run Readability alone in Chromium as on jsdom', async () => {
    const inChromium = await extractInChromium('readability', DEMO, URL);

    expect(inChromium.text.length).toBeGreaterThan(500);
    expect(inChromium).toEqual(onJsdom(URL, (doc) => readabilityOutput(doc)));
  });

  it('should load a page keyed by a name, and give the extractor that key as its URL', async () => {
    const key = 'hard::bruecke.html';

    const inChromium = await extractInChromium('pressclip', DEMO, key);

    expect(inChromium.text).toBe(onJsdom(URL, (doc) => pressclipOutput(doc, URL)).text);
  });
});
