/**
 * The library index of one page, kept live: loads the stored segments, follows every change to
 * them and to the change log (Dexie liveQuery, across extension pages), takes in pending changes
 * (under the index lock) and hands out a fresh snapshot each time the library changed. A clipping
 * saved from the popup therefore appears in an open library without a reload.
 * @module utils/library-index/live
 */
import { liveQuery } from 'dexie';
import type { PressclipDB } from '@/utils/db';
import { applyChanges, loadSegments, requestRebuild, withIndexLock, type IndexProgress } from './maintain';
import { createLibrarySnapshot, type LibrarySnapshot, type LoadedSegment } from './snapshot';

export interface LibraryIndexState {
  status: 'loading' | 'ready' | 'error';
  snapshot: LibrarySnapshot;
  /** Change-log entries not yet taken into the index (a large import shows here). */
  pending: number;
  /** Set while this page takes in a batch of changes. */
  progress?: IndexProgress;
  error?: Error;
}

export interface LibraryIndexHandle {
  /** Loads the search terms (once); later snapshots have `searchReady`. */
  loadSearch(): void;
  close(): void;
}

/** How long after opening a page checks that the index holds exactly the clippings there are. */
const VERIFY_DELAY_MS = 20_000;

export const EMPTY_SNAPSHOT: LibrarySnapshot = createLibrarySnapshot([]);

export function openLibraryIndex(database: PressclipDB, onState: (state: LibraryIndexState) => void, { verifyDelayMs = VERIFY_DELAY_MS } = {}): LibraryIndexHandle {
  let known = new Map<number, LoadedSegment>();
  let wantSearch = false;
  let closed = false;
  let maintaining = false;
  let verified = false;
  let rebuildRequested = false;
  let verifyTimer: ReturnType<typeof setTimeout> | undefined;
  let state: LibraryIndexState = { status: 'loading', snapshot: EMPTY_SNAPSHOT, pending: 0 };
  let chain = Promise.resolve();

  const emit = (next: Partial<LibraryIndexState>) => {
    state = { ...state, ...next };
    if (!closed) onState(state);
  };
  const fail = (error: unknown) => emit({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });

  /** Brings the snapshot up to date with the stored segments. Runs one at a time. */
  const refresh = async (pending: number) => {
    if (closed) return;
    const { segments, outdated } = await loadSegments(database, known, wantSearch);
    if (outdated && !rebuildRequested) {
      rebuildRequested = true;
      await requestRebuild(database);
    }
    const changed =
      state.status !== 'ready' ||
      segments.length !== known.size ||
      segments.some((s) => {
        const before = known.get(s.segment.id);
        return !before || Boolean(before.postings) !== Boolean(s.postings);
      });
    known = new Map(segments.map((s) => [s.segment.id, s]));
    emit(changed ? { status: 'ready', snapshot: createLibrarySnapshot(segments), pending } : { pending });
    if (pending > 0) maintain();
    else if (!verified) {
      verified = true;
      // Counting 100,000 clippings keeps IndexedDB busy for most of a second: not while the
      // page is starting, and not at all if it is closed soon.
      verifyTimer = setTimeout(() => {
        chain = chain.then(verify).catch(fail);
      }, verifyDelayMs);
    }
  };
  const schedule = (pending: number) => {
    chain = chain.then(() => refresh(pending)).catch(fail);
  };

  /** Takes in pending changes; one page at a time does this work (the others wait for the lock). */
  const maintain = () => {
    if (maintaining || closed) return;
    maintaining = true;
    withIndexLock(() => applyChanges(database, (progress) => emit({ progress })))
      .then(async () => {
        maintaining = false;
        emit({ progress: undefined });
        // Changes that arrived while this page worked: their liveQuery tick was skipped above.
        if ((await database.changes.count()) > 0) maintain();
      })
      .catch((error: unknown) => {
        maintaining = false;
        fail(error);
      });
  };

  /**
   * Once per page: the index must hold exactly the clippings there are. Should it ever not
   * (an index written by a build with a bug, a profile copied mid-write), it is rebuilt.
   */
  const verify = async () => {
    if (closed) return;
    const [segmentIds, pending, clippings] = await database.transaction('r', database.indexSegments, database.changes, database.clippings, () =>
      Promise.all([database.indexSegments.toCollection().primaryKeys(), database.changes.count(), database.clippings.count()]),
    );
    const same = pending === 0 && segmentIds.length === known.size && segmentIds.every((id) => known.has(id));
    if (same && state.snapshot.size !== clippings && !rebuildRequested) {
      rebuildRequested = true;
      await requestRebuild(database);
    }
  };

  const subscription = liveQuery(() => Promise.all([database.indexSegments.toCollection().primaryKeys(), database.changes.count()])).subscribe({
    next: ([, pending]) => schedule(pending),
    error: fail,
  });

  return {
    loadSearch() {
      if (wantSearch) return;
      wantSearch = true;
      chain = chain.then(() => refresh(state.pending)).catch(fail);
    },
    close() {
      closed = true;
      clearTimeout(verifyTimer);
      subscription.unsubscribe();
    },
  };
}
