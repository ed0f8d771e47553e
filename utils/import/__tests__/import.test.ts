import { strToU8, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkBackupFile, createBackup, restoreBackup } from '@/utils/backup';
import { saveClipping } from '@/utils/clippings';
import type { Clipping, PressclipDB } from '@/utils/db';
import { backupToJson, type Backup } from '@/utils/export/backup';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { LIMITS } from '@/utils/import/schema';
import type { ImportProblem } from '@/utils/import/read';
import { createTestDb, makeDraft } from '@/tests/support/clippings';
import { hostileClippings, INBOX, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const page = new JSDOM('').window as unknown as Window & typeof globalThis;

/** Clippings as the extension stores them (bodies sanitized at save time). */
function stored(clippings: Clipping[] = hostileClippings()): Clipping[] {
  return clippings.map((c) => ({ ...c, contentHtml: sanitizeClipHtml(c.contentHtml, page) }));
}

function backup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'pressclip-backup',
    version: 1,
    exportedAt: '2026-11-28T10:00:00.000Z',
    generator: 'Pressclip 0.1.0',
    settings: { lastCollectionId: PRESS_COLLECTION.id },
    collections: [INBOX, PRESS_COLLECTION],
    clippings: stored(),
    ...overrides,
  };
}

const json = (data: unknown) => new Blob([JSON.stringify(data)]);
const file = (b: Backup = backup()) => new Blob([backupToJson(b)]);

/** Everything the extension keeps: every table, sorted by key, and extension storage. */
async function dump(database: PressclipDB) {
  return {
    clippings: await database.clippings.orderBy(':id').toArray(),
    collections: await database.collections.orderBy(':id').toArray(),
    tags: await database.tags.orderBy(':id').toArray(),
    settings: await fakeBrowser.storage.local.get(null),
  };
}

/** What the options page does with a chosen file: check it whole, then (only if fine) restore. */
async function importFile(blob: Blob, database: PressclipDB) {
  const checked = await checkBackupFile(blob, {}, page);
  return checked.ok ? { ok: true as const, plan: await restoreBackup(checked, database) } : checked;
}

/** A database with some work in it, so "unchanged" means something. */
async function libraryWithWork(): Promise<PressclipDB> {
  const database = createTestDb();
  await database.collections.add({ id: 'c-eigen', name: 'Eigene Sammlung', description: '', defaultTags: [], createdAt: 5 });
  await saveClipping(makeDraft({ title: 'Schon da', tags: ['Lemgo', 'Haushalt'] }), database, 1_000);
  await saveClipping(makeDraft({ title: 'Auch da', tags: ['lemgo'], collectionId: 'c-eigen' }), database, 2_000);
  await fakeBrowser.storage.local.set({ lastCollectionId: 'c-eigen' });
  return database;
}

