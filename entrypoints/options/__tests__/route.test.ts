import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { formatRoute, parseRoute, type Route } from '../route';

describe('the options page route', () => {
  it.each<[string, Route]>([
    ['', { view: 'library', filter: DEFAULT_FILTER }],
    ['#/library', { view: 'library', filter: DEFAULT_FILTER }],
    ['#/collections', { view: 'collections' }],
    ['#/coverage?collection=inbox', { view: 'coverage', filter: { ...DEFAULT_FILTER, collectionId: 'inbox' } }],
    ['#/nonsense', { view: 'library', filter: DEFAULT_FILTER }],
    ['#/export', { view: 'extra', id: 'export' }],
    [
      '#/library/abc-123?collection=rat&tag=Lemgo&tag=Haushalt&outlet=Werretal-Bote&author=Jana%20K%C3%B6ster&lang=de&from=2026-03-01&to=2026-03-31&date=clipped&order=oldest&q=Br%C3%BCcke%20neu',
      {
        view: 'library',
        clippingId: 'abc-123',
        filter: {
          collectionId: 'rat',
          tags: ['Lemgo', 'Haushalt'],
          outlet: 'Werretal-Bote',
          author: 'Jana Köster',
          lang: 'de',
          from: '2026-03-01',
          to: '2026-03-31',
          dateField: 'clipped',
          order: 'oldest',
          query: 'Brücke neu',
        },
      },
    ],
  ])('should read %j', (hash, expected) => {
    expect(parseRoute(hash, ['export'])).toEqual(expected);
  });

  it('should ignore values it does not know instead of failing', () => {
    expect(parseRoute('#/library?date=sometime&order=random&from=März&to=2026-13&tag=%20&q=%20')).toEqual({ view: 'library', filter: DEFAULT_FILTER });
  });

  it('should keep an empty language (clippings whose language is unknown)', () => {
    expect(parseRoute('#/library?lang=')).toEqual({ view: 'library', filter: { ...DEFAULT_FILTER, lang: '' } });
  });

  it.each<Route>([
    { view: 'library', filter: DEFAULT_FILTER },
    { view: 'library', filter: { ...DEFAULT_FILTER, tags: ['a&b', 'c=d'], query: 'x?y#z', outlet: 'Wessex Gazette', lang: '' }, clippingId: 'id/with?odd#chars' },
    { view: 'coverage', filter: { ...DEFAULT_FILTER, collectionId: 'c', from: '2026-01-01', dateField: 'clipped' } },
    { view: 'collections' },
    { view: 'extra', id: 'export' },
  ])('should write %j so that it reads back the same', (route) => {
    expect(parseRoute(formatRoute(route), ['export'])).toEqual(route);
  });

  it('should leave defaults out of the address', () => {
    expect(formatRoute({ view: 'library', filter: { ...DEFAULT_FILTER, collectionId: 'inbox' } })).toBe('#/library?collection=inbox');
  });
});
