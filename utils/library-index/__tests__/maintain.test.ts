import { describe, expect, it } from 'vitest';
import { saveClipping } from '@/utils/clippings';
import type { PressclipDB } from '@/utils/db';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { openLibraryIndex, type LibraryIndexState } from '@/utils/library-index/live';
import { applyChanges, loadSegments, mergeSmallSegments, rebuildIndex } from '@/utils/library-index/maintain';
import { createLibrarySnapshot } from '@/utils/library-index/snapshot';
import { createTestDb, makeClipping, makeDraft } from '@/tests/support/clippings';

async function snapshotOf(database: PressclipDB) {
  const { segments } = await loadSegments(database, new Map(), true);
  return createLibrarySnapshot(segments);
}

async function titlesIn(database: PressclipDB, query?: string): Promise<string[]> {
  const snapshot = await snapshotOf(database);
  return Array.from(snapshot.query({ ...DEFAULT_FILTER, dateField: 'clipped', order: 'oldest', query }).positions, (g) => snapshot.row(g).title);
}

const changeIds = async (database: PressclipDB) => (await database.changes.toArray()).map((c) => c.id);

describe('the change log', () => {
  it('should log every write to clippings, whoever makes it, in the same transaction', async () => {
    const database = createTestDb();
    const a = makeClipping();
    const b = makeClipping();

    await database.clippings.bulkAdd([a, b]);
    await database.clippings.update(a.id, { note: 'neu' });
    await database.clippings.put({ ...b, title: 'Neu' });
    await database.clippings.delete(b.id);
    await database.clippings.where('id').equals(a.id).delete();

    expect(await changeIds(database)).toEqual([a.id, b.id, a.id, b.id, b.id, a.id]);
  });

  it('should log clearing the table as one rebuild entry', async () => {
    const database = createTestDb();
    await database.clippings.add(makeClipping());
    await database.changes.clear();

    await database.clippings.clear();

    expect(await changeIds(database)).toEqual([null]);
  });

  it('should log nothing when the write fails', async () => {
    const database = createTestDb();
    const clipping = makeClipping();
    await database.clippings.add(clipping);
    await database.changes.clear();

    await expect(
      database.transaction('rw', database.clippings, async () => {
        await database.clippings.put({ ...clipping, title: 'Verworfen' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');

    expect(await database.changes.count()).toBe(0);
  });
});

describe('keeping the index in step', () => {
  it('should take in saves, edits and deletes and empty the change log', async () => {
    const database = createTestDb();
    const first = await saveClipping(makeDraft({ title: 'Erste', text: 'Kreisverkehr' }), database, 1_000);
    const second = await saveClipping(makeDraft({ title: 'Zweite' }), database, 2_000);
    expect(await applyChanges(database)).toBe(2);

    await database.clippings.update(first.id, { text: 'Ampel' });
    await database.clippings.delete(second.id);
    await saveClipping(makeDraft({ title: 'Dritte' }), database, 3_000);
    await applyChanges(database);

    expect(await database.changes.count()).toBe(0);
    expect(await titlesIn(database)).toEqual(['Erste', 'Dritte']);
    expect(await titlesIn(database, 'kreisverkehr')).toEqual([]);
    expect(await titlesIn(database, 'ampel')).toEqual(['Erste']);
  });

  it('should merge the small segments that single saves leave behind', async () => {
    const database = createTestDb();
    for (let i = 0; i < 12; i++) {
      await saveClipping(makeDraft({ title: `Nr. ${i}` }), database, 1_000 + i);
      await applyChanges(database);
    }

    expect(await database.indexSegments.count()).toBeLessThanOrEqual(9);
    expect(await titlesIn(database)).toEqual(Array.from({ length: 12 }, (_, i) => `Nr. ${i}`));
    expect(await mergeSmallSegments(database)).toBe(false);
  });

  it('should rebuild from the clippings and drop the old segments', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ title: 'Eins' }), database, 1_000);
    await applyChanges(database);
    await database.clippings.add(makeClipping({ title: 'Ungeloggt', clippedAt: 2_000 }));
    await database.changes.clear(); // as if written by code that bypassed the log

    await rebuildIndex(database);

    expect(await titlesIn(database)).toEqual(['Eins', 'Ungeloggt']);
    expect(await database.indexSegments.count()).toBe(1);
  });

  it('should rebuild when the log asks for it (an upgrade or a cleared table)', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ title: 'Weg' }), database, 1_000);
    await applyChanges(database);

    await database.clippings.clear();
    await saveClipping(makeDraft({ title: 'Neu' }), database, 2_000);
    await applyChanges(database);

    expect(await titlesIn(database)).toEqual(['Neu']);
  });
});

describe('the live index of a page', () => {
  it('should show a clipping saved elsewhere without a reload', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ title: 'Schon da' }), database, 1_000);
    const states: LibraryIndexState[] = [];
    const handle = openLibraryIndex(database, (state) => states.push(state));
    const titles = () => {
      const { snapshot } = states.at(-1)!;
      return Array.from(snapshot.query(DEFAULT_FILTER).positions, (g) => snapshot.row(g).title);
    };

    await expect.poll(titles).toEqual(['Schon da']);
    await saveClipping(makeDraft({ title: 'Gerade gespeichert' }), database, 2_000);

    await expect.poll(titles).toEqual(['Gerade gespeichert', 'Schon da']);
    expect(await database.changes.count()).toBe(0);
    handle.close();
  });

  it('should rebuild an index that does not hold exactly the clippings there are', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ title: 'Indiziert' }), database, 1_000);
    await applyChanges(database);
    await database.clippings.add(makeClipping({ title: 'Am Log vorbei', clippedAt: 2_000 }));
    await database.changes.clear(); // as if written by code that bypassed the change log
    let state: LibraryIndexState | undefined;

    const handle = openLibraryIndex(database, (next) => (state = next), { verifyDelayMs: 0 });

    await expect.poll(() => state?.snapshot.size).toBe(2);
    handle.close();
  });

  it('should load search terms when asked', async () => {
    const database = createTestDb();
    await saveClipping(makeDraft({ title: 'Brücke' }), database, 1_000);
    let state: LibraryIndexState | undefined;
    const handle = openLibraryIndex(database, (next) => (state = next));
    await expect.poll(() => state?.snapshot.size).toBe(1);
    expect(state!.snapshot.searchReady).toBe(false);

    handle.loadSearch();

    await expect.poll(() => state?.snapshot.searchReady).toBe(true);
    handle.close();
  });
});
