/**
 * One segment of the library index: the list fields and the search terms of a batch of
 * clippings, packed into typed arrays so that 100,000 clippings take a few tens of megabytes and
 * load from IndexedDB in one read per segment. Segments are immutable; newer segments supersede
 * older ones clipping by clipping (see snapshot.ts). Pure: no database, no DOM (the sliced
 * variant only yields to the event loop).
 *
 * Why not one object per clipping: 100,000 small objects cost ~10 µs each to read from
 * IndexedDB (a second) and ~300 bytes each of heap; typed columns cost neither.
 * @module utils/library-index/segment
 */
import type { Clipping, ClippingKind } from '@/utils/db';
import { mapInSlices } from '@/utils/export/slices';
import { clippingTerms } from '@/utils/search';

/** Layout version of stored segments. Segments of another version are rebuilt. */
export const SEGMENT_FORMAT = 1;

/** Bits of `IndexSegmentRecord.flags`. */
export const FLAG_PARTIAL = 1;
export const FLAG_NOTE = 2;
const KIND_SHIFT = 2;
const KINDS: readonly ClippingKind[] = ['article', 'selection', 'link'];

/** The list columns of a segment (table `indexSegments`). */
export interface IndexSegmentRecord {
  /** Auto-incremented: a higher id is a newer segment. */
  id?: number;
  format: number;
  createdAt: number;
  /** Number of clippings (`ids.length`), indexed to find small segments to merge. */
  size: number;
  /** Clipping ids; position = local document number. */
  ids: string[];
  /** Clippings found deleted when the segment was made: they hide versions in older segments. */
  removed: string[];
  titles: string[];
  clippedAt: Float64Array;
  /** Epoch ms of publication; NaN when the page gave none. */
  publishedAt: Float64Array;
  /** The distinct strings the columns below refer to by position. */
  strings: string[];
  collection: Uint32Array;
  outlet: Uint32Array;
  /** Primary language subtag ("de", "en"), '' when unknown. */
  lang: Uint32Array;
  flags: Uint8Array;
  /** Tags of document d: `tags[tagStart[d] … tagStart[d + 1])`. */
  tagStart: Uint32Array;
  tags: Uint32Array;
  /** Authors, then agencies, of document d: `credits[creditStart[d] … creditStart[d + 1])`. */
  creditStart: Uint32Array;
  credits: Uint32Array;
}

/** The search terms of a segment (table `indexPostings`), loaded only when search is used. */
export interface IndexPostingsRecord {
  segmentId: number;
  /** The distinct terms, sorted by code unit, joined with "\n". */
  terms: string;
  /** Start of term t in `terms`; one more entry than terms (the end + 1). */
  termStart: Uint32Array;
  /** Start of term t's documents in `postings`; one more entry than terms. */
  postingStart: Uint32Array;
  /** Local document numbers per term, ascending, as gaps in unsigned LEB128 varints. */
  postings: Uint8Array;
}

export interface BuiltSegment {
  segment: Omit<IndexSegmentRecord, 'id'>;
  postings: Omit<IndexPostingsRecord, 'segmentId'>;
}

/** Packs `clippings` (and the ids of deleted ones) into a segment. */
export function buildSegment(clippings: readonly Clipping[], removed: readonly string[], now = Date.now()): BuiltSegment {
  const builder = segmentBuilder(clippings, removed, now);
  clippings.forEach((_, d) => builder.add(d));
  return builder.finish();
}

/**
 * buildSegment in slices of a few milliseconds, yielding to the page between them: finding the
 * search terms of 5,000 clippings takes about a second, which would otherwise freeze the page
 * that takes in an import (measured by `npm run bench -- --only export`).
 */
export async function buildSegmentInSlices(clippings: readonly Clipping[], removed: readonly string[], now = Date.now()): Promise<BuiltSegment> {
  const builder = segmentBuilder(clippings, removed, now);
  await mapInSlices(clippings, (_, d) => builder.add(d));
  return builder.finish();
}

