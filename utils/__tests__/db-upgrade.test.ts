import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PressclipDB } from '@/utils/db';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { applyChanges, loadSegments } from '@/utils/library-index/maintain';
import { createLibrarySnapshot } from '@/utils/library-index/snapshot';
import { makeDraft } from '@/tests/support/clippings';

/**
 * Frozen copies of every released schema declaration. Never edit one: each stands for the
 * databases that exist on users' machines.
 */
const RELEASED: Record<number, Record<string, string>> = {
  1: {
    clippings: 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName',
    collections: 'id, &name',
  },
  2: {
    tags: 'key, count, lastUsedAt',
  },
};

/** Opens `name` exactly as schema version `version` declared it (with every version before it). */
function openVersion(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(RELEASED[v]!);
  return old;
}

const collections = [
  { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 },
  { id: 'c2', name: 'Stadtwerke', description: 'Presse', defaultTags: ['Energie'], createdAt: 1 },
];
const rows = [
  { ...makeDraft({ title: 'Eins', tags: ['Lemgo', 'Haushalt'] }), id: 'a', urlKey: 'a', clippedAt: 1_000, updatedAt: 1_000 },
  { ...makeDraft({ title: 'Zwei', tags: ['lemgo'], collectionId: 'c2' }), id: 'b', urlKey: 'b', clippedAt: 2_000, updatedAt: 2_000 },
  { ...makeDraft({ title: 'Drei', tags: [] }), id: 'c', urlKey: 'c', clippedAt: 3_000, updatedAt: 3_000 },
];

async function writeOldDatabase(version: number): Promise<string> {
  const name = `upgrade-${crypto.randomUUID()}`;
  const old = openVersion(name, version);
  await old.table('collections').bulkAdd(collections);
  await old.table('clippings').bulkAdd(rows);
  if (version >= 2) {
    await old.table('tags').bulkAdd([
      { key: 'haushalt', name: 'Haushalt', count: 1, lastUsedAt: 1_000 },
      { key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 },
    ]);
  }
  old.close();
  return name;
}

describe.each([1, 2])('upgrading a version %i database', (version) => {
  it('should keep every clipping, collection and tag statistic', async () => {
    const current = new PressclipDB(await writeOldDatabase(version));
    await current.open();

    expect(current.verno).toBe(3);
    expect(await current.clippings.orderBy('id').toArray()).toEqual(rows);
    expect(await current.collections.orderBy('name').toArray()).toEqual(collections);
    expect(await current.tags.orderBy('key').toArray()).toEqual([
      { key: 'haushalt', name: 'Haushalt', count: 1, lastUsedAt: 1_000 },
      { key: 'lemgo', name: 'lemgo', count: 2, lastUsedAt: 2_000 },
    ]);
    expect(await current.trash.count()).toBe(0);
    expect(current.clippings.schema.indexes.map((index) => index.name).sort()).toEqual(['[collectionId+clippedAt]', 'clippedAt', 'urlKey']);
    expect(await current.clippings.where('urlKey').equals('b').primaryKeys()).toEqual(['b']);
    current.close();
  });

  it('should build the library index from the existing clippings', async () => {
    const current = new PressclipDB(await writeOldDatabase(version));

    expect(await current.changes.toArray()).toEqual([{ seq: 1, id: null }]);
    await applyChanges(current);

    const { segments } = await loadSegments(current, new Map(), true);
    const snapshot = createLibrarySnapshot(segments);
    const titles = (filter = {}) => Array.from(snapshot.query({ ...DEFAULT_FILTER, dateField: 'clipped', ...filter }).positions, (g) => snapshot.row(g).title);
    expect(titles()).toEqual(['Drei', 'Zwei', 'Eins']);
    expect(titles({ tags: ['Lemgo'] })).toEqual(['Zwei', 'Eins']);
    expect(titles({ collectionId: 'c2' })).toEqual(['Zwei']);
    expect(await current.changes.count()).toBe(0);
    current.close();
  });
});

/**
 * Fixture libraries as each released version wrote them: a few hundred clippings with the
 * awkward values real libraries hold (umlauts, emoji, right-to-left text, hostile markup kept
 * as text, very long bodies, no optional fields, many tags differing only in case), spread over
 * collections and years. Deterministic, so a failure names the same record every run.
 */
