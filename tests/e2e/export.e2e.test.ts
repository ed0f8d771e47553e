/**
 * Export and restore in real Chromium with the built extension: clip three articles through
 * the real popup, export a Markdown ZIP (with downloaded images), a CSV coverage report, the
 * printable press review and a JSON backup from the options page and check each file; then
 * restore the backup into a fresh browser profile, refuse a damaged file without changing
 * anything, and re-import without changing anything.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { OptionsPage, PopupPage, type DownloadedFile } from '../../scripts/lib/pages';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server';
import { articlePage } from '../support/article-pages';

const PARAGRAPHS = [
  'Die Stadtwerke Altenbruch heben zum Jahreswechsel die Preise für Strom und Fernwärme an. Ein Haushalt mit durchschnittlichem Verbrauch zahlt damit rund neun Euro mehr im Monat, teilte das Unternehmen am Mittwoch mit.',
  'Als Gründe nennt die Geschäftsführung gestiegene Netzentgelte und höhere Kosten für die Beschaffung. Der Aufsichtsrat hatte der Erhöhung in seiner Sitzung am Dienstagabend ohne Gegenstimmen zugestimmt.',
  'Kundinnen und Kunden werden in den kommenden Wochen schriftlich informiert. Wer mit dem neuen Tarif nicht einverstanden ist, hat ein Sonderkündigungsrecht bis Ende Dezember.',
  'Die Verbraucherberatung im Kreis rät, die Abrechnungen genau zu prüfen und Angebote zu vergleichen. Beratungstermine gibt es dienstags und donnerstags im Rathaus an der Mittelstraße.',
  'Im Stadtrat kündigte die Opposition an, das Thema in der nächsten Sitzung auf die Tagesordnung zu setzen. Die Stadt hält die Mehrheit an den Stadtwerken und stellt den Vorsitz im Aufsichtsrat.',
];
const COUNCIL = [
  'The town council voted on Tuesday evening to issue its first green bond, raising money for the renovation of three primary schools and a new cycle path along the river.',
  'The bond, worth twelve million euros, will run for ten years. Council officers said the interest rate would be fixed once the issue is placed with investors early next year.',
  'Opposition members welcomed the projects but questioned the cost of the external advisers hired to prepare the issue, which they put at more than two hundred thousand euros.',
  'The mayor said the bond would let the town start the school works two years earlier than planned. Work on the cycle path is due to begin in the spring.',
  'Residents can see the plans at the town hall library until the end of the month, and a public meeting about the cycle path is planned for January.',
];

let browser: ExtensionBrowser;
let server: StaticServer;
let backup: DownloadedFile;
let original: Awaited<ReturnType<OptionsPage['dumpDatabase']>>;
const workDir = mkdtempSync(join(tmpdir(), 'pressclip-export-e2e-'));

beforeAll(async () => {
  server = await serveDirectory(resolve('demo'), {
    '/stadtwerke.html': () =>
      articlePage({
        title: 'Stadtwerke: „Preise steigen“ – was Kunden jetzt wissen müssen',
        outlet: 'Lippische Rundschau',
        author: 'Erika Beispiel',
        published: '2026-11-25T08:15:00+01:00',
        section: 'Wirtschaft',
        lang: 'de-DE',
        paragraphs: PARAGRAPHS,
        // The same photo at another address, and one that does not exist.
        image: { src: '/images/werrebruecke.jpg?size=large', caption: 'Die Zentrale der Stadtwerke. (Foto: Max Muster)' },
      }).replace('</div>\n</article>', '<figure><img src="/images/fehlt.jpg" alt=""><figcaption>Ein Bild, das es nicht gibt.</figcaption></figure></div>\n</article>'),
    '/council.html': () =>
      articlePage({ title: 'Council backs first green bond', outlet: 'Valley Courier', author: 'Sam Example', published: '2026-11-24T19:00:00+00:00', section: 'Politics', lang: 'en', paragraphs: COUNCIL }),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function clip(url: string, tags: readonly string[]): Promise<void> {
  const article = await browser.context.newPage();
  await article.goto(url);
  const popup = await PopupPage.open(browser, article);
  await popup.waitForPreview();
  await popup.addTags(tags);
  await popup.save();
  await Promise.all([article.close(), popup.page.close()]);
}

function frontMatterOf(markdown: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;
}

describe('exporting a collection', () => {
  it('should export three clipped articles as a Markdown ZIP with their images, a CSV report, a press review and a backup', async () => {
    await clip(server.url, ['Werretal', 'Radverkehr']);
    await clip(`${server.url}stadtwerke.html`, ['Stadtwerke', 'Preise']);
    await clip(`${server.url}council.html`, ['Finanzen']);
    const options = await OptionsPage.open(browser);
    await options.clippings().nth(2).waitFor();
    original = await options.dumpDatabase();
    expect(original.clippings).toHaveLength(3);
    await options.filterByCollection('Inbox');
    await options.waitForResultCount('3 clippings of 3');
    await options.openExport();
    expect(await options.exportHeading()).toBe('Export “Inbox” 3 clippings');

    // Markdown ZIP, images downloaded into assets/.
    const zip = await options.exportFile([/^Markdown notes/, 'Full text', /^Download the images/]);
    expect(zip.fileName).toBe('Inbox.zip');
    await options.page.getByRole('status').filter({ hasText: '1 of 3 images could not be downloaded' }).waitFor();
    const files = unzipSync(new Uint8Array(zip.bytes));
    const notes = Object.keys(files).filter((name) => name.endsWith('.md'));
    expect(notes).toHaveLength(3);
    const photo = readFileSync(resolve('demo/images/werrebruecke.jpg'));
    expect(Object.keys(files).filter((name) => name.startsWith('assets/')).sort()).toEqual(['assets/werrebruecke-2.jpg', 'assets/werrebruecke.jpg']);
    expect(Buffer.from(files['assets/werrebruecke.jpg']!).equals(photo)).toBe(true);
    expect(Buffer.from(files['assets/werrebruecke-2.jpg']!).equals(photo)).toBe(true);
    for (const clipping of original.clippings) {
      const name = notes.find((n) => frontMatterOf(strFromU8(files[n]!)).url === clipping.url)!;
      const markdown = strFromU8(files[name]!);
      expect(name, String(clipping.title)).toMatch(new RegExp(`^${String(clipping.publishedTime).slice(0, 10)} ${String(clipping.siteName)} - .+\\.md$`));
      expect(frontMatterOf(markdown)).toMatchObject({
        title: clipping.title,
        outlet: clipping.siteName,
        authors: clipping.authors,
        published: clipping.publishedTime,
        tags: clipping.tags,
        collection: 'Inbox',
        words: clipping.wordCount,
      });
      // The body's first long line, read as text: Markdown may set part of it in bold (a dateline).
      const firstLongLine = String(clipping.text).split('\n').find((line) => line.length > 80)!;
      expect(markdown.replace(/\*\*|__/g, '')).toContain(firstLongLine.slice(0, 60));
    }
    const stadtwerke = strFromU8(files[notes.find((n) => n.includes('Lippische Rundschau'))!]!);
    expect(stadtwerke).toMatch(/\]\(assets\/werrebruecke(?:-2)?\.jpg\)\n\n\*Die Zentrale der Stadtwerke\.\* \(Foto: Max Muster\)/);
    expect(stadtwerke).toContain(`](${server.url}images/fehlt.jpg)`);

    // CSV for Excel in German.
    const csv = await options.exportFile([/^Coverage report/, /^Semicolon/]);
    expect(csv.fileName).toBe('Inbox.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Published', 'Clipped', 'Outlet', 'Kicker', 'Headline', 'Authors', 'Agencies', 'Section', 'URL', 'Tags', 'Words', 'Partial', 'Note', 'Collection']);
    expect(rows.slice(1).map((row) => row[4]).sort()).toEqual(original.clippings.map((c) => String(c.title)).sort());

    // The press review opens in a tab of its own and can run nothing.
    const review = await options.openPressReview();
    expect(await review.title()).toBe('Press review: Inbox');
    expect(await review.locator('article.clip').count()).toBe(3);
    expect(await review.locator('script').count()).toBe(0);
    expect(await review.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
    await review.close();

    // The backup holds exactly what the database holds.
    backup = await options.downloadBackup();
    expect(backup.fileName).toMatch(/^pressclip-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(backup.bytes.toString('utf8')) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'pressclip-backup', version: 1, collections: original.collections, clippings: original.clippings });
    await options.page.close();
  });
});

describe('restoring a backup', () => {
  it('should refuse a damaged file, restore into a fresh profile, and change nothing on a second import', async () => {
    expect(backup, 'the export test ran first').toBeDefined();
    const fresh = await launchWithExtension();
    try {
      const options = await OptionsPage.open(fresh);
      await options.goToExport();
      const empty = await options.dumpDatabase();

      const damaged = join(workDir, 'damaged.json');
      writeFileSync(damaged, backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2)));
      const refused = await options.chooseBackupFile(damaged);
      expect(refused).toEqual({ refused: expect.stringMatching(/damaged or incomplete.*not valid JSON.*Nothing was imported\.$/s) });
      expect(await options.dumpDatabase()).toEqual(empty);

      const foreign = join(workDir, 'foreign.json');
      writeFileSync(foreign, JSON.stringify({ format: 'pressclip-backup', version: 7, clippings: [] }));
      expect(await options.chooseBackupFile(foreign)).toEqual({ refused: expect.stringContaining('newer version of Pressclip (format version 7)') });
      expect(await options.dumpDatabase()).toEqual(empty);

      const preview = await options.chooseBackupFile(backup.path);
      expect(preview).toEqual({ preview: ['New clippings: 3', 'Collections already here, kept: 1', 'Settings restored: 1'] });
      expect(await options.confirmImport()).toBe('Import complete: 3 clippings added, 0 updated, 0 collections added.');
      const restored = await options.dumpDatabase();
      expect(restored.clippings).toEqual(original.clippings);
      expect(restored.tags).toEqual(original.tags);

      const again = await options.chooseBackupFile(backup.path);
      expect(again).toEqual({ preview: expect.arrayContaining(['Everything in this backup is already in your library. Importing it changes nothing.', 'Clippings already here, skipped: 3']) });
      await options.confirmImport();
      expect(await options.dumpDatabase()).toEqual(restored);

      await options.page.getByRole('link', { name: 'Library' }).click();
      await options.clippings().nth(2).waitFor();
      expect(await options.clippings().count()).toBe(3);
    } finally {
      await fresh.close();
    }
  });
});
