import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Clipping } from '@/utils/db';
import { buildCombinedMarkdown, clippingToMarkdown, collectionToMarkdown, escapeInline, type NoteOptions } from '../markdown';
import { htmlToMarkdown } from '../html-to-markdown';
import { collectionNamesOf, hostileClippings, INBOX, labelsFor, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

function note(clipping: Clipping, overrides: Partial<NoteOptions> = {}): string {
  return clippingToMarkdown(clipping, { collectionName: 'Presse Stadt', content: 'full', labels: labelsFor('de'), ...overrides });
}

/** The front matter of a Markdown note, parsed with a YAML parser as a reader would. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) throw new Error('no front matter');
  return parse(match[1]) as Record<string, unknown>;
}

describe('clippingToMarkdown', () => {
  it('should render a clipping like its golden file', async () => {
    const actual = note(makeClipping({ note: 'Für den Wochenbericht' }));

    await expect(actual).toMatchFileSnapshot('../__fixtures__/markdown/clipping.md');
  });

  it('should render a hostile clipping like its golden file', async () => {
    const actual = note(hostileClippings()[1]!, { collectionName: PRESS_COLLECTION.name });

    await expect(actual).toMatchFileSnapshot('../__fixtures__/markdown/hostile.md');
  });

  it('should render link + excerpt like its golden file, without the article', async () => {
    const clipping = hostileClippings()[1]!;

    const actual = note(clipping, { content: 'excerpt' });

    await expect(actual).toMatchFileSnapshot('../__fixtures__/markdown/excerpt.md');
    expect(actual).not.toContain('Tarif');
    expect(actual).toContain('[Artikel bei Lippische Landes-Zeitung lesen](<https://www.lz.example/lokal/lemgo/artikel(1).html?a=1&b=2>)');
  });

  it('should keep the caption and photo credit under the image', () => {
    const actual = note(makeClipping());

    expect(actual).toContain('![Die Brücke](https://www.werretal-bote.example/images/bruecke.jpg)\n\n*Die neue Brücke am Abend.* (Foto: Stadt Altenbruch)');
  });

  it('should keep text a figure holds besides its picture and caption', () => {
    const html = '<figure><img src="https://img.example/saal.jpg" alt="Saal"><blockquote><p>Wir feiern bis in die Nacht.</p></blockquote><figcaption>Der Saal (Foto: Lena Sprung)</figcaption></figure><p>Danach</p>';

    const actual = htmlToMarkdown(html, { creditLabel: 'Foto' });

    expect(actual).toContain('![Saal](https://img.example/saal.jpg)');
    expect(actual).toContain('> Wir feiern bis in die Nacht.');
    expect(actual).toContain('*Der Saal* (Foto: Lena Sprung)');
  });

  it('should drop links to anything but the web and mail, keeping their text', () => {
    const actual = note(makeClipping()) + note(hostileClippings()[1]!);

    const body = actual.replace(/^---\n[\s\S]*?\n---\n/gm, ''); // front matter is data, not Markdown
    expect(body).not.toMatch(/(?<!\\)\]\((?:javascript|data):/); // an escaped \] is text, not a link
    expect(actual).toContain('Gefährlicher Link');
    expect(actual).toContain('[neue Brücke](https://www.altenbruch.example/)');
    expect(actual).toContain('[Pressestelle](mailto:presse@stadtwerke.example)');
    expect(actual).toContain('data-Link');
  });

  it('should keep a GFM table', () => {
    const actual = note(hostileClippings()[1]!);

    expect(actual).toContain('| Tarif | Preis |\n| --- | --- |\n| Grund | 12 € |');
  });

  it.each([
    ['a document separator', '---'],
    ['separators on their own lines', 'Titel\n---\nnoch: mehr\n---'],
    ['quotes and a colon', 'Bürgermeister: "Wir bauen" und \'weiter\''],
    ['a comment sign', '# Kein Kommentar'],
    ['YAML syntax', '{ title: x } [1, 2] & *anchor !tag'],
    ['control characters', 'Titel\u0000mit\u0007Steuerzeichen'],
    ['a trailing backslash', 'Pfad C:\\'],
    ['emoji and umlauts', 'Größter Erfolg 🎉 für Ökologie'],
    ['a YAML document end', '...\n...'],
  ])('should keep the front matter intact with %s in the title', (_name, title) => {
    const markdown = note(makeClipping({ title, note: title, tags: [title] }), { collectionName: title });

    const front = frontMatterOf(markdown);

    const expected = title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    expect(front.title).toBe(expected);
    expect(front.note).toBe(expected);
    expect(front.tags).toEqual([expected]);
    expect(front.collection).toBe(expected);
    expect(front.url).toBe('https://www.werretal-bote.example/lokales/werrebruecke/');
    expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  it('should write every metadata field as an Obsidian property of a plain type', () => {
    const front = frontMatterOf(note(hostileClippings()[1]!, { collectionName: 'Presse' }));

    expect(front).toEqual({
      title: expect.stringContaining('Stadtwerke'),
      kicker: '@Lemgo: "Dachzeile" mit \'Zitat\'',
      authors: ['-Max Muster', 'Erika "Eri" Beispiel'],
      agencies: ['dpa'],
      outlet: 'Lippische Landes-Zeitung',
      section: '+Lokales; Lemgo',
      published: '2026-11-26T23:30:00+01:00',
      clipped: '2026-11-28T07:00:00.000Z',
      url: 'https://www.lz.example/lokal/lemgo/artikel(1).html?a=1&b=2',
      lang: 'de',
      tags: ['=1+1', 'Straße; Bau', 'Größter Erfolg 🎉'],
      collection: 'Presse',
      partial: true,
      words: 312,
      note: 'Zeile eins\n---\n=Zeile drei, mit "Anführungszeichen"\r\nund Tab\tam Ende',
    });
  });
});

describe('escapeInline', () => {
  it.each([
    ['[klick](javascript:alert(1))', '\\[klick\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['# Titel', '\\# Titel'],
    ['1. FC Lemgo', '1\\. FC Lemgo'],
    ['*fett* und _kursiv_ | Spalte', '\\*fett\\* und \\_kursiv\\_ \\| Spalte'],
    ['Zeile\nzwei', 'Zeile zwei'],
  ])('should keep %j as text', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });
});

describe('collectionToMarkdown', () => {
  const options = { title: 'Presse Stadtwerke', collectionNames: collectionNamesOf([INBOX, PRESS_COLLECTION]), content: 'full' as const, labels: labelsFor('en') };

  it('should render a combined file like its golden file', async () => {
    const actual = collectionToMarkdown(hostileClippings(), options);

    await expect(actual).toMatchFileSnapshot('../__fixtures__/markdown/combined.md');
  });

  it('should have one front matter block, one headline per clipping, newest first', () => {
    const older = makeClipping({ id: 'a', title: 'Älterer Artikel', clippedAt: 1_000 });
    const newer = makeClipping({ id: 'b', title: 'Neuerer Artikel', clippedAt: 2_000 });

    const actual = collectionToMarkdown([older, newer], options);

    expect(frontMatterOf(actual)).toEqual({ title: 'Presse Stadtwerke', clippings: 2 });
    expect(actual.match(/^---$/gm)).toHaveLength(2);
    expect(actual.match(/^## /gm)).toHaveLength(2);
    expect(actual.indexOf('## Neuerer Artikel')).toBeLessThan(actual.indexOf('## Älterer Artikel'));
    expect(actual).toContain('### Kosten'); // the article's own h2, one level down
    expect(actual.endsWith('\n')).toBe(true);
  });

  it('should build the same bytes in slices', async () => {
    const expected = collectionToMarkdown(hostileClippings(), options);

    const actual = await (await buildCombinedMarkdown(hostileClippings(), options)).text();

    expect(actual).toBe(expected);
  });
});
