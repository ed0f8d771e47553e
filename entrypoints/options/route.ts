/**
 * The options page's address: which view, which clipping, which filter. The whole state of the
 * library view lives in the URL hash, so a view can be bookmarked, shared between colleagues'
 * identical setups and restored by Back. Pure.
 *
 *   #/library?collection=inbox&tag=Lemgo&tag=Haushalt&q=brücke&from=2026-03-01&date=clipped
 *   #/library/<clipping id>?…filter…   (the same list with that clipping open)
 *   #/collections
 *   #/coverage?collection=inbox&from=…&to=…
 *   #/<view id>                         (views plugged in by other features, e.g. export)
 */
import { DEFAULT_FILTER, type DateField, type LibraryFilter, type SortOrder } from '@/utils/library-index/filter';

export type Route =
  | { view: 'library'; filter: LibraryFilter; clippingId?: string }
  | { view: 'collections' }
  | { view: 'coverage'; filter: LibraryFilter }
  | { view: 'extra'; id: string };

const DATE_FIELDS: readonly DateField[] = ['published', 'clipped'];
const ORDERS: readonly SortOrder[] = ['newest', 'oldest'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The route a hash stands for; anything unknown is the library with no filter. */
export function parseRoute(hash: string, extraViews: readonly string[] = []): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const filter = parseFilter(new URLSearchParams(search));
  switch (parts[0]) {
    case 'collections':
      return { view: 'collections' };
    case 'coverage':
      return { view: 'coverage', filter };
    case 'library':
    case undefined:
      return parts[1] ? { view: 'library', filter, clippingId: parts[1] } : { view: 'library', filter };
    default:
      return extraViews.includes(parts[0]) ? { view: 'extra', id: parts[0] } : { view: 'library', filter };
  }
}

/** The hash of a route; filter values at their defaults are left out. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'collections':
      return '#/collections';
    case 'extra':
      return `#/${encodeURIComponent(route.id)}`;
    case 'coverage':
      return withQuery('#/coverage', route.filter);
    case 'library':
      return withQuery(route.clippingId ? `#/library/${encodeURIComponent(route.clippingId)}` : '#/library', route.filter);
  }
}

function withQuery(path: string, filter: LibraryFilter): string {
  const params = new URLSearchParams();
  if (filter.collectionId) params.set('collection', filter.collectionId);
  for (const tag of filter.tags) params.append('tag', tag);
  if (filter.outlet) params.set('outlet', filter.outlet);
  if (filter.author) params.set('author', filter.author);
  if (filter.lang !== undefined) params.set('lang', filter.lang);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.dateField !== DEFAULT_FILTER.dateField) params.set('date', filter.dateField);
  if (filter.order !== DEFAULT_FILTER.order) params.set('order', filter.order);
  if (filter.query?.trim()) params.set('q', filter.query);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function parseFilter(params: URLSearchParams): LibraryFilter {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const day = (name: string) => {
    const value = text(name);
    return value && DAY.test(value) ? value : undefined;
  };
  const filter: LibraryFilter = {
    tags: [...new Set(params.getAll('tag').map((tag) => tag.trim()).filter(Boolean))],
    dateField: oneOf(params.get('date'), DATE_FIELDS, DEFAULT_FILTER.dateField),
    order: oneOf(params.get('order'), ORDERS, DEFAULT_FILTER.order),
  };
  const collectionId = text('collection');
  const outlet = text('outlet');
  const author = text('author');
  const lang = params.get('lang');
  const from = day('from');
  const to = day('to');
  const query = params.get('q') ?? '';
  if (collectionId) filter.collectionId = collectionId;
  if (outlet) filter.outlet = outlet;
  if (author) filter.author = author;
  if (lang !== null) filter.lang = lang.trim().toLowerCase();
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (query.trim()) filter.query = query;
  return filter;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
