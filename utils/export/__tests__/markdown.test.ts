import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Clipping } from '@/utils/db';
import { clippingToMarkdown, collectionToMarkdown } from '../markdown';
import { makeDraft } from '@/tests/support/clippings';

function makeClipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    ...makeDraft(),
    id: '00000000-0000-4000-8000-000000000001',
    urlKey: 'werretal-bote.example/lokales/werrebruecke',
    clippedAt: Date.UTC(2026, 10, 27, 9, 15),
    updatedAt: Date.UTC(2026, 10, 27, 9, 15),
    tags: ['Brücke', 'Radverkehr'],
    contentHtml: [
      '<figure><img src="https://www.werretal-bote.example/images/bruecke.jpg" alt="Die Brücke">',
      '<figcaption>Die neue Brücke am Abend. (Foto: Stadt Altenbruch)</figcaption></figure>',
      '<p>Nach zwei Jahren Bauzeit ist die <a href="https://www.altenbruch.example/">neue Brücke</a> freigegeben.</p>',
      '<h2>Kosten</h2><ul><li>2,1 Mio. geplant</li><li>2,6 Mio. tatsächlich</li></ul>',
      '<blockquote><p>Die Brücke ist gelungen.</p></blockquote>',
      '<p><a href="javascript:alert(1)">Gefährlicher Link</a></p>',
    ].join(''),
    ...overrides,
  };
}

/** The front matter of a Markdown note, parsed with a YAML parser as a reader would. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) throw new Error('no front matter');
  return parse(match[1]) as Record<string, unknown>;
}

describe('clippingToMarkdown', () => {
  it('should render a clipping like its golden file', async () => {
    const actual = clippingToMarkdown(makeClipping({ note: 'Für den Wochenbericht' }), 'Presse Stadt');

    await expect(actual).toMatchFileSnapshot('../__fixtures__/markdown/clipping.md');
  });

  it('should keep the caption and photo credit under the image', () => {
    const actual = clippingToMarkdown(makeClipping(), 'Inbox');

    expect(actual).toContain('![Die Brücke](https://www.werretal-bote.example/images/bruecke.jpg)\n\n*Die neue Brücke am Abend.* (Foto: Stadt Altenbruch)');
  });

  it('should drop links to anything but the web and mail, keeping their text', () => {
    const actual = clippingToMarkdown(makeClipping(), 'Inbox');

    expect(actual).not.toContain('javascript:');
    expect(actual).toContain('Gefährlicher Link');
    expect(actual).toContain('[neue Brücke](https://www.altenbruch.example/)');
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
  ])('should keep the front matter intact with %s in the title', (_name, title) => {
    const markdown = clippingToMarkdown(makeClipping({ title, note: title, tags: [title] }), title);

    const front = frontMatterOf(markdown);

    const expected = title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
    expect(front.title).toBe(expected);
    expect(front.note).toBe(expected);
    expect(front.tags).toEqual([expected]);
    expect(front.collection).toBe(expected);
    expect(front.url).toBe('https://www.werretal-bote.example/lokales/werrebruecke/');
    expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });
});

describe('collectionToMarkdown', () => {
  it('should write every clipping newest first, each with its own front matter', () => {
    const older = makeClipping({ id: 'a', title: 'Älterer Artikel', clippedAt: 1_000 });
    const newer = makeClipping({ id: 'b', title: 'Neuerer Artikel', clippedAt: 2_000 });

    const actual = collectionToMarkdown({ collection: { name: 'Inbox' }, clippings: [older, newer] });

    expect(actual.indexOf('title: "Neuerer Artikel"')).toBeLessThan(actual.indexOf('title: "Älterer Artikel"'));
    expect(actual.match(/^---$/gm)).toHaveLength(4);
    expect(actual.endsWith('\n')).toBe(true);
  });
});
