import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import { buildSegment, buildSegmentInSlices, forEachPrefixMatch, type IndexPostingsRecord } from '@/utils/library-index/segment';
import { createLibrarySnapshot, type LoadedSegment } from '@/utils/library-index/snapshot';
import type { Clipping } from '@/utils/db';
import { makeClipping } from '@/tests/support/clippings';

const DAY = 86_400_000;
const march = (day: number, hour = 12) => new Date(2026, 2, day, hour).getTime();

let nextSegmentId = 1;
function segmentOf(clippings: Clipping[], removed: string[] = [], withPostings = true): LoadedSegment {
  const { segment, postings } = buildSegment(clippings, removed);
  const id = nextSegmentId++;
  return { segment: { ...segment, id }, postings: withPostings ? { ...postings, segmentId: id } : undefined };
}

function titles(snapshot: ReturnType<typeof createLibrarySnapshot>, filter: Partial<LibraryFilter>): string[] {
  return Array.from(snapshot.query({ ...DEFAULT_FILTER, ...filter }).positions, (g) => snapshot.row(g).title);
}

const library = [
  makeClipping({ title: 'Brücke frei', clippedAt: march(20), publishedTime: new Date(march(2)).toISOString(), tags: ['Verkehr', 'Lemgo'], siteName: 'Werretal-Bote', authors: ['Jana Köster'], lang: 'de-DE', collectionId: 'inbox', text: 'Die neue Werrebrücke ist eröffnet.' }),
  makeClipping({ title: 'Haushalt beschlossen', clippedAt: march(10), publishedTime: new Date(march(9)).toISOString(), tags: ['haushalt', 'lemgo'], siteName: 'Lippische Rundschau', authors: [], agencies: ['dpa'], lang: 'de', collectionId: 'rat', text: 'Der Rat beschließt den Haushalt.' }),
  makeClipping({ title: 'Council approves budget', clippedAt: march(15), publishedTime: undefined, tags: ['budget'], siteName: 'Wessex Gazette', authors: ['Emma Smith'], lang: 'en-GB', collectionId: 'rat', text: 'The council approved the budget.', isPartial: true }),
  makeClipping({ title: 'Ohne Sprache', clippedAt: march(25), publishedTime: new Date(march(24)).toISOString(), tags: [], siteName: undefined, url: 'https://www.stadt.example/a', authors: [], lang: undefined, collectionId: 'inbox', text: 'Stadtrat tagt.', note: 'Nachfassen' }),
];