/** The columns of a segment, filled clipping by clipping (`add(d)` for d = 0 … n − 1), then packed. */
function segmentBuilder(clippings: readonly Clipping[], removed: readonly string[], now: number): { add(d: number): void; finish(): BuiltSegment } {
  const n = clippings.length;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const ref = (value: string) => {
    let i = stringIndex.get(value);
    if (i === undefined) {
      i = strings.push(value) - 1;
      stringIndex.set(value, i);
    }
    return i;
  };
  const segment: Omit<IndexSegmentRecord, 'id'> = {
    format: SEGMENT_FORMAT,
    createdAt: now,
    size: n,
    ids: new Array<string>(n),
    removed: [...removed],
    titles: new Array<string>(n),
    clippedAt: new Float64Array(n),
    publishedAt: new Float64Array(n),
    strings,
    collection: new Uint32Array(n),
    outlet: new Uint32Array(n),
    lang: new Uint32Array(n),
    flags: new Uint8Array(n),
    tagStart: new Uint32Array(n + 1),
    tags: new Uint32Array(0),
    creditStart: new Uint32Array(n + 1),
    credits: new Uint32Array(0),
  };
  const tags: number[] = [];
  const credits: number[] = [];
  const postingLists = new Map<string, number[]>();

  const add = (d: number) => {
    const c = clippings[d]!;
    segment.ids[d] = c.id;
    segment.titles[d] = c.title;
    segment.clippedAt[d] = c.clippedAt;
    segment.publishedAt[d] = parseTime(c.publishedTime);
    segment.collection[d] = ref(c.collectionId);
    segment.outlet[d] = ref(outletOf(c));
    segment.lang[d] = ref(primaryLanguage(c.lang));
    segment.flags[d] = (c.isPartial ? FLAG_PARTIAL : 0) | (c.note?.trim() ? FLAG_NOTE : 0) | (Math.max(0, KINDS.indexOf(c.kind)) << KIND_SHIFT);
    segment.tagStart[d] = tags.length;
    for (const tag of c.tags) tags.push(ref(tag));
    segment.creditStart[d] = credits.length;
    for (const name of [...c.authors, ...(c.agencies ?? [])]) credits.push(ref(name));
    for (const term of clippingTerms(c)) {
      const list = postingLists.get(term);
      if (list) list.push(d);
      else postingLists.set(term, [d]);
    }
  };
  const finish = (): BuiltSegment => {
    segment.tagStart[n] = tags.length;
    segment.creditStart[n] = credits.length;
    segment.tags = Uint32Array.from(tags);
    segment.credits = Uint32Array.from(credits);
    return { segment, postings: encodePostings(postingLists) };
  };
  return { add, finish };
}

/** The kind of clipping document `d` is (article, selection or link). */
export function kindOf(segment: Pick<IndexSegmentRecord, 'flags'>, d: number): ClippingKind {
  return KINDS[(segment.flags[d]! >> KIND_SHIFT) & 3] ?? 'article';
}

/** The outlet as shown and filtered: the site name, else the host of the address. */
export function outletOf(c: Pick<Clipping, 'siteName' | 'url'>): string {
  if (c.siteName?.trim()) return c.siteName.trim();
  try {
    return new URL(c.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "de-DE" → "de"; '' when unknown. */
export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function parseTime(value: string | undefined): number {
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : NaN;
}

function encodePostings(lists: Map<string, number[]>): Omit<IndexPostingsRecord, 'segmentId'> {
  const terms = [...lists.keys()].sort(compareCodeUnits);
  const termStart = new Uint32Array(terms.length + 1);
  const postingStart = new Uint32Array(terms.length + 1);
  let bytes = new Uint8Array(1 << 16);
  let length = 0;
  let offset = 0;
  terms.forEach((term, t) => {
    termStart[t] = offset;
    offset += term.length + 1;
    postingStart[t] = length;
    let previous = -1;
    for (const doc of lists.get(term)!) {
      if (length + 5 > bytes.length) {
        const grown = new Uint8Array(bytes.length * 2);
        grown.set(bytes);
        bytes = grown;
      }
      let gap = doc - previous;
      previous = doc;
      while (gap > 0x7f) {
        bytes[length++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[length++] = gap;
    }
  });
  termStart[terms.length] = offset;
  postingStart[terms.length] = length;
  return { terms: terms.join('\n'), termStart, postingStart, postings: bytes.slice(0, length) };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calls `visit` with every local document that has a term starting with `prefix`. A document
 * with several such terms is visited once per term.
 */
export function forEachPrefixMatch(postings: IndexPostingsRecord, prefix: string, visit: (doc: number) => void): void {
  const count = postings.termStart.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareTerm(postings, mid, prefix) < 0) low = mid + 1;
    else high = mid;
  }
  for (let t = low; t < count && termStartsWith(postings, t, prefix); t++) {
    const end = postings.postingStart[t + 1]!;
    let doc = -1;
    let p = postings.postingStart[t]!;
    while (p < end) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = postings.postings[p++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      doc += gap;
      visit(doc);
    }
  }
}

/** Term t compared with `text` by code units, without slicing the joined string. */
function compareTerm(postings: IndexPostingsRecord, t: number, text: string): number {
  const start = postings.termStart[t]!;
  const length = postings.termStart[t + 1]! - 1 - start;
  const common = Math.min(length, text.length);
  for (let i = 0; i < common; i++) {
    const diff = postings.terms.charCodeAt(start + i) - text.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return length - text.length;
}

function termStartsWith(postings: IndexPostingsRecord, t: number, prefix: string): boolean {
  const start = postings.termStart[t]!;
  if (postings.termStart[t + 1]! - 1 - start < prefix.length) return false;
  return postings.terms.startsWith(prefix, start);
}
