/**
 * What an import will do, decided from the backup and the records already stored. Pure: the
 * repository calls it inside its write transaction, and the preview calls it beforehand.
 *
 * Rules (nothing the user has is ever lost or silently overwritten by older data):
 * - A collection whose id exists here is kept as it is here. A collection whose name exists
 *   here under another id is merged into that one (names are unique). Others are added.
 * - A clipping whose id is new is added. One that exists here is updated only when the
 *   backup's copy was changed later (`updatedAt`); identical ones are unchanged; where this
 *   copy is newer, it is kept.
 * @module utils/import/plan
 */
import type { Clipping, Collection } from '@/utils/db';

export interface ImportPlan {
  collections: {
    add: Collection[];
    /** Backup collections that exist here (same id, or same name under another id). */
    existing: number;
  };
  clippings: {
    add: Clipping[];
    update: { before: Clipping; after: Clipping }[];
    /** Identical to the stored copy. */
    unchanged: number;
    /** Differs from the stored copy, which was changed later: the stored copy stays. */
    keptNewer: number;
  };
}

export interface StoredRecords {
  /** Every collection stored here. */
  collections: readonly Collection[];
  /** The stored clippings that share an id with a clipping of the backup. */
  clippings: ReadonlyMap<string, Clipping>;
}

/** Decides what to add, update and skip. */
export function planImport(backup: { collections: readonly Collection[]; clippings: readonly Clipping[] }, stored: StoredRecords): ImportPlan {
  const storedIds = new Set(stored.collections.map((c) => c.id));
  const storedByName = new Map(stored.collections.map((c) => [c.name, c.id]));
  /** Backup collection id → the id its clippings go to here. */
  const target = new Map<string, string>();
  const plan: ImportPlan = { collections: { add: [], existing: 0 }, clippings: { add: [], update: [], unchanged: 0, keptNewer: 0 } };

  for (const collection of backup.collections) {
    const sameName = storedByName.get(collection.name);
    if (storedIds.has(collection.id)) {
      target.set(collection.id, collection.id);
      plan.collections.existing++;
    } else if (sameName !== undefined) {
      target.set(collection.id, sameName);
      plan.collections.existing++;
    } else {
      target.set(collection.id, collection.id);
      plan.collections.add.push(collection);
      storedByName.set(collection.name, collection.id);
    }
  }

  for (const incoming of backup.clippings) {
    const collectionId = target.get(incoming.collectionId) ?? incoming.collectionId;
    const clipping = collectionId === incoming.collectionId ? incoming : { ...incoming, collectionId };
    const current = stored.clippings.get(clipping.id);
    if (!current) plan.clippings.add.push(clipping);
    else if (sameJson(current, clipping)) plan.clippings.unchanged++;
    else if (clipping.updatedAt > current.updatedAt) plan.clippings.update.push({ before: current, after: clipping });
    else plan.clippings.keptNewer++;
  }
  return plan;
}

/** True when the plan writes nothing. */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return plan.collections.add.length === 0 && plan.clippings.add.length === 0 && plan.clippings.update.length === 0;
}

/**
 * Equality of JSON-like records as a JSON round trip sees them: a property holding undefined
 * (kept by IndexedDB) equals a missing one (JSON drops it); key order does not matter.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameJson(left[key], right[key])) return false;
  }
  return true;
}