describe('the library snapshot', () => {
  const snapshot = createLibrarySnapshot([segmentOf(library)]);

  it('should list every clipping newest publication first, undated ones at their clipping time', () => {
    expect(titles(snapshot, {})).toEqual(['Ohne Sprache', 'Council approves budget', 'Haushalt beschlossen', 'Brücke frei']);
    expect(titles(snapshot, { order: 'oldest' })).toEqual(['Brücke frei', 'Haushalt beschlossen', 'Council approves budget', 'Ohne Sprache']);
    expect(titles(snapshot, { dateField: 'clipped' })).toEqual(['Ohne Sprache', 'Brücke frei', 'Council approves budget', 'Haushalt beschlossen']);
  });

  it.each<[string, Partial<LibraryFilter>, string[]]>([
    ['a collection', { collectionId: 'rat' }, ['Council approves budget', 'Haushalt beschlossen']],
    ['a tag, case-insensitively', { tags: ['LEMGO'] }, ['Haushalt beschlossen', 'Brücke frei']],
    ['several tags, all of them', { tags: ['lemgo', 'Verkehr'] }, ['Brücke frei']],
    ['a tag nobody uses', { tags: ['Sport'] }, []],
    ['an outlet', { outlet: 'Wessex Gazette' }, ['Council approves budget']],
    ['an outlet from the address when the page named none', { outlet: 'stadt.example' }, ['Ohne Sprache']],
    ['an author', { author: 'Jana Köster' }, ['Brücke frei']],
    ['an agency', { author: 'dpa' }, ['Haushalt beschlossen']],
    ['a language', { lang: 'de' }, ['Haushalt beschlossen', 'Brücke frei']],
    ['an unknown language', { lang: '' }, ['Ohne Sprache']],
    ['a date range over publication dates', { from: '2026-03-09', to: '2026-03-15' }, ['Council approves budget', 'Haushalt beschlossen']],
    ['a date range over clipping dates', { dateField: 'clipped', from: '2026-03-16' }, ['Ohne Sprache', 'Brücke frei']],
    ['an unknown collection', { collectionId: 'gone' }, []],
    ['a search', { query: 'brücke' }, ['Brücke frei']],
    ['a search for a word beginning', { query: 'haus' }, ['Haushalt beschlossen']],
    ['a search with two words, both required', { query: 'council budget' }, ['Council approves budget']],
    ['a search in the note', { query: 'nachfassen' }, ['Ohne Sprache']],
    ['a search combined with a filter', { query: 'stadt', collectionId: 'inbox' }, ['Ohne Sprache']],
  ])('should filter by %s', (_, filter, expected) => {
    expect(titles(snapshot, filter)).toEqual(expected);
  });

  it('should give list rows with what the list shows', () => {
    const row = snapshot.row(snapshot.indexOf(library[2]!.id));

    expect(row).toEqual({
      id: library[2]!.id,
      title: 'Council approves budget',
      outlet: 'Wessex Gazette',
      publishedAt: undefined,
      clippedAt: march(15),
      credits: ['Emma Smith'],
      tags: ['budget'],
      collectionId: 'rat',
      lang: 'en',
      isPartial: true,
      hasNote: false,
      kind: 'article',
    });
  });

  it('should count facets with the most common spelling as the label', () => {
    const facets = snapshot.facets();

    expect(facets.tags[0]).toEqual({ value: 'lemgo', label: 'Lemgo', count: 2 });
    expect(facets.outlets.map((f) => f.label).sort()).toEqual(['Lippische Rundschau', 'Werretal-Bote', 'Wessex Gazette', 'stadt.example']);
    expect(facets.collections).toEqual(new Map([['inbox', 2], ['rat', 2]]));
    expect(facets.langs.map((f) => [f.value, f.count])).toEqual([['de', 2], ['', 1], ['en', 1]]);
  });

  it('should sum up coverage by day, outlet, author and tag', () => {
    const coverage = snapshot.coverage({ ...DEFAULT_FILTER, collectionId: 'rat' });

    expect(coverage).toEqual({
      total: 2,
      partial: 1,
      perDay: [
        { day: '2026-03-09', count: 1 },
        { day: '2026-03-15', count: 1 },
      ],
      perOutlet: [
        { value: 'Lippische Rundschau', label: 'Lippische Rundschau', count: 1 },
        { value: 'Wessex Gazette', label: 'Wessex Gazette', count: 1 },
      ],
      perCredit: [
        { value: 'dpa', label: 'dpa', count: 1 },
        { value: 'Emma Smith', label: 'Emma Smith', count: 1 },
      ],
      perTag: [
        { value: 'budget', label: 'budget', count: 1 },
        { value: 'haushalt', label: 'haushalt', count: 1 },
        { value: 'lemgo', label: 'lemgo', count: 1 },
      ],
    });
  });

  it('should report a search as pending, and ignore it, while search terms are not loaded', () => {
    const withoutTerms = createLibrarySnapshot([segmentOf(library, [], false)]);

    const actual = withoutTerms.query({ ...DEFAULT_FILTER, query: 'brücke' });

    expect(actual.searchPending).toBe(true);
    expect(actual.positions.length).toBe(4);
  });
});

