import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planImport, sameJson } from '../plan';
import { INBOX, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

describe('planImport', () => {
  it('should keep a collection that exists here under the same id, even renamed', () => {
    const renamed = { ...PRESS_COLLECTION, name: 'Stadtwerke (umbenannt)' };

    const plan = planImport({ collections: [PRESS_COLLECTION], clippings: [] }, { collections: [renamed], clippings: new Map() });

    expect(plan.collections).toEqual({ add: [], existing: 1 });
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('should add new collections and the clippings in them', () => {
    const clipping = makeClipping({ collectionId: PRESS_COLLECTION.id });

    const plan = planImport({ collections: [INBOX, PRESS_COLLECTION], clippings: [clipping] }, { collections: [INBOX], clippings: new Map() });

    expect(plan.collections.add).toEqual([PRESS_COLLECTION]);
    expect(plan.clippings.add).toEqual([clipping]);
  });

  it('should keep a stored copy that has the same time but differs', () => {
    const stored = makeClipping({ note: 'hier ergänzt' });

    const plan = planImport({ collections: [INBOX], clippings: [makeClipping()] }, { collections: [INBOX], clippings: new Map([[stored.id, stored]]) });

    expect(plan.clippings).toMatchObject({ add: [], update: [], unchanged: 0, keptNewer: 1 });
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: [1, { c: 'ü' }] }, { a: [1, { c: 'ü' }] }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: null }, { a: undefined }, false],
    [{ a: {} }, { a: [] }, false],
    [{ a: '1' }, { a: 1 }, false],
  ])('should compare %j and %j as %s', (a, b, expected) => {
    expect(sameJson(a, b)).toBe(expected);
  });
});
