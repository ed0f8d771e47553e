/**
 * What clipping the bundled demo article (demo/index.html) must produce, for the end-to-end
 * tests in every browser: the stored record, the Markdown export, and an IndexedDB reader that
 * runs inside an extension page.
 */
import { expect } from 'vitest';
import { parse } from 'yaml';

export const DEMO_HEADLINE = 'Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch';
export const DEMO_TAGS = ['Werretal', 'Radverkehr'];

/** The stored clipping of the demo article served at `url`, saved with DEMO_TAGS into the Inbox. */
export function expectedDemoClipping(url: string): Record<string, unknown> {
  return {
    title: DEMO_HEADLINE,
    authors: ['Jana Köster'],
    siteName: 'Werretal-Bote',
    publishedTime: '2026-11-26T14:30:00+01:00',
    url,
    tags: DEMO_TAGS,
    collectionId: 'inbox',
    kind: 'article',
    captions: [expect.objectContaining({ credit: 'Stadt Altenbruch' })],
  };
}

/**
 * Asserts the Inbox's one-file Markdown export holds the demo article: the file's front matter
 * for the collection, the clipping's metadata list, body and photo credit, and no boilerplate.
 */
export function expectDemoMarkdown(text: string, url: string): void {
  const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
  expect(front).toEqual({ title: 'Inbox', clippings: 1 });
  for (const line of [
    `## ${DEMO_HEADLINE}`,
    '- **Outlet:** Werretal-Bote',
    '- **Authors:** Jana Köster',
    '- **Published:** 2026-11-26T14:30:00+01:00',
    `- **Tags:** ${DEMO_TAGS.join(', ')}`,
    '- **Collection:** Inbox',
    `- **URL:** <${url}>`,
  ]) {
    expect(text.split('\n'), line).toContain(line);
  }
  expect(text).toContain('Nach zwei Jahren Bauzeit ist die neue Fuß- und Radwegbrücke über die Werre freigegeben.');
  expect(text).toContain('(Foto: Stadt Altenbruch)');
  for (const boilerplate of ['Schreibe einen Kommentar', 'Akismet', 'Veröffentlicht von', 'Startseite', 'Impressum']) {
    expect(text, boilerplate).not.toContain(boilerplate);
  }
}

/**
 * Reads every stored clipping straight from IndexedDB, bypassing the app's code. Runs inside an
 * extension page: pass it to the driver's `page.evaluate`.
 */
export function readStoredClippings(): Promise<Record<string, unknown>[]> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('pressclip');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('clippings').objectStore('clippings').getAll();
      request.onsuccess = () => done(request.result as Record<string, unknown>[]);
      request.onerror = () => fail(request.error);
    };
  });
}