describe('combining segments', () => {
  it('should let a newer segment replace or remove clippings of an older one', () => {
    const [a, b, c] = [makeClipping({ title: 'A' }), makeClipping({ title: 'B' }), makeClipping({ title: 'C' })];
    const older = segmentOf([a!, b!, c!]);
    const newer = segmentOf([{ ...b!, title: 'B, edited', tags: ['neu'] }], [c!.id]);

    const snapshot = createLibrarySnapshot([newer, older]);

    expect(snapshot.size).toBe(2);
    expect(titles(snapshot, { dateField: 'clipped', order: 'oldest' })).toEqual(['A', 'B, edited']);
    expect(titles(snapshot, { tags: ['neu'] })).toEqual(['B, edited']);
    expect(snapshot.indexOf(c!.id)).toBe(-1);
  });

  it('should not find a clipping by words it had before an edit', () => {
    const original = makeClipping({ title: 'Alt', text: 'Kreisverkehr' });
    const snapshot = createLibrarySnapshot([segmentOf([original]), segmentOf([{ ...original, text: 'Ampel' }])]);

    expect(titles(snapshot, { query: 'kreisverkehr' })).toEqual([]);
    expect(titles(snapshot, { query: 'ampel' })).toEqual(['Alt']);
  });
});

describe('ordering', () => {
  it('should order by the exact time within one second, then by clipping time, across segments', () => {
    const at = (ms: number) => new Date(Date.UTC(2026, 2, 1, 12, 0, 0, ms)).toISOString();
    const late = makeClipping({ title: 'late', publishedTime: at(900), clippedAt: 5 });
    const early = makeClipping({ title: 'early', publishedTime: at(100), clippedAt: 9 });
    const tieClippedFirst = makeClipping({ title: 'tie, clipped first', publishedTime: at(500), clippedAt: 1 });
    const tieClippedLast = makeClipping({ title: 'tie, clipped last', publishedTime: at(500), clippedAt: 2 });
    const snapshot = createLibrarySnapshot([segmentOf([late, tieClippedLast]), segmentOf([early, tieClippedFirst])]);

    expect(titles(snapshot, { order: 'oldest' })).toEqual(['early', 'tie, clipped first', 'tie, clipped last', 'late']);
  });
});

describe('segment postings', () => {
  it('should build the same segment in slices as in one go, yielding to the event loop meanwhile', async () => {
    // Enough text that the build takes longer than one slice.
    const many = Array.from({ length: 600 }, (_, i) => makeClipping({ title: `Meldung ${i}`, text: `Wort${i} Stadtrat Haushalt `.repeat(200), tags: [`tag${i % 7}`] }));
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);

    const actual = await buildSegmentInSlices(many, ['gone'], 1);
    clearInterval(ticking);
    const expected = buildSegment(many, ['gone'], 1);

    expect(actual).toEqual(expected);
    expect(turns).toBeGreaterThan(0);
  });

  it('should find each document once per matching term, across many documents (multi-byte gaps)', () => {
    const many = Array.from({ length: 400 }, (_, i) => makeClipping({ title: i % 150 === 0 ? 'Kreisel' : 'Ampel', text: '', captions: [], authors: [], agencies: [], note: '', siteName: 'X', section: '' }));
    const { postings } = buildSegment(many, []);
    const visited: number[] = [];

    forEachPrefixMatch({ ...postings, segmentId: 1 } as IndexPostingsRecord, 'kreis', (d) => visited.push(d));

    expect(visited).toEqual([0, 150, 300]);
  });

  it('should spread a year over its days in local time', () => {
    const clippings = [0, 1, 1, 3].map((d) => makeClipping({ publishedTime: new Date(march(1) + d * DAY).toISOString() }));
    const snapshot = createLibrarySnapshot([segmentOf(clippings)]);

    expect(snapshot.coverage(DEFAULT_FILTER).perDay).toEqual([
      { day: '2026-03-01', count: 1 },
      { day: '2026-03-02', count: 2 },
      { day: '2026-03-04', count: 1 },
    ]);
  });
});
