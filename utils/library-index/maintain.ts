/**
 * Keeps the stored library index in step with the clippings: takes in the change log that
 * utils/db.ts writes with every clipping write, merges small segments, and rebuilds the whole
 * index when asked to (upgrade, cleared table, format change, or a count that does not add up).
 *
 * Correctness rests on three rules: a segment is built from the clippings as they are in the
 * database (never from a cached copy); a segment and the removal of the change entries it took
 * in commit in one transaction; and only one page works on the index at a time (a Web Lock).
 * A change that arrives while a segment is being built keeps its log entry and lands in a newer
 * segment, which wins.
 * @module utils/library-index/maintain
 */
import type { Clipping, PressclipDB } from '@/utils/db';
import { buildSegmentInSlices, SEGMENT_FORMAT, type IndexSegmentRecord } from './segment';
import type { LoadedSegment } from './snapshot';

/** Clippings per segment: bounded work per transaction, and visible progress during a rebuild. */
export const SEGMENT_SIZE = 5_000;
/** Segments smaller than this are merged once there are more than MAX_SMALL_SEGMENTS of them. */
const SMALL_SEGMENT = 1_000;
const MAX_SMALL_SEGMENTS = 8;
const LOCK_NAME = 'pressclip-library-index';

export interface IndexProgress {
  /** Changes (or, during a rebuild, clippings) taken in so far. */
  done: number;
  total: number;
}

/**
 * Runs `work` while no other page of the extension works on the index. Without the Web Locks
 * API (unit tests) it just runs.
 */
export function withIndexLock<T>(work: () => Promise<T>, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<T> {
  return locks ? (locks.request(LOCK_NAME, work) as Promise<T>) : work();
}

/**
 * Takes in every logged change, a segment at a time, then merges small segments. Resolves with
 * the number of change entries taken in. Call inside `withIndexLock`.
 */
export async function applyChanges(database: PressclipDB, onProgress?: (progress: IndexProgress) => void): Promise<number> {
  const total = await database.changes.count();
  let done = 0;
  for (;;) {
    const entries = await database.changes.limit(SEGMENT_SIZE).toArray();
    if (entries.length === 0) break;
    if (entries.some((entry) => entry.id === null)) {
      done += await rebuildIndex(database, onProgress);
      continue;
    }
    const lastSeq = entries[entries.length - 1]!.seq!;
    const ids = [...new Set(entries.map((entry) => entry.id!))];
    await writeSegment(database, ids, { takesChangesUpTo: lastSeq });
    done += entries.length;
    onProgress?.({ done, total: Math.max(total, done) });
  }
  await mergeSmallSegments(database);
  return done;
}

/**
 * Indexes every clipping afresh and replaces all older segments. Takes in the change entries that
 * existed when it started; later ones stay for `applyChanges`. Resolves with the entries taken in.
 */
export async function rebuildIndex(database: PressclipDB, onProgress?: (progress: IndexProgress) => void): Promise<number> {
  const [lastChange, oldSegments, ids] = await database.transaction('r', database.changes, database.indexSegments, database.clippings, () =>
    Promise.all([database.changes.orderBy('seq').last(), database.indexSegments.toCollection().primaryKeys(), database.clippings.toCollection().primaryKeys()]),
  );
  for (let start = 0; start < ids.length; start += SEGMENT_SIZE) {
    await writeSegment(database, ids.slice(start, start + SEGMENT_SIZE), {});
    onProgress?.({ done: Math.min(ids.length, start + SEGMENT_SIZE), total: ids.length });
  }
  const lastSeq = lastChange?.seq ?? 0;
  return database.transaction('rw', database.indexSegments, database.indexPostings, database.changes, async () => {
    await database.indexSegments.bulkDelete(oldSegments);
    await database.indexPostings.bulkDelete(oldSegments);
    return database.changes.where('seq').belowOrEqual(lastSeq).delete();
  });
}

/**
 * Merges the small segments that single saves and edits leave behind into one, by indexing their
 * clippings afresh (so the merged segment is as new as the database and may come last).
 */
export async function mergeSmallSegments(database: PressclipDB): Promise<boolean> {
  const small = await database.indexSegments.where('size').below(SMALL_SEGMENT).toArray();
  if (small.length <= MAX_SMALL_SEGMENTS) return false;
  const ids = [...new Set(small.flatMap((segment) => [...segment.ids, ...segment.removed]))];
  await writeSegment(database, ids, { replaces: small.map((segment) => segment.id!) });
  return true;
}

/** Builds a segment from the current state of `ids` and stores it, in one transaction with its side effects. */
async function writeSegment(database: PressclipDB, ids: readonly string[], effects: { takesChangesUpTo?: number; replaces?: number[] }): Promise<void> {
  const found = await database.clippings.bulkGet([...ids]);
  const present = found.filter((c): c is Clipping => c !== undefined);
  const removed = ids.filter((_, i) => found[i] === undefined);
  const { segment, postings } = await buildSegmentInSlices(present, removed);
  await database.transaction('rw', database.indexSegments, database.indexPostings, database.changes, async () => {
    const segmentId = await database.indexSegments.add(segment);
    await database.indexPostings.add({ ...postings, segmentId });
    if (effects.replaces) {
      await database.indexSegments.bulkDelete(effects.replaces);
      await database.indexPostings.bulkDelete(effects.replaces);
    }
    if (effects.takesChangesUpTo !== undefined) await database.changes.where('seq').belowOrEqual(effects.takesChangesUpTo).delete();
  });
}

/**
 * The stored segments, reusing those already in memory: only new segments (and, with
 * `withPostings`, missing search terms) are read. Segments of another layout version are left
 * out and reported as `outdated` (the caller asks for a rebuild).
 */
export async function loadSegments(
  database: PressclipDB,
  known: ReadonlyMap<number, LoadedSegment>,
  withPostings: boolean,
): Promise<{ segments: LoadedSegment[]; outdated: boolean }> {
  return database.transaction('r', database.indexSegments, database.indexPostings, async () => {
    const ids = await database.indexSegments.toCollection().primaryKeys();
    const missing = ids.filter((id) => !known.has(id));
    const fresh = new Map<number, IndexSegmentRecord>();
    (await database.indexSegments.bulkGet(missing)).forEach((segment, i) => segment && fresh.set(missing[i]!, segment));
    const needPostings = withPostings ? ids.filter((id) => !known.get(id)?.postings) : [];
    const postings = new Map((await database.indexPostings.bulkGet(needPostings)).flatMap((p) => (p ? [[p.segmentId, p] as const] : [])));
    let outdated = false;
    const segments = ids.flatMap((id): LoadedSegment[] => {
      const segment = known.get(id)?.segment ?? fresh.get(id);
      if (!segment) return [];
      if (segment.format !== SEGMENT_FORMAT) {
        outdated = true;
        return [];
      }
      return [{ segment: segment as LoadedSegment['segment'], postings: known.get(id)?.postings ?? postings.get(id) }];
    });
    return { segments, outdated };
  });
}

/** Asks for a rebuild: one "anything may have changed" entry in the change log. */
export async function requestRebuild(database: PressclipDB): Promise<void> {
  await database.changes.add({ id: null });
}
