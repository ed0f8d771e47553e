/**
 * Where an export reads its clippings from: a list of ids and a reader that returns the
 * clippings a page at a time. A library of 100,000 clippings is close to a gigabyte of article
 * text, so no export holds all records at once: it reads them once to learn their order (and
 * keeps only a few fields of each), then again, page by page in that order, to write the file.
 * Pure: the reader is the caller's (the repository in the extension, an array in tests).
 * @module utils/export/source
 */
import type { Clipping } from '@/utils/db';
import { mapInSlices, type SliceOptions } from './slices';

export interface ClippingSource {
  /** The clippings to export, by id (in any order: each exporter sorts as its format wants). */
  ids: readonly string[];
  /**
   * The clippings with `ids`, in that order, a page at a time. Ids of clippings that no
   * longer exist (deleted meanwhile) are skipped.
   */
  read(ids: readonly string[]): AsyncIterable<readonly Clipping[]>;
}

/** Clippings already in memory as a source (tests, tools, small exports). */
export function sourceOf(clippings: readonly Clipping[], pageSize = 500): ClippingSource {
  const byId = new Map(clippings.map((c) => [c.id, c]));
  return {
    ids: clippings.map((c) => c.id),
    async *read(ids) {
      for (let start = 0; start < ids.length; start += pageSize) {
        yield ids.slice(start, start + pageSize).flatMap((id) => byId.get(id) ?? []);
      }
    },
  };
}

/** What a progress report is about: learning the order of the clippings, or writing the file. */
export type ExportStage = 'reading' | 'writing';

export interface StagedSliceOptions extends SliceOptions {
  /** Called with the stage whenever one begins (the progress of each starts from 0). */
  onStage?: (stage: ExportStage) => void;
}

/**
 * The first pass: reads every clipping of `source` once and keeps only `keyOf` of each (a few
 * fields, never the article), sorted by `compare`. Clippings that are gone are left out, so
 * the result's length is the number the file will hold. Rejects with the signal's reason when
 * aborted.
 */
export async function surveyClippings<K>(
  source: ClippingSource,
  keyOf: (clipping: Clipping) => K,
  compare: (a: K, b: K) => number,
  options: StagedSliceOptions = {},
): Promise<K[]> {
  options.onStage?.('reading');
  const keys: K[] = [];
  let seen = 0;
  for await (const page of source.read(source.ids)) {
    options.signal?.throwIfAborted();
    for (const clipping of page) keys.push(keyOf(clipping));
    seen += page.length;
    options.onProgress?.({ done: seen, total: source.ids.length });
  }
  options.signal?.throwIfAborted();
  return keys.sort(compare);
}

export interface PageWork<R> {
  /** Runs before a page's clippings are worked on (e.g. to download their images). */
  prepare?: (page: readonly Clipping[]) => Promise<void>;
  /** Turns one clipping into its part of the file; `index` counts across pages. */
  work: (clipping: Clipping, index: number) => R;
  /** Takes a page's results, e.g. to move their text into a Blob. */
  collect: (results: R[]) => void;
}

/**
 * The second pass: reads the clippings with `ids` page by page and works on each, in order,
 * in slices that leave the page responsive. Resolves with the number of clippings worked on;
 * rejects with the signal's reason when aborted.
 */
export async function forEachPage<R>(source: ClippingSource, ids: readonly string[], { prepare, work, collect }: PageWork<R>, options: StagedSliceOptions = {}): Promise<number> {
  options.onStage?.('writing');
  let done = 0;
  for await (const page of source.read(ids)) {
    options.signal?.throwIfAborted();
    await prepare?.(page);
    const offset = done;
    const results = await mapInSlices(page, (clipping, i) => work(clipping, offset + i), {
      signal: options.signal,
      onProgress: ({ done: inPage }) => options.onProgress?.({ done: offset + inPage, total: ids.length }),
    });
    done += page.length;
    collect(results);
  }
  options.signal?.throwIfAborted();
  options.onProgress?.({ done, total: Math.max(done, ids.length) });
  return done;
}
