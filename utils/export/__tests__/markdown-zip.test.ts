import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMarkdownZip, writeMarkdownZip, type MarkdownZipOptions } from '../markdown-zip';
import { sourceOf } from '../source';
import { clippingToMarkdown } from '../markdown';
import { collectionNamesOf, hostileClippings, INBOX, labelsFor, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const collectionNames = collectionNamesOf([INBOX, PRESS_COLLECTION]);
const options: MarkdownZipOptions = { content: 'full', labels: labelsFor('en'), timeZone: 'Europe/Berlin' };

async function unzip(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

describe('buildMarkdownZip', () => {
  it('should hold one note per clipping, named by day, outlet and headline', async () => {
    const { blob, notes } = await buildMarkdownZip({ clippings: hostileClippings(), collectionNames }, options);

    const files = await unzip(blob);

    await expect(Object.keys(files).join('\n') + '\n').toMatchFileSnapshot('../__fixtures__/markdown-zip/listing.txt');
    expect(Object.keys(files)).toEqual(notes);
    expect(blob.type).toBe('application/zip');
  });

  it('should put exactly the single-note Markdown into each file', async () => {
    const clippings = hostileClippings();
    const { blob, notes } = await buildMarkdownZip({ clippings, collectionNames }, options);

    const files = await unzip(blob);

    const hostile = notes.find((name) => name.includes('Lippische'))!;
    expect(strFromU8(files[hostile]!)).toBe(clippingToMarkdown(clippings[1]!, { collectionName: 'Presse Stadtwerke', content: 'full', labels: options.labels }));
  });

  it('should never give two notes the same name, whatever the case', async () => {
    const clippings = ['Gleich', 'gleich', 'GLEICH'].map((title, i) => makeClipping({ id: `id-${i}`, title, clippedAt: 1_000 - i }));

    const { notes } = await buildMarkdownZip({ clippings, collectionNames }, options);

    expect(notes).toEqual(['2026-11-26 Werretal-Bote - Gleich.md', '2026-11-26 Werretal-Bote - gleich (2).md', '2026-11-26 Werretal-Bote - GLEICH (3).md']);
  });

  it('should store downloaded images in assets/ and point the notes at them', async () => {
    const image = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const images = new Map([['https://www.werretal-bote.example/images/bruecke.jpg', { data: image, extension: 'jpg' }]]);

    const result = await buildMarkdownZip({ clippings: [makeClipping()], collectionNames, images }, options);

    const files = await unzip(result.blob);
    expect(result.images).toBe(1);
    expect(files['assets/bruecke.jpg']).toEqual(image);
    const markdown = strFromU8(files[result.notes[0]!]!);
    expect(markdown).toContain('![Die Brücke](assets/bruecke.jpg)\n\n*Die neue Brücke am Abend.* (Foto: Stadt Altenbruch)');
    expect(markdown).not.toContain('https://www.werretal-bote.example/images/');
  });

  it('should leave images that were not downloaded as links', async () => {
    const { blob, notes } = await buildMarkdownZip({ clippings: [makeClipping()], collectionNames, images: new Map() }, options);

    const files = await unzip(blob);

    expect(Object.keys(files)).toEqual(notes);
    expect(strFromU8(files[notes[0]!]!)).toContain('](https://www.werretal-bote.example/images/bruecke.jpg)');
  });

  it('should report the progress of both passes and stop writing when cancelled', async () => {
    const clippings = Array.from({ length: 300 }, (_, i) => makeClipping({ id: `id-${i}`, contentHtml: '<p>Text</p>'.repeat(200) }));
    const controller = new AbortController();
    const seen: [string, number][] = [];
    let stage = '';

    const run = buildMarkdownZip(
      { clippings, collectionNames },
      {
        ...options,
        signal: controller.signal,
        onStage: (next) => (stage = next),
        onProgress: ({ done, total }) => {
          seen.push([stage, done]);
          expect(total).toBe(300);
          if (stage === 'writing') controller.abort(new Error('cancelled by the test'));
        },
      },
    );

    await expect(run).rejects.toThrow('cancelled by the test');
    expect(seen.filter(([s]) => s === 'reading').at(-1)).toEqual(['reading', 300]);
    const written = seen.filter(([s]) => s === 'writing');
    expect(written.length).toBeGreaterThan(0);
    expect(written.at(-1)![1]).toBeLessThan(300);
  });

  it('should read a source page by page and download each page’s images just before its notes', async () => {
    const image = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]);
    const picture = (n: number) => `<figure><img src="https://img.example/${n}.jpg" alt=""><figcaption>Bild ${n}</figcaption></figure><p>Text</p>`;
    const clippings = Array.from({ length: 5 }, (_, i) => makeClipping({ id: `id-${i}`, title: `Artikel ${i}`, clippedAt: 1_000 + i, contentHtml: picture(i % 3) }));
    const pages: number[] = [];
    const asked: string[][] = [];
    const inMemory = sourceOf(clippings, 2);
    const source = {
      ids: inMemory.ids,
      async *read(ids: readonly string[]) {
        for await (const page of inMemory.read(ids)) {
          pages.push(page.length);
          yield page;
        }
      },
    };

    const result = await writeMarkdownZip(
      {
        source,
        collectionNames,
        fetchImages: (urls) => {
          asked.push([...urls]);
          return Promise.resolve(new Map(urls.filter((url) => !url.endsWith('/1.jpg')).map((url) => [url, { data: image, extension: 'jpg' }])));
        },
      },
      options,
    );

    const files = await unzip(result.blob);
    expect(pages).toEqual([2, 2, 1, 2, 2, 1]); // the survey, then the notes
    expect(result.notes).toEqual([4, 3, 2, 1, 0].map((i) => `2026-11-26 Werretal-Bote - Artikel ${i}.md`));
    expect(asked).toEqual([['https://img.example/1.jpg', 'https://img.example/0.jpg'], ['https://img.example/2.jpg']]); // each once
    expect(Object.keys(files).filter((name) => name.startsWith('assets/'))).toEqual(['assets/0.jpg', 'assets/2.jpg']);
    expect(strFromU8(files[result.notes[1]!]!)).toContain('](assets/0.jpg)');
    expect(strFromU8(files[result.notes[0]!]!)).toContain('](https://img.example/1.jpg)');
    expect(result.images).toBe(2);
  });
});
