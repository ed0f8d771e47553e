/**
 * What the library shows: the filter a reader sets up (and bookmarks, see the options page's
 * URL hash), as plain data. Pure.
 * @module utils/library-index/filter
 */

/** Which date the list sorts by and the date range applies to. */
export type DateField = 'published' | 'clipped';
export type SortOrder = 'newest' | 'oldest';

export interface LibraryFilter {
  /** Only this collection; undefined for all collections. */
  collectionId?: string;
  /** Clippings carrying every one of these tags (compared case-insensitively). */
  tags: readonly string[];
  /** Only this outlet (as shown in the list). */
  outlet?: string;
  /** Only clippings by this author or agency. */
  author?: string;
  /** Primary language subtag ("de", "en"); '' for clippings whose language is unknown. */
  lang?: string;
  /** First day of the range, "YYYY-MM-DD" in local time, inclusive. */
  from?: string;
  /** Last day of the range, "YYYY-MM-DD" in local time, inclusive. */
  to?: string;
  dateField: DateField;
  order: SortOrder;
  /** Full-text query (see utils/search.ts). */
  query?: string;
}

export const DEFAULT_FILTER: LibraryFilter = Object.freeze({ tags: [], dateField: 'published', order: 'newest' });

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-14" → epoch ms of local midnight starting that day; undefined for anything else. */
export function startOfDay(day: string | undefined): number | undefined {
  const match = day ? DAY_PATTERN.exec(day) : null;
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Rejects 2026-02-31, which Date would roll over into March.
  return date.getDate() === Number(match[3]) ? date.getTime() : undefined;
}

/** The epoch-ms range [from, to) a filter's days cover; open ends are ±Infinity. */
export function dayRange(filter: Pick<LibraryFilter, 'from' | 'to'>): { from: number; to: number } {
  const from = startOfDay(filter.from) ?? -Infinity;
  const lastDay = startOfDay(filter.to);
  // The day after the last day, at local midnight (a DST day is 23 or 25 hours long).
  const to = lastDay === undefined ? Infinity : nextDay(lastDay);
  return { from, to };
}

function nextDay(midnight: number): number {
  const date = new Date(midnight);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

/** "YYYY-MM-DD" of an epoch-ms time, in local time. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True when the filter narrows the library at all (sorting does not). */
export function isFiltered(filter: LibraryFilter): boolean {
  return Boolean(filter.collectionId || filter.tags.length || filter.outlet || filter.author || filter.lang !== undefined || filter.from || filter.to || filter.query?.trim());
}
