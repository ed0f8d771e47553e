// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureSelection, selectionFromText } from '@/utils/selection';

const URL = 'https://www.werretal-bote.example/lokales/altenbruch/brücke/';

function page(body: string) {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL }).window.document;
}

/** Selects from the start of `from`'s text (offset) to `to`'s text (offset), as a reader's drag would. */
function select(doc: Document, from: [string, number], to: [string, number]) {
  const textOf = (selector: string) => doc.querySelector(selector)!.firstChild!;
  const range = doc.createRange();
  range.setStart(textOf(from[0]), from[1]);
  range.setEnd(textOf(to[0]), to[1]);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('captureSelection', () => {
  it('should return null when nothing is selected', () => {
    const doc = page('<p>Die Brücke ist offen.</p>');

    expect(captureSelection(doc)).toBeNull();
  });

  it('should keep a few words of one paragraph as a paragraph', () => {
    const doc = page('<p id="a">Nach zwei Jahren Bauzeit ist die Brücke offen.</p>');
    select(doc, ['#a', 5], ['#a', 24]);

    const actual = captureSelection(doc);

    expect(actual).toEqual({ html: '<p>zwei Jahren Bauzeit</p>', text: 'zwei Jahren Bauzeit', wordCount: 3 });
  });

  it('should keep paragraphs and make links absolute', () => {
    const doc = page('<article><p id="a">Erster Absatz mit <a href="/rat/">Ratsbeschluss</a>.</p><p id="b">Zweiter Absatz.</p></article>');
    select(doc, ['#a', 0], ['#b', 7]);

    const actual = captureSelection(doc);

    expect(actual?.text).toBe('Erster Absatz mit Ratsbeschluss.\nZweiter');
    expect(actual?.html).toContain('href="https://www.werretal-bote.example/rat/"');
    expect(actual?.html).toMatch(/^<p id="a">Erster Absatz/);
    expect(actual?.wordCount).toBe(5);
  });

  it('should ignore a selection of white space only', () => {
    const doc = page('<p id="a">   </p>');
    select(doc, ['#a', 0], ['#a', 3]);

    expect(captureSelection(doc)).toBeNull();
  });

  it('should not change the page or the selection', () => {
    const doc = page('<p id="a">Nach zwei Jahren Bauzeit.</p>');
    select(doc, ['#a', 0], ['#a', 4]);
    const before = doc.body.innerHTML;

    captureSelection(doc);

    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getSelection()!.toString()).toBe('Nach');
  });
});

describe('selectionFromText', () => {
  it('should make one escaped paragraph per line', () => {
    expect(selectionFromText('Rat beschließt <Haushalt>\n\n  & mehr  ')).toEqual({
      html: '<p>Rat beschließt &lt;Haushalt&gt;</p><p>&amp; mehr</p>',
      text: 'Rat beschließt <Haushalt>\n& mehr',
      wordCount: 4,
    });
  });

  it('should return null for white space', () => {
    expect(selectionFromText(' \n ')).toBeNull();
  });
});
