import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { toCsv, writeCsv } from '../csv';
import { collectionToMarkdown, writeCombinedMarkdown } from '../markdown';
import { buildReport, writeReport } from '../report';
import { sourceOf, type ClippingSource, type ExportStage } from '../source';
import { collectionNamesOf, hostileClippings, INBOX, labelsFor, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const { window } = new JSDOM('');
const collectionNames = collectionNamesOf([INBOX, PRESS_COLLECTION]);
const labels = labelsFor('de');
const timeZone = 'Europe/Berlin';
const reportOptions = { title: 'Presse', labels, timeZone, collectionNames, includeImages: false, sanitizeHtml: (html: string) => sanitizeClipHtml(html, window as unknown as Window & typeof globalThis) };

/** A source that reads one clipping per page and records the largest page it handed out. */
function pagedSource(clippings = hostileClippings(), extraIds: string[] = []) {
  const inner = sourceOf(clippings, 1);
  const seen = { largestPage: 0, pages: 0 };
  const source: ClippingSource = {
    ids: [...inner.ids, ...extraIds].reverse(), // any order: the exporter sorts
    async *read(ids) {
      for await (const page of inner.read(ids)) {
        seen.largestPage = Math.max(seen.largestPage, page.length);
        seen.pages++;
        yield page;
      }
    },
  };
  return { source, seen };
}

describe('exports read page by page', () => {
  it('should write the same CSV as from clippings in memory, reading one clipping at a time', async () => {
    const { source, seen } = pagedSource();

    const blob = await writeCsv(source, { separator: ';', labels, collectionNames, timeZone });

    const expected = new TextEncoder().encode(toCsv(hostileClippings(), { separator: ';', labels, collectionNames, timeZone }));
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(expected); // bytes: text() would drop the BOM
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(seen).toEqual({ largestPage: 1, pages: 6 }); // three to learn the order, three to write
  });

  it('should write the same combined Markdown and press review as from clippings in memory', async () => {
    const markdown = await writeCombinedMarkdown(pagedSource().source, { title: 'Presse', collectionNames, content: 'full', labels });
    const report = await writeReport(pagedSource().source, reportOptions);

    expect(await markdown.text()).toBe(collectionToMarkdown(hostileClippings(), { title: 'Presse', collectionNames, content: 'full', labels }));
    expect(await report.text()).toBe(await (await buildReport(hostileClippings(), reportOptions)).text());
  });

  it('should leave out clippings deleted before the export read them, and count only the rest', async () => {
    const { source } = pagedSource([makeClipping()], ['deleted-meanwhile']);

    const markdown = await (await writeCombinedMarkdown(source, { title: 'Presse', collectionNames, content: 'full', labels })).text();
    const report = await (await writeReport(source, reportOptions)).text();

    expect(markdown).toMatch(/^---\ntitle: "Presse"\nclippings: 1\n---/);
    expect(report).toContain('Ausschnitte: 1 · Medien: 1');
    expect(report.match(/<article class="clip"/g)).toHaveLength(1);
  });

  it('should say which pass it is in: reading to learn the order, then writing', async () => {
    const clippings = Array.from({ length: 4 }, (_, i) => makeClipping({ id: `id-${i}` }));
    const events: (ExportStage | number)[] = [];

    await writeCsv(sourceOf(clippings, 2), {
      separator: ',',
      labels,
      collectionNames,
      timeZone,
      onStage: (stage) => events.push(stage),
      onProgress: ({ done, total }) => {
        expect(total).toBe(4);
        events.push(done);
      },
    });

    expect(events[0]).toBe('reading');
    expect(events.slice(1, events.indexOf('writing'))).toEqual([2, 4]);
    expect(events.at(-1)).toBe(4);
  });
});
