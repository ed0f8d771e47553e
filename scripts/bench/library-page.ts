/**
 * The in-page half of the library benchmark (bundled by page-bundle.ts and evaluated in an
 * extension page): writes generated clippings through the app's own database module, takes them
 * into the library index, and times the index's queries where the options page runs them.
 * @module scripts/bench/library-page
 */
import { Dexie } from 'dexie';
import { PressclipDB } from '@/utils/db';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import { applyChanges, loadSegments, withIndexLock } from '@/utils/library-index/maintain';
import { createLibrarySnapshot, type LibrarySnapshot } from '@/utils/library-index/snapshot';
import { BENCH_COLLECTIONS, generateClippings } from '@/tests/support/generated-library';

const database = new PressclipDB();

/**
 * The baseline for the insert rate: the same records into a bare object store (no indexes, no
 * change log, no collections check). The benchmark runs it in a web page (another origin, so the
 * extension's storage figure stays its own), batch by batch alternating with the real writes, so
 * both meet the same disk and the same background work.
 */
const baseline = new Dexie('pressclip-bench-baseline');
baseline.version(1).stores({ clippings: 'id' });

/** Writes the same generated clippings as `insertGenerated` into the bare baseline store. */
export async function insertBaseline(start: number, count: number): Promise<{ writeMs: number }> {
  const clippings = generateClippings(count, { start });
  const time = performance.now();
  await baseline.table('clippings').bulkAdd(clippings);
  return { writeMs: performance.now() - time };
}

export interface InsertResult {
  inserted: number;
  /** Milliseconds spent in the database writes (generation excluded). */
  writeMs: number;
  /** Rate of each batch, clippings per second. */
  batchRates: number[];
  generateMs: number;
}

/**
 * Writes generated clippings `start` … `start + count - 1` in transactions of `batch`, as an
 * import does: `bulkAdd` inside one transaction with the collections it uses. The change log
 * (middleware) writes its entries in the same transactions.
 */
export async function insertGenerated(start: number, count: number, batch = 1_000): Promise<InsertResult> {
  // Opening (and creating) the database is not part of the insert rate.
  await database.collections.bulkPut(BENCH_COLLECTIONS.filter((c) => c.id !== 'inbox'));
  let writeMs = 0;
  let generateMs = 0;
  const batchRates: number[] = [];
  for (let from = start; from < start + count; from += batch) {
    const size = Math.min(batch, start + count - from);
    let time = performance.now();
    const clippings = generateClippings(size, { start: from });
    generateMs += performance.now() - time;
    time = performance.now();
    await database.transaction('rw', database.clippings, database.collections, async () => {
      await database.clippings.bulkAdd(clippings);
    });
    const took = performance.now() - time;
    writeMs += took;
    batchRates.push(size / (took / 1000));
  }
  return { inserted: count, writeMs, batchRates, generateMs };
}

/** Takes every pending change into the index (as an open library page would). */
export async function indexPending(): Promise<{ entries: number; ms: number }> {
  const time = performance.now();
  const entries = await withIndexLock(() => applyChanges(database));
  return { entries, ms: performance.now() - time };
}

let snapshot: LibrarySnapshot | undefined;

/** Loads the stored index as the options page does, and times the steps. */
export async function loadIndex(): Promise<{ listLoadMs: number; listSnapshotMs: number; searchLoadMs: number; searchSnapshotMs: number; size: number }> {
  let time = performance.now();
  const list = await loadSegments(database, new Map(), false);
  const listLoadMs = performance.now() - time;
  time = performance.now();
  createLibrarySnapshot(list.segments);
  const listSnapshotMs = performance.now() - time;
  time = performance.now();
  const full = await loadSegments(database, new Map(list.segments.map((s) => [s.segment.id, s])), true);
  const searchLoadMs = performance.now() - time;
  time = performance.now();
  snapshot = createLibrarySnapshot(full.segments);
  const searchSnapshotMs = performance.now() - time;
  return { listLoadMs, listSnapshotMs, searchLoadMs, searchSnapshotMs, size: snapshot.size };
}

/** Times one query of the loaded snapshot (after `loadIndex`). */
export function timeQuery(filter: Partial<LibraryFilter>): { ms: number; count: number } {
  if (!snapshot) throw new Error('Call loadIndex() first');
  const time = performance.now();
  const { positions } = snapshot.query({ ...DEFAULT_FILTER, ...filter });
  return { ms: performance.now() - time, count: positions.length };
}

/** The most used tags and outlets of the loaded snapshot, for realistic filter choices. */
export function popularValues(): { tags: string[]; outlets: string[] } {
  if (!snapshot) throw new Error('Call loadIndex() first');
  const facets = snapshot.facets();
  return { tags: facets.tags.slice(0, 20).map((f) => f.label), outlets: facets.outlets.slice(0, 20).map((f) => f.value) };
}

export function releaseIndex(): void {
  snapshot = undefined;
}

