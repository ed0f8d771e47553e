/** Test data builders shared by unit tests: realistic clippings and fresh databases. */
import { PressclipDB, type Clipping, type ClippingDraft } from '@/utils/db';

/** A fresh, empty database of its own (fake-indexeddb in unit tests). */
export function createTestDb(): PressclipDB {
  return new PressclipDB(`test-${crypto.randomUUID()}`);
}

/** A plausible draft of a German regional article; override what the test is about. */
export function makeDraft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    url: 'https://www.werretal-bote.example/lokales/werrebruecke/',
    title: 'Neue Werrebrücke eröffnet',
    authors: ['Jana Köster'],
    agencies: [],
    siteName: 'Werretal-Bote',
    section: 'Lokales',
    publishedTime: '2026-11-26T14:30:00+01:00',
    lang: 'de-DE',
    excerpt: 'Nach zwei Jahren Bauzeit ist die neue Brücke freigegeben.',
    isPartial: false,
    contentHtml: '<p>Nach zwei Jahren Bauzeit ist die neue Brücke freigegeben.</p>',
    text: 'Nach zwei Jahren Bauzeit ist die neue Brücke freigegeben.',
    wordCount: 9,
    captions: [],
    kind: 'article',
    tags: ['Brücke'],
    collectionId: 'inbox',
    note: '',
    ...overrides,
  };
}

let made = 0;

/** A stored clipping (as saveClipping would write it) without a database; override what the test is about. */
export function makeClipping(overrides: Partial<Clipping> = {}): Clipping {
  made += 1;
  const clippedAt = overrides.clippedAt ?? Date.UTC(2026, 10, 26, 15, 0) + made * 60_000;
  return {
    ...makeDraft(),
    id: `clip-${made}`,
    urlKey: `werretal-bote.example/lokales/${made}`,
    clippedAt,
    updatedAt: clippedAt,
    ...overrides,
  };
}