function fixtureLibrary(size: number) {
  const fixtureCollections = [
    ...collections,
    { id: 'c3', name: 'Rat & Verwaltung', description: 'Sitzungen, Haushalt', defaultTags: ['Rat', 'Haushalt'], createdAt: 3 },
    { id: 'c4', name: 'Presse 🙂 international', description: 'مرحبا — 東京', defaultTags: [], createdAt: 4 },
  ];
  const tagPool = ['Lemgo', 'lemgo', 'LEMGO', 'Haushalt', 'Brücke', 'Straße', 'Energie', 'dpa', 'Ökologie', '🚲 Radverkehr', 'Rat', 'Schule'];
  const clippings = Array.from({ length: size }, (_, i) => {
    const draft = makeDraft({
      url: `https://www.kreisblatt.example/lokales/${i}?utm_source=x`,
      title: [`Artikel ${i}: Größere Brücke für Ützlingen`, `<img src=x onerror=alert(${i})> ${i}`, `„Zitat“ ${i} — مرحبا`, `${i} `.repeat(40)][i % 4]!,
      authors: i % 5 === 0 ? [] : [`Autorin ${i % 17}`, ...(i % 3 === 0 ? ['Jörg Weiß'] : [])],
      agencies: i % 7 === 0 ? ['dpa', 'epd'] : [],
      tags: tagPool.filter((_, k) => (i + k) % (2 + (i % 5)) === 0).slice(0, 1 + (i % 9)),
      collectionId: fixtureCollections[i % fixtureCollections.length]!.id,
      note: i % 6 === 0 ? `Notiz ${i}\nzweite Zeile: "zitiert" \\ Backslash` : '',
      contentHtml: `<p>Absatz ${i}</p>${i % 50 === 0 ? '<p>lang</p>'.repeat(20_000) : ''}`,
      text: `Absatz ${i}`,
      wordCount: 2 + i,
      isPartial: i % 11 === 0,
      captions: i % 4 === 0 ? [{ text: `Bild ${i}`, credit: 'Stadt Lemgo', imageUrl: `https://bilder.example/${i}.jpg` }] : [],
    });
    if (i % 8 === 0) {
      // Optional fields absent altogether, as early clippings stored them.
      delete draft.section;
      delete draft.publishedTime;
      delete draft.siteName;
    }
    const clippedAt = Date.UTC(2025, 0, 1) + i * 86_400_000;
    return { ...draft, id: `fixture-${String(i).padStart(4, '0')}`, urlKey: `kreisblatt.example/lokales/${i}`, clippedAt, updatedAt: clippedAt + (i % 3) * 1_000 };
  });
  return { collections: fixtureCollections, clippings };
}

/** The tag statistics version 2 computes from the clippings (and version 3 keeps). */
function expectedStats(clippings: readonly { tags: string[]; clippedAt: number }[]) {
  const stats = new Map<string, { count: number; lastUsedAt: number }>();
  for (const c of clippings) {
    for (const tag of c.tags) {
      const key = tag.toLocaleLowerCase('de');
      const stat = stats.get(key) ?? { count: 0, lastUsedAt: 0 };
      stats.set(key, { count: stat.count + 1, lastUsedAt: Math.max(stat.lastUsedAt, c.clippedAt) });
    }
  }
  return stats;
}

describe.each([1, 2])('a version %i fixture library of 400 clippings', (version) => {
  it('should open with the current schema with every record intact and every index usable', async () => {
    const fixture = fixtureLibrary(400);
    const name = `fixture-${crypto.randomUUID()}`;
    const old = openVersion(name, version);
    await old.table('collections').bulkAdd(fixture.collections);
    await old.table('clippings').bulkAdd(fixture.clippings);
    const written = version >= 2 ? [...expectedStats(fixture.clippings)].map(([key, s]) => ({ key, name: `geschrieben ${key}`, ...s })) : [];
    if (version >= 2) await old.table('tags').bulkAdd(written);
    old.close();

    const current = new PressclipDB(name);
    await current.open();

    expect(current.verno).toBe(3);
    expect(await current.clippings.orderBy('id').toArray()).toEqual(fixture.clippings);
    expect(await current.collections.orderBy('id').toArray()).toEqual([...fixture.collections].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const stats = await current.tags.toArray();
    if (version === 1) {
      // Computed by the version 2 upgrade from the clippings.
      const expected = expectedStats(fixture.clippings);
      expect(stats).toHaveLength(expected.size);
      for (const stat of stats) expect(stat, stat.key).toMatchObject(expected.get(stat.key)!);
    } else {
      expect(stats.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(written.sort((a, b) => (a.key < b.key ? -1 : 1)));
    }
    for (const clipping of fixture.clippings.filter((_, i) => i % 37 === 0)) {
      expect(await current.clippings.where('urlKey').equals(clipping.urlKey).primaryKeys()).toEqual([clipping.id]);
    }
    for (const collection of fixture.collections) {
      const inCollection = fixture.clippings.filter((c) => c.collectionId === collection.id).length;
      expect(await current.clippings.where('[collectionId+clippedAt]').between([collection.id, 0], [collection.id, Infinity]).count()).toBe(inCollection);
    }
    expect(await current.clippings.where('clippedAt').above(Date.UTC(2025, 6, 1)).count()).toBe(fixture.clippings.filter((c) => c.clippedAt > Date.UTC(2025, 6, 1)).length);

    // The library index is built from all of them.
    await applyChanges(current);
    const { segments } = await loadSegments(current, new Map(), true);
    const snapshot = createLibrarySnapshot(segments);
    expect(snapshot.query({ ...DEFAULT_FILTER, dateField: 'clipped' }).positions.length).toBe(400);
    current.close();
  }, 60_000);
});
