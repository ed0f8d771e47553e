/**
 * The hostile corpus (tests/support/hostile) through every pure stage a clipping passes: the
 * extractor and the sanitizer, the Markdown notes and their front matter, the CSV report, and
 * a backup written and restored. The same corpus runs end to end in Chromium in
 * tests/e2e/hostile.e2e.test.ts; this file checks each payload on its own, in every field.
 */
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkBackupFile, createBackup, restoreBackup } from '@/utils/backup';
import type { Clipping } from '@/utils/db';
import { clippingToMarkdown, toCsv } from '@/utils/export';
import { extractArticle } from '@/utils/extract';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { createTestDb } from '@/tests/support/clippings';
import { INBOX, labelsFor, makeClipping } from '@/tests/support/export-fixtures';
import { findUnsafeMarkdown, findUnsafeMarkup } from '@/tests/support/hostile/inspect';
import { hostilePages } from '@/tests/support/hostile/pages';
import { HOSTILE_PAYLOADS, type HostilePayload } from '@/tests/support/hostile/payloads';

const page = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitize = (html: string) => sanitizeClipHtml(html, page);

const parser = new page.DOMParser();
function unsafeIn(html: string): string[] {
  return findUnsafeMarkup(parser.parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body);
}

/** What the front matter must give back: the text without the control characters it drops. */
const withoutControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');

/** A stored clipping whose every text field is the payload (the body sanitized, as saved). */
function clippingCarrying(p: HostilePayload): Clipping {
  return makeClipping({
    id: `00000000-0000-4000-8000-${String(p.n).padStart(12, '0')}`,
    urlKey: `kreisblatt.example/${p.n}`,
    url: `https://www.kreisblatt.example/artikel/${p.n}`,
    title: p.source,
    kicker: p.source,
    authors: [p.source, 'Jana Köster'],
    agencies: [p.source],
    siteName: p.source,
    section: p.source,
    excerpt: p.source,
    note: p.source,
    tags: [p.source.replace(/\s+/g, ' ').trim() || 'leer'],
    captions: [{ text: p.source, credit: p.source }],
    contentHtml: sanitize(`<p>Probe ${p.n}</p>${p.source}<figure><img src="https://bilder.example/${p.n}.jpg" alt=""><figcaption>${p.source}</figcaption></figure>`),
    text: p.source,
  });
}

describe('the hostile corpus', () => {
  it('should hold at least 300 payloads from every family, each reporting under its own number', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(300);
    const families = new Set(HOSTILE_PAYLOADS.map((p) => p.category));
    expect([...families].sort()).toEqual(['clobbering', 'css-exfiltration', 'event-handler', 'export-injection', 'markup-misc', 'mutation', 'script', 'srcdoc', 'url-scheme']);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.source)).size).toBe(HOSTILE_PAYLOADS.length);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.n)).size).toBe(HOSTILE_PAYLOADS.length);
  });

  it('should be caught by the checks when not sanitized (the checks can fail)', () => {
    const caught = HOSTILE_PAYLOADS.filter((p) => p.category !== 'export-injection' && unsafeIn(p.source).length > 0);
    // Payloads the HTML parser itself neutralises (text inside <xmp>, a <body> merged into the
    // document's own, a <frameset> after content) leave nothing to find; every other one is found.
    expect(caught.length).toBeGreaterThan(0.9 * HOSTILE_PAYLOADS.filter((p) => p.category !== 'export-injection').length);
  }, 30_000);
});

describe('sanitizing', () => {
  it.each(HOSTILE_PAYLOADS.map((p) => [p.id, p] as const))('should leave nothing executable or leaking of %s', (_id, p) => {
    const once = sanitize(p.source);
    expect(unsafeIn(once)).toEqual([]);
    // Sanitizing again (at render) changes nothing: no mutation turns the output into markup.
    expect(sanitize(once)).toBe(once);
  });

  it.each(hostilePages(6).map((hostile) => [hostile.path, hostile] as const))('should extract %s with every metadata string as text and a safe body', (_path, hostile) => {
    const dom = new JSDOM(hostile.html, { url: `http://127.0.0.1:8080${hostile.path}` });
    const result = extractArticle(dom.window.document);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(unsafeIn(sanitize(article.contentHtml))).toEqual([]);
    // The headline arrives as the page's string, character for character (white space folded).
    expect(article.title).toBe(hostile.metadata.headline.source.replace(/\s+/g, ' ').trim());
    // The body reached the clipping: most probes survive extraction. (A payload that leaves a
    // <form> open swallows the paragraphs after it, and Readability drops forms as clutter.)
    const probes = hostile.body.filter((p) => article.text.includes(`Probe ${p.n}:`));
    expect(probes.length).toBeGreaterThan(0.5 * hostile.body.length);
    expect(article.captions.length).toBeGreaterThan(0);
  });
});

describe('exporting', () => {
  it.each(HOSTILE_PAYLOADS.map((p) => [p.id, p] as const))('should keep the front matter and Markdown of %s intact', (_id, p) => {
    const clipping = clippingCarrying(p);
    const note = clippingToMarkdown(clipping, { collectionName: INBOX.name, content: 'full', labels: labelsFor('de') });

    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note) ?? [];
    expect(yaml, 'one front matter block at the top').toBeDefined();
    const front = parseYaml(yaml!) as Record<string, unknown>;
    const expected = withoutControls(p.source);
    expect(front).toMatchObject({ title: expected, kicker: expected, authors: [expected, 'Jana Köster'], outlet: expected, section: expected, note: expected, url: clipping.url });
    expect(Object.keys(front)).not.toContain('evil');
    expect(findUnsafeMarkdown(body!)).toEqual([]);
  });

  it.each([',', ';'] as const)('should keep every CSV cell of every payload intact with separator %j', (separator) => {
    const clippings = HOSTILE_PAYLOADS.map(clippingCarrying);
    const csv = toCsv(clippings, { separator, labels: labelsFor('en'), collectionNames: new Map([[INBOX.id, INBOX.name]]), timeZone: 'Europe/Berlin' });
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: separator, newline: '\r\n', skipEmptyLines: true });

    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(clippings.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    // Rows are newest first; map them back by URL.
    const byUrl = new Map(rows.map((row) => [row[header!.indexOf('URL')]!, row]));
    const cell = (text: string) => (/^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text);
    for (const p of HOSTILE_PAYLOADS) {
      const row = byUrl.get(`https://www.kreisblatt.example/artikel/${p.n}`)!;
      expect(row[header!.indexOf('Headline')], p.id).toBe(cell(p.source));
      expect(row[header!.indexOf('Outlet')], p.id).toBe(cell(p.source));
      expect(row[header!.indexOf('Authors')], p.id).toBe(cell(`${p.source}, Jana Köster`));
      expect(row[header!.indexOf('Note')], p.id).toBe(cell(p.source));
    }
  });

  it('should restore a backup of the whole corpus exactly, with the bodies still safe', async () => {
    const source = createTestDb();
    const clippings = HOSTILE_PAYLOADS.map(clippingCarrying);
    await source.clippings.bulkAdd(clippings);
    const backup = await createBackup({ now: new Date(Date.UTC(2026, 10, 28)), generator: 'Pressclip test' }, source);

    const target = createTestDb();
    const checked = await checkBackupFile(backup.blob, {}, page);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await restoreBackup(checked, target);

    const restored = await target.clippings.orderBy('id').toArray();
    expect(restored).toEqual(await source.clippings.orderBy('id').toArray());
    for (const clipping of restored) expect(unsafeIn(clipping.contentHtml), clipping.id).toEqual([]);
    source.close();
    target.close();
  }, 60_000);
});