const valid = backupToJson(backup());
const mutated = (change: (b: Record<string, any>) => void) => {
  const data = JSON.parse(valid) as Record<string, any>;
  change(data);
  return json(data);
};
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const malformed: [string, () => Blob, Partial<ImportProblem> & { reason: ImportProblem['reason'] }][] = [
  ['an empty file', () => new Blob([]), { reason: 'empty' }],
  ['a file of blanks', () => new Blob(['  \n\t ']), { reason: 'empty' }],
  ['a backup cut off halfway', () => new Blob([valid.slice(0, valid.length / 2)]), { reason: 'not-json' }],
  ['a backup missing its last brace', () => new Blob([valid.trimEnd().slice(0, -1)]), { reason: 'not-json' }],
  ['JSON with a trailing comma', () => new Blob([valid.replace(/\n {2}\]\n\}\n$/, ',\n  ]\n}\n')]), { reason: 'not-json' }],
  ['a JSON array', () => json([backup()]), { reason: 'foreign' }],
  ['a JSON string', () => json('pressclip-backup'), { reason: 'foreign' }],
  ['JSON null', () => new Blob(['null']), { reason: 'foreign' }],
  ['another program’s JSON', () => json({ notes: [{ title: 'x' }] }), { reason: 'foreign' }],
  ['another format name', () => mutated((b) => (b.format = 'obsidian-clipper-export')), { reason: 'foreign' }],
  ['a newer format version', () => mutated((b) => (b.version = 2)), { reason: 'newer-version', version: 2 } as ImportProblem],
  ['version 0', () => mutated((b) => (b.version = 0)), { reason: 'invalid', path: 'version', issue: 'bad-value' }],
  ['a version written as text', () => mutated((b) => (b.version = '1')), { reason: 'invalid', path: 'version', issue: 'wrong-type' }],
  ['a clipping without a title', () => mutated((b) => delete b.clippings[1].title), { reason: 'invalid', path: 'clippings[1].title', issue: 'missing-field' }],
  ['a date written as text', () => mutated((b) => (b.clippings[0].clippedAt = '2026-11-27')), { reason: 'invalid', path: 'clippings[0].clippedAt', issue: 'wrong-type' }],
  ['tags that are not a list', () => mutated((b) => (b.clippings[2].tags = 'a, b')), { reason: 'invalid', path: 'clippings[2].tags', issue: 'wrong-type' }],
  ['a tag that is a number', () => mutated((b) => (b.clippings[0].tags = ['ok', 7])), { reason: 'invalid', path: 'clippings[0].tags[1]', issue: 'wrong-type' }],
  ['a negative word count', () => mutated((b) => (b.clippings[0].wordCount = -1)), { reason: 'invalid', path: 'clippings[0].wordCount', issue: 'bad-value' }],
  ['a fractional time', () => mutated((b) => (b.clippings[0].updatedAt = 1.5)), { reason: 'invalid', path: 'clippings[0].updatedAt', issue: 'bad-value' }],
  ['an unknown kind of clipping', () => mutated((b) => (b.clippings[0].kind = 'video')), { reason: 'invalid', path: 'clippings[0].kind', issue: 'wrong-type' }],
  ['a huge headline', () => mutated((b) => (b.clippings[0].title = 'x'.repeat(LIMITS.shortText + 1))), { reason: 'invalid', path: 'clippings[0].title', issue: 'too-long' }],
  ['a huge list of authors', () => mutated((b) => (b.clippings[0].authors = Array.from({ length: LIMITS.listItems + 1 }, () => 'A'))), { reason: 'invalid', path: 'clippings[0].authors', issue: 'too-many' }],
  ['more clippings than any library holds', () => new Blob([valid.replace('"clippings": [', `"clippings": [${'0,'.repeat(LIMITS.clippings)}`)]), { reason: 'invalid', path: 'clippings', issue: 'too-many' }],
  ['two clippings with one id', () => mutated((b) => (b.clippings[2].id = b.clippings[0].id)), { reason: 'invalid', path: 'clippings[2].id', issue: 'duplicate-id' }],
  ['two collections with one id', () => mutated((b) => (b.collections[1].id = 'inbox')), { reason: 'invalid', path: 'collections[1].id', issue: 'duplicate-id' }],
  ['two collections with one name', () => mutated((b) => (b.collections[1].name = 'Inbox')), { reason: 'invalid', path: 'collections[1].name', issue: 'duplicate-name' }],
  ['a collection without a name', () => mutated((b) => (b.collections[1].name = '')), { reason: 'invalid', path: 'collections[1].name', issue: 'bad-value' }],
  ['a clipping in a collection the file lacks', () => mutated((b) => (b.clippings[0].collectionId = 'gone')), { reason: 'invalid', path: 'clippings[0].collectionId', issue: 'missing-collection' }],
  ['an unknown field in a clipping', () => mutated((b) => (b.clippings[1].sentiment = 'positive')), { reason: 'invalid', path: 'clippings[1].sentiment', issue: 'unknown-field' }],
  ['an unknown top-level field', () => mutated((b) => (b.users = [])), { reason: 'invalid', path: 'users', issue: 'unknown-field' }],
  ['a missing clipping list', () => mutated((b) => delete b.clippings), { reason: 'invalid', path: 'clippings', issue: 'missing-field' }],
  ['a __proto__ key in a clipping', () => new Blob([valid.replace('{"url":', '{"__proto__":{"polluted":true},"url":')]), { reason: 'invalid', path: 'clippings[0].__proto__', issue: 'unknown-field' }],
  ['a constructor key in a collection', () => new Blob([valid.replace('{"id":"inbox",', '{"constructor":{"prototype":{"polluted":true}},"id":"inbox",')]), { reason: 'invalid', path: 'collections[0].constructor', issue: 'unknown-field' }],
  ['a known setting of the wrong type', () => mutated((b) => (b.settings.lastCollectionId = 5)), { reason: 'invalid', path: 'settings.lastCollectionId', issue: 'bad-value' }],
  ['a setting nested 10,000 levels deep', () => new Blob([valid.replace('"settings": {', `"settings": {"deep":${nested(10_000)},`)]), { reason: 'invalid', path: 'settings.deep', issue: 'bad-value' }],
  ['JSON nested 1,000,000 levels deep', () => new Blob([nested(1_000_000)]), { reason: 'foreign' }],
  ['a backup nested 1,000,000 levels deep', () => new Blob([valid.replace('"clippings": [', `"clippings": [${nested(1_000_000)},`)]), { reason: 'invalid', path: 'clippings[0]', issue: 'wrong-type' }],
  ['bytes that are not UTF-8', () => new Blob([strToU8(valid.slice(0, 200)), new Uint8Array([0xc3, 0x28, 0xff]), strToU8(valid.slice(200))]), { reason: 'not-utf8' }],
  ['a UTF-16 file with byte order mark', () => new Blob([new Uint8Array([0xff, 0xfe]), new Uint8Array(new Uint16Array([...valid.slice(0, 500)].map((c) => c.charCodeAt(0))).buffer)]), { reason: 'not-utf8' }],
  ['a UTF-16 file without byte order mark', () => new Blob([new Uint8Array(new Uint16Array([...valid.slice(0, 500)].map((c) => c.charCodeAt(0))).buffer)]), { reason: 'not-utf8' }],
  ['a ZIP renamed to .json', () => new Blob([zipSync({ 'backup.json': strToU8(valid) })]), { reason: 'binary', kind: 'zip' } as ImportProblem],
  ['a PDF', () => new Blob(['%PDF-1.7\n%âãÏÓ\n1 0 obj']), { reason: 'binary', kind: 'pdf' } as ImportProblem],
  ['a gzip file', () => new Blob([new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])]), { reason: 'binary', kind: 'gzip' } as ImportProblem],
  ['an image with a few NUL bytes', () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...strToU8('IHDR'.repeat(100)), 0, 1])]), { reason: 'binary', kind: 'other' } as ImportProblem],
  ['a Markdown note with front matter', () => new Blob(['---\ntitle: "Neue Brücke"\n---\n\n# Neue Brücke\n']), { reason: 'not-json' }],
  ['a CSV coverage report', () => new Blob(['\ufeffErschienen;Medium;Überschrift\r\n2026-11-26;LZ;"=1+1"\r\n']), { reason: 'not-json' }],
];

