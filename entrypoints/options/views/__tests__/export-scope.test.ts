import { describe, expect, it } from 'vitest';
import type { Collection } from '@/utils/db';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import { buildSegment } from '@/utils/library-index/segment';
import { createLibrarySnapshot } from '@/utils/library-index/snapshot';
import { makeClipping } from '@/tests/support/clippings';
import { installMessages } from '@/tests/support/i18n';
import { createLibraryScope } from '../../extensions';
import { defaultScope, describeFilter, exportScopes } from '../export-scope';

const collections: Collection[] = [
  { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 },
  { id: 'rat', name: 'Stadtrat', description: '', defaultTags: [], createdAt: 0 },
];
const clippings = [
  makeClipping({ id: 'a', title: 'Haushalt beschlossen', tags: ['Haushalt'], collectionId: 'rat', clippedAt: 4 }),
  makeClipping({ id: 'b', title: 'Haushalt vertagt', tags: ['haushalt'], collectionId: 'rat', clippedAt: 3 }),
  makeClipping({ id: 'c', title: 'Neue Ratsmitglieder', tags: ['Personal'], collectionId: 'rat', clippedAt: 2 }),
  makeClipping({ id: 'd', title: 'Brücke frei', tags: ['Haushalt'], collectionId: 'inbox', clippedAt: 1 }),
];
const { segment, postings } = buildSegment(clippings, []);
const snapshot = createLibrarySnapshot([{ segment: { ...segment, id: 1 }, postings: { ...postings, segmentId: 1 } }]);

function scopesFor(filter: Partial<LibraryFilter>, selected: string[] = []) {
  return exportScopes(createLibraryScope(snapshot, { ...DEFAULT_FILTER, ...filter }, new Set(selected), collections), collections);
}
const summary = (scopes: ReturnType<typeof scopesFor>) => scopes.map(({ kind, name, ids }) => [kind, name, [...ids].sort()]);

describe('what the export page offers', () => {
  it('should offer the selection, the filtered view, its collection and the library, most specific first', () => {
    const scopes = scopesFor({ collectionId: 'rat', tags: ['haushalt'] }, ['c', 'd']);

    expect(summary(scopes)).toEqual([
      ['selection', 'Selected clippings', ['c', 'd']], // selected rows the filter hides still count
      ['view', 'Stadtrat · haushalt', ['a', 'b']],
      ['collection', 'Stadtrat', ['a', 'b', 'c']],
      ['library', 'All clippings', ['a', 'b', 'c', 'd']],
    ]);
    expect(scopes.map((s) => s.label)).toEqual([
      'The selected clippings (2 clippings)',
      'This view: Stadtrat · haushalt (2 clippings)',
      'The collection “Stadtrat” (3 clippings)',
      'The whole library (4 clippings)',
    ]);
    expect(defaultScope(scopes)?.kind).toBe('selection');
  });

  it('should start with the filtered results without a selection, and the collection when a view is just the collection', () => {
    expect(defaultScope(scopesFor({ tags: ['Haushalt'] }))).toMatchObject({ kind: 'view', name: 'Haushalt' });
    expect(summary(scopesFor({ collectionId: 'rat' })).map(([kind]) => kind)).toEqual(['collection', 'library']);
    expect(summary(scopesFor({}))).toEqual([['library', 'All clippings', ['a', 'b', 'c', 'd']]]);
  });

  it('should pass over a view with no clippings when choosing where to start', () => {
    const scopes = scopesFor({ collectionId: 'rat', tags: ['Gibt es nicht'] });

    expect(scopes.map((s) => [s.kind, s.ids.length])).toEqual([
      ['view', 0],
      ['collection', 3],
      ['library', 4],
    ]);
    expect(defaultScope(scopes)?.kind).toBe('collection');
  });

  it('should name a view by every part of its filter, in German where the browser speaks German', () => {
    installMessages('de');
    const filter: LibraryFilter = { ...DEFAULT_FILTER, tags: ['Haushalt', 'Lemgo'], outlet: 'Lippische Landes-Zeitung', author: 'dpa', lang: 'de', from: '2026-03-01', to: '2026-03-31', query: ' brücke ' };

    expect(describeFilter(filter, 'Stadtrat')).toBe('Stadtrat · Haushalt · Lemgo · Lippische Landes-Zeitung · dpa · Deutsch · 2026-03-01 – 2026-03-31 · „brücke“');
    expect(describeFilter({ ...DEFAULT_FILTER, from: '2026-03-01' })).toBe('ab 2026-03-01');
    expect(describeFilter({ ...DEFAULT_FILTER, lang: '' })).toBe('Unbekannt');
    expect(describeFilter({ ...DEFAULT_FILTER, lang: 'es' })).toBe('Spanisch');
    expect(scopesFor({}, ['a'])[0]?.label).toBe('Die ausgewählten Ausschnitte (1 Ausschnitt)');
  });
});
