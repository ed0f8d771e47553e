import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { readBackup } from '@/utils/import/read';
import { backupToJson, buildBackup, writePartialBackup, type Backup } from '../backup';
import { sourceOf } from '../source';
import { hostileClippings, INBOX, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const page = new JSDOM('').window as unknown as Window & typeof globalThis;
const sanitizeHtml = (html: string) => sanitizeClipHtml(html, page);

/** Clippings as stored: bodies sanitized at save time, with awkward text in every field. */
function storedClippings() {
  const unusual = makeClipping({
    id: 'unusual',
    title: 'Ümlaute äöüß ÄÖÜ, Emoji 👩‍💻🇩🇪, RTL שלום, CJK 漢字, Backslash \\ and "quotes"',
    note: 'Lone surrogate \ud800 stays, U+2028 \u2028 too',
    tags: ['tag, mit Komma', 'tag; mit Semikolon', '=formel'],
  });
  return [...hostileClippings(), unusual].map((c) => ({ ...c, contentHtml: sanitizeHtml(c.contentHtml) }));
}

function backupOf(clippings = storedClippings()): Omit<Backup, 'format' | 'version'> {
  return {
    exportedAt: '2026-11-28T10:00:00.000Z',
    generator: 'Pressclip 0.1.0',
    settings: { lastCollectionId: 'c-presse', someFutureSetting: { nested: [1, 'zwei'] } },
    collections: [INBOX, PRESS_COLLECTION],
    clippings,
  };
}

async function* pages<T>(items: readonly T[], size: number) {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

describe('the JSON backup', () => {
  it('should write a backup like its golden file', async () => {
    const actual = backupToJson(backupOf(hostileClippings().map((c) => ({ ...c, contentHtml: sanitizeHtml(c.contentHtml) }))));

    await expect(actual).toMatchFileSnapshot('../__fixtures__/backup/backup.json');
  });

  it('should read back deep-equal, umlauts, emoji and all', () => {
    const input = backupOf();

    const actual: unknown = JSON.parse(backupToJson(input));

    expect(actual).toEqual({ format: 'pressclip-backup', version: 1, ...input });
  });

  it('should come back through the importer unchanged', async () => {
    const input = backupOf();

    const result = await readBackup(new Blob([backupToJson(input)]), { sanitizeHtml });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.clippings).toEqual(input.clippings);
    expect(result.backup.collections).toEqual(input.collections);
    expect(JSON.stringify(result.backup.clippings)).not.toContain('\ufffd');
  });

  it.each([1, 2, 1000])('should write the same bytes page by page (pages of %i)', async (size) => {
    const input = backupOf();
    const seen: number[] = [];

    const blob = await buildBackup(
      { header: input, collections: input.collections, clippingPages: pages(input.clippings, size), clippingCount: input.clippings.length },
      { onProgress: ({ done }) => seen.push(done) },
    );

    expect(await blob.text()).toBe(backupToJson(input));
    expect(seen[seen.length - 1]).toBe(input.clippings.length);
  });

  it('should write an empty library as a valid backup', async () => {
    const input = { ...backupOf([]), collections: [INBOX] };

    const result = await readBackup(new Blob([backupToJson(input)]), { sanitizeHtml });

    expect(result.ok && result.backup.clippings).toEqual([]);
  });

  it('should write some clippings with only their collections, as a file the importer takes', async () => {
    const elsewhere = { ...PRESS_COLLECTION, id: 'c-elsewhere', name: 'Anderswo' };
    const clippings = [makeClipping({ id: 'a', collectionId: PRESS_COLLECTION.id }), makeClipping({ id: 'b', collectionId: PRESS_COLLECTION.id }), makeClipping({ id: 'c' })];
    const source = { ...sourceOf(clippings, 1), ids: ['b', 'gone', 'a'] }; // a selection, one deleted meanwhile
    const header = { exportedAt: '2026-11-28T10:00:00.000Z', generator: 'Pressclip 0.1.0', settings: {} };

    const blob = await writePartialBackup(source, { header, collections: [INBOX, PRESS_COLLECTION, elsewhere] });

    expect(await blob.text()).toBe(backupToJson({ ...header, collections: [PRESS_COLLECTION], clippings: [clippings[1]!, clippings[0]!] }));
    const result = await readBackup(blob, { sanitizeHtml });
    expect(result.ok && result.backup.clippings.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
