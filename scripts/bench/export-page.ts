/**
 * The in-page half of the export benchmark (bundled by page-bundle.ts and evaluated in the
 * options page): the probe of the page's main thread, and the baselines — what any export or
 * import of the same clippings costs at the least, through the same IndexedDB.
 * @module scripts/bench/export-page
 */
import { Dexie } from 'dexie';
import { PressclipDB } from '@/utils/db';

export { startBlockingProbe, stopBlockingProbe } from './probe-page';

/** Every clipping read from the library and written as one JSON string: the least an export does. */
export async function readAllAndStringify(): Promise<{ ms: number; count: number; bytes: number }> {
  const database = new PressclipDB();
  const start = performance.now();
  const clippings = await database.clippings.toArray();
  const text = JSON.stringify(clippings);
  const ms = performance.now() - start;
  database.close();
  return { ms, count: clippings.length, bytes: text.length };
}

/**
 * The backup file fetched from `url` (not timed), then parsed and its clippings written into
 * a bare object store in batches of 1,000, in one transaction: the least an import does.
 */
export async function parseAndWriteBare(url: string): Promise<{ ms: number; count: number }> {
  const text = await (await fetch(url)).text();
  const name = `pressclip-bench-import-baseline-${Date.now()}`;
  const bare = new Dexie(name);
  bare.version(1).stores({ clippings: 'id' });
  const start = performance.now();
  const { clippings } = JSON.parse(text) as { clippings: { id: string }[] };
  await bare.transaction('rw', bare.table('clippings'), async () => {
    for (let i = 0; i < clippings.length; i += 1_000) await bare.table('clippings').bulkAdd(clippings.slice(i, i + 1_000));
  });
  const ms = performance.now() - start;
  bare.close();
  await Dexie.delete(name);
  return { ms, count: clippings.length };
}
