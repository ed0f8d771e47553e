/**
 * Exporting what the library shows, in real Chromium with the built extension: a filtered view
 * (by tag, across collections) as a Markdown ZIP and as a CSV report, then two selected rows
 * only. The export page is opened from the library's own export button, and each file must hold
 * exactly the clippings in scope — no more, no fewer (the selection also as JSON).
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage } from '../../scripts/bench/page-bundle';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { frontMatterOf } from '../../scripts/lib/demo-note';
import { OptionsPage } from '../../scripts/lib/pages';
import type { Clipping, Collection } from '@/utils/db';
import { makeClipping } from '../support/clippings';

let browser: ExtensionBrowser;
let options: OptionsPage;

const collections: Collection[] = [{ id: 'rat', name: 'Stadtrat', description: '', defaultTags: [], createdAt: 1 }];
const TOPICS = ['Haushalt', 'Verkehr', 'Schule'];
const clippings: Clipping[] = Array.from({ length: 15 }, (_, i) =>
  makeClipping({
    id: `scope-${i}`,
    title: `${TOPICS[i % 3]}: Meldung ${i + 1}`,
    tags: [TOPICS[i % 3]!, ...(i % 5 === 0 ? ['Lemgo'] : [])],
    collectionId: i % 2 ? 'rat' : 'inbox',
    publishedTime: new Date(Date.UTC(2026, 10, 1 + i, 9)).toISOString(),
  }),
);
const titlesTagged = (tag: string) => clippings.filter((c) => c.tags.includes(tag)).map((c) => c.title).sort();

beforeAll(async () => {
  const [seedScript, launched] = await Promise.all([bundleForPage('tests/support/seed-page.ts', 'seedSupport'), launchWithExtension()]);
  browser = launched;
  const seeder = await browser.context.newPage();
  await seeder.goto(`${browser.origin}popup.html`);
  await seeder.evaluate(seedScript);
  await seeder.evaluate(([c, k]) => (globalThis as unknown as { seedSupport: { seed: (c: unknown, k: unknown) => Promise<void> } }).seedSupport.seed(c, k), [collections, clippings] as const);
  await seeder.close();
  options = await OptionsPage.open(browser);
  await options.waitForResultCount('15 clippings');
});

afterAll(async () => {
  await browser?.close();
});

/** The headlines in a Markdown ZIP's notes, read from their front matter. */
function noteTitles(bytes: Buffer): string[] {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.entries(files).map(([, data]) => String(frontMatterOf(strFromU8(data)).title)).sort();
}

describe('exporting what the library shows', () => {
  it('should export a filtered view, and only it, as Markdown notes and as a CSV report', async () => {
    await options.filterByTag('Haushalt');
    await options.waitForResultCount('5 clippings of 15');

    await options.openExport();

    expect(await options.exportHeading()).toBe('Export “Haushalt” 5 clippings');
    expect(await options.exportScopes()).toEqual({
      checked: 'This view: Haushalt (5 clippings)',
      all: ['This view: Haushalt (5 clippings)', 'The whole library (15 clippings)'],
    });
    const zip = await options.exportFile([/^Markdown notes/]);
    expect(zip.fileName).toBe('Haushalt.zip');
    expect(noteTitles(zip.bytes)).toEqual(titlesTagged('Haushalt'));

    const csv = await options.exportFile([/^Coverage report/, /^Comma/]);
    expect(csv.fileName).toBe('Haushalt.csv');
    const [header, ...rows] = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    const headline = header!.indexOf('Headline');
    expect(rows.map((row) => row[headline]).sort()).toEqual(titlesTagged('Haushalt'));
  });

  it('should narrow further by collection and still offer the collection itself', async () => {
    await options.page.getByRole('link', { name: 'Library', exact: true }).click();
    await options.filterByCollection('Stadtrat');
    await options.waitForResultCount('2 clippings of 15');

    await options.openExport();

    expect(await options.exportScopes()).toEqual({
      checked: 'This view: Stadtrat · Haushalt (2 clippings)',
      all: ['This view: Stadtrat · Haushalt (2 clippings)', 'The collection “Stadtrat” (7 clippings)', 'The whole library (15 clippings)'],
    });
    await options.page.getByRole('radio', { name: 'The collection “Stadtrat” (7 clippings)' }).check();
    expect(await options.exportHeading()).toBe('Export “Stadtrat” 7 clippings');
    const zip = await options.exportFile([/^Markdown notes/]);
    expect(zip.fileName).toBe('Stadtrat.zip');
    expect(noteTitles(zip.bytes)).toEqual(clippings.filter((c) => c.collectionId === 'rat').map((c) => c.title).sort());
  });

  it('should export only the two selected rows', async () => {
    await options.page.getByRole('link', { name: 'Library', exact: true }).click();
    await options.clearFilters();
    await options.waitForResultCount('15 clippings');
    const chosen = ['Verkehr: Meldung 14', 'Schule: Meldung 12'];
    await options.select(chosen);

    await options.openExport();

    expect(await options.exportHeading()).toBe('Export “Selected clippings” 2 clippings');
    expect((await options.exportScopes()).checked).toBe('The selected clippings (2 clippings)');
    const zip = await options.exportFile([/^Markdown notes/]);
    expect(zip.fileName).toBe('Selected clippings.zip');
    expect(noteTitles(zip.bytes)).toEqual([...chosen].sort());

    const markdown = await options.exportFile([/^Markdown: all clippings in one file/]);
    const text = markdown.bytes.toString('utf8');
    expect(frontMatterOf(text)).toEqual({ title: 'Selected clippings', clippings: 2 });
    expect(text.split('\n').filter((line) => line.startsWith('## ')).sort()).toEqual(chosen.map((title) => `## ${title}`).sort());

    // JSON in the backup format: the two clippings and the one collection they are in.
    const json = await options.exportFile([/^JSON/]);
    expect(json.fileName).toBe('Selected clippings.json');
    const backup = JSON.parse(json.bytes.toString('utf8')) as { format: string; collections: Collection[]; clippings: Clipping[] };
    expect(backup.format).toBe('pressclip-backup');
    expect(backup.clippings.map((c) => c.title).sort()).toEqual([...chosen].sort());
    expect(backup.collections.map((c) => c.name)).toEqual(['Stadtrat']);
  });
});
