/**
 * What clipping the bundled demo article (demo/index.html) must produce, for the end-to-end
 * tests in every browser: the stored record, the Markdown export, and an IndexedDB reader that
 * runs inside an extension page.
 */
import { expect } from 'vitest';
import { DEMO_BOILERPLATE, DEMO_BODY, DEMO_HEADLINE, DEMO_TAGS, demoNoteProblems, frontMatterOf } from '../../scripts/lib/demo-note';

export { DEMO_HEADLINE, DEMO_TAGS };

/** The stored clipping of the demo article served at `url`, saved with DEMO_TAGS into the Inbox. */
export function expectedDemoClipping(url: string): Record<string, unknown> {
  return {
    title: DEMO_HEADLINE,
    authors: ['Jana Köster'],
    siteName: 'Werretal-Bote',
    publishedTime: '2026-11-26T14:30:00+01:00',
    dateline: 'Altenbruch',
    url,
    tags: DEMO_TAGS,
    collectionId: 'inbox',
    kind: 'article',
    captions: [expect.objectContaining({ credit: 'Stadt Altenbruch' })],
  };
}

/** Asserts the demo article's own note (one file of a Markdown ZIP): see scripts/lib/demo-note.ts. */
export function expectDemoNote(markdown: string, url: string): void {
  expect(demoNoteProblems(markdown, url)).toEqual([]);
  expect(frontMatterOf(markdown)).toMatchObject({ collection: 'Inbox', words: expect.any(Number) });
}

/**
 * Asserts a one-file Markdown export of `title` holds the demo article: the file's front matter,
 * the clipping's metadata list, body and photo credit, and no boilerplate.
 */
export function expectDemoMarkdown(text: string, url: string, title: string): void {
  expect(frontMatterOf(text)).toEqual({ title, clippings: 1 });
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
  const body = text.replace(/\*\*|__|\*|_/g, '');
  for (const sentence of DEMO_BODY) expect(body).toContain(sentence);
  for (const [what, boilerplate] of DEMO_BOILERPLATE) expect(text, what).not.toContain(boilerplate);
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
