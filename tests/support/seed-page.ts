/**
 * Seeds the extension's database from inside an extension page (bundled with
 * scripts/bench/page-bundle.ts), through the app's own database module, so the change log and
 * the library index see the writes exactly as they see the popup's.
 */
import { PressclipDB, type Clipping, type Collection } from '@/utils/db';
import { generateClippings } from './generated-library';

const database = new PressclipDB();

export async function seed(collections: Collection[], clippings: Clipping[]): Promise<void> {
  await database.transaction('rw', database.collections, database.clippings, async () => {
    await database.collections.bulkPut(collections);
    await database.clippings.bulkAdd(clippings);
  });
}

/** Generated clippings (see tests/support/generated-library.ts), all in `collectionId`. */
export async function seedGenerated(count: number, collectionId: string): Promise<void> {
  await database.clippings.bulkAdd(generateClippings(count, { collectionIds: [collectionId] }));
}

/** A stored clipping as the database has it now. */
export function storedClipping(id: string): Promise<Clipping | undefined> {
  return database.clippings.get(id);
}