describe('importing a malformed or foreign file', () => {
  it('should cover at least 40 kinds of bad file', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(40);
  });

  it.each(malformed)('should refuse %s with a clear reason and change nothing', async (_name, make, expected) => {
    const database = await libraryWithWork();
    const before = await dump(database);

    const actual = await importFile(make(), database);

    expect(actual).toEqual({ ok: false, problem: expect.objectContaining(expected) });
    expect(await dump(database)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should refuse a file above the size limit before reading it', async () => {
    const database = await libraryWithWork();
    const before = await dump(database);
    const huge = { size: LIMITS.fileBytes + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;

    const actual = await importFile(huge, database);

    expect(actual).toEqual({ ok: false, problem: { reason: 'too-large', bytes: LIMITS.fileBytes + 1, limit: LIMITS.fileBytes } });
    expect(await dump(database)).toEqual(before);
  });
});

describe('importing a backup', () => {
  it('should restore everything into an empty library, tag statistics included', async () => {
    const database = createTestDb();
    await database.open();

    const result = await importFile(file(), database);

    expect(result.ok && result.plan.clippings.add).toHaveLength(3);
    const after = await dump(database);
    expect(after.clippings).toEqual([...backup().clippings].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(after.collections.map((c) => c.id)).toEqual(['c-presse', 'inbox']);
    expect(after.settings).toEqual({ lastCollectionId: 'c-presse' });
    expect(after.tags.map((t) => [t.key, t.count])).toEqual([
      ['=1+1', 1],
      ['brücke', 1],
      ['größter erfolg 🎉', 1],
      ['radverkehr', 1],
      ['straße; bau', 1],
    ]);
  });

  it('should change nothing when the same file is imported again', async () => {
    const database = await libraryWithWork();
    await importFile(file(), database);
    const before = await dump(database);

    const again = await importFile(file(), database);

    expect(again.ok && again.plan).toEqual({ collections: { add: [], existing: 2 }, clippings: { add: [], update: [], unchanged: 3, keptNewer: 0 } });
    expect(await dump(database)).toEqual(before);
  });

  it('should sanitize article HTML on the way in, and keep text fields as text', async () => {
    const database = createTestDb();
    const [first] = backup().clippings;
    const hostile = { ...first!, title: '<img src=x onerror=alert(1)>', contentHtml: '<p onclick="alert(1)">Text<script>alert(2)</script><a href="javascript:alert(3)">x</a></p>' };

    await importFile(file(backup({ clippings: [hostile] })), database);

    const [actual] = await database.clippings.toArray();
    expect(actual!.contentHtml).toBe('<p>Text<a>x</a></p>');
    expect(actual!.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('should accept a backup with a UTF-8 byte order mark', async () => {
    const database = createTestDb();

    const result = await importFile(new Blob(['\ufeff', backupToJson(backup())]), database);

    expect(result.ok).toBe(true);
    expect(await database.clippings.count()).toBe(3);
  });

  it('should take a newer copy, keep a copy changed here later, and merge collections by name', async () => {
    const database = createTestDb();
    await database.collections.add({ id: 'local-presse', name: 'Presse Stadtwerke', description: '', defaultTags: [], createdAt: 1 });
    const [a, b, c] = backup().clippings;
    await database.clippings.bulkAdd([
      { ...a!, title: 'Alte Fassung', tags: ['Alt'], updatedAt: a!.updatedAt - 1 },
      { ...c!, title: 'Hier später geändert', updatedAt: c!.updatedAt + 1 },
    ]);

    const result = await importFile(file(), database);

    expect(result.ok && result.plan.clippings).toMatchObject({ unchanged: 0, keptNewer: 1 });
    expect(result.ok && result.plan.clippings.update.map((u) => u.after.id)).toEqual([a!.id]);
    expect(result.ok && result.plan.clippings.add.map((x) => [x.id, x.collectionId])).toEqual([[b!.id, 'local-presse']]);
    expect((await database.clippings.get(a!.id))!.title).toBe(a!.title);
    expect((await database.clippings.get(c!.id))!.title).toBe('Hier später geändert');
    expect(await database.collections.count()).toBe(2);
    expect(await database.tags.get('alt')).toBeUndefined();
  });

  it('should write nothing at all when the transaction fails part way', async () => {
    const database = await libraryWithWork();
    const before = await dump(database);
    vi.spyOn(database.tags, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    await expect(importFile(file(), database)).rejects.toThrow('disk full');

    expect(await dump(database)).toEqual(before);
  });
});

describe('the backup round trip', () => {
  it('should bring a library back deep-equal in a fresh database', async () => {
    const source = await libraryWithWork();
    await importFile(file(), source);
    const expected = await dump(source);
    const made = await createBackup({ now: new Date(Date.UTC(2026, 10, 28)), generator: 'Pressclip test' }, source);
    await fakeBrowser.storage.local.clear();
    const fresh = createTestDb();
    await fresh.open();

    await importFile(made.blob, fresh);

    const actual = await dump(fresh);
    expect(made.fileName).toBe('pressclip-backup-2026-11-28.json');
    expect(actual.clippings).toEqual(expected.clippings);
    expect(actual.tags).toEqual(expected.tags);
    expect(actual.settings).toEqual(expected.settings);
    // The fresh database made its own Inbox; it is kept, the others come back as they were.
    expect(actual.collections.filter((c) => c.id !== 'inbox')).toEqual(expected.collections.filter((c) => c.id !== 'inbox'));
  });
});
