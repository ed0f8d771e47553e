/**
 * The measurements behind the choice of search design (README, "Library index"), run in an
 * extension page by `npm run bench:library -- --compare-search`: the same generated clippings
 * indexed by MiniSearch in memory, and by an IndexedDB multiEntry index of words (Dexie), against
 * the clippings table alone. The library index's own figures come from the main benchmark.
 * @module scripts/bench/search-compare-page
 */
import { Dexie } from 'dexie';
import MiniSearch from 'minisearch';
import { clippingTerms, parseSearchQuery } from '@/utils/search';
import { generateClippings } from '@/tests/support/generated-library';

const CLIPPINGS_SCHEMA = 'id, urlKey, clippedAt, [collectionId+clippedAt], *tags, siteName';

export interface DexieWordsResult {
  count: number;
  /** Clippings per second into the clippings table alone. */
  plainRate: number;
  /** Clippings per second with a `*terms` multiEntry table written in the same transactions. */
  withWordsRate: number;
  /** Milliseconds per query (each word a prefix range, results intersected). */
  queryMs: Record<string, number>;
}

/** Inserts `count` clippings twice (with and without a words index) and times word queries. */
export async function dexieWords(count: number, queries: readonly string[]): Promise<DexieWordsResult> {
  const plainRate = await insertInto(count, false);
  const name = `bench-words-${Date.now()}`;
  const withWordsRate = await insertInto(count, true, name);
  const db = new Dexie(name);
  db.version(1).stores({ clippings: CLIPPINGS_SCHEMA, words: 'id, *terms' });
  const queryMs: Record<string, number> = {};
  for (const query of queries) {
    const time = performance.now();
    let hits: Set<string> | undefined;
    for (const term of parseSearchQuery(query)) {
      const found = new Set((await db.table('words').where('terms').startsWith(term).primaryKeys()) as string[]);
      hits = hits ? new Set([...hits].filter((id) => found.has(id))) : found;
    }
    queryMs[query] = performance.now() - time;
  }
  db.close();
  await Dexie.delete(name);
  return { count, plainRate, withWordsRate, queryMs };
}

async function insertInto(count: number, withWords: boolean, name = `bench-plain-${Date.now()}`): Promise<number> {
  const db = new Dexie(name);
  db.version(1).stores(withWords ? { clippings: CLIPPINGS_SCHEMA, words: 'id, *terms' } : { clippings: CLIPPINGS_SCHEMA });
  let ms = 0;
  for (let start = 0; start < count; start += 1_000) {
    const clippings = generateClippings(Math.min(1_000, count - start), { start });
    const time = performance.now();
    await db.transaction('rw', db.tables, async () => {
      await db.table('clippings').bulkAdd(clippings);
      if (withWords) await db.table('words').bulkAdd(clippings.map((c) => ({ id: c.id, terms: clippingTerms(c) })));
    });
    ms += performance.now() - time;
  }
  db.close();
  if (!withWords) await Dexie.delete(name);
  return count / (ms / 1000);
}

let miniSearch: MiniSearch | undefined;

export interface MiniSearchResult {
  count: number;
  buildMs: number;
  /** Length of `JSON.stringify(index)`: what storing it would write and read back. */
  jsonBytes: number;
  queryMs: Record<string, number>;
}

/** Builds a MiniSearch index over headline, body, captions and note of `count` clippings. */
export function buildMiniSearch(count: number, queries: readonly string[]): MiniSearchResult {
  miniSearch = new MiniSearch({
    fields: ['title', 'text', 'captions', 'note'],
    storeFields: [],
    extractField: (doc, field) => {
      const value = (doc as Record<string, unknown>)[field];
      return field === 'captions' ? (value as { text: string }[]).map((c) => c.text).join(' ') : (value as string);
    },
  });
  let buildMs = 0;
  for (let start = 0; start < count; start += 1_000) {
    const clippings = generateClippings(Math.min(1_000, count - start), { start });
    const time = performance.now();
    miniSearch.addAll(clippings);
    buildMs += performance.now() - time;
  }
  const queryMs: Record<string, number> = {};
  for (const query of queries) {
    const time = performance.now();
    miniSearch.search(query, { prefix: true, combineWith: 'AND' });
    queryMs[query] = performance.now() - time;
  }
  const jsonBytes = JSON.stringify(miniSearch).length;
  return { count, buildMs, jsonBytes, queryMs };
}

/** Lets the MiniSearch index be collected (the caller measures the heap before and after). */
export function dropMiniSearch(): void {
  miniSearch = undefined;
}
