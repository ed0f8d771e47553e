import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText, collapseWhitespace, countWords, decodeEntities, lastBlockLine, shortBlockText } from '../text';

describe('decodeEntities', () => {
  it.each([
    ['&#8222;Titel&#8220;', '„Titel“'],
    ['Redacci&oacute;n Central', 'Redacción Central'],
    ['&Uuml;berblick &amp; Stra&szlig;e', 'Überblick & Straße'],
    ['Fran&ccedil;ois &ndash; &bdquo;Zitat&ldquo;', 'François – „Zitat“'],
    ['&unknown; &qacute; <b>', '&unknown; &qacute; <b>'],
  ])('should decode %j', (raw, expected) => {
    expect(decodeEntities(raw)).toBe(expected);
  });
});

describe('lastBlockLine', () => {
  const CAPTIONS = new Set(['FIGCAPTION']);

  it.each([
    ['paragraphs in wrappers', '<div><div><p>Erster Absatz.</p><p>Letzter <b>Absatz</b>.</p></div> </div>'],
    ['text after the last block', '<div><p>Absatz.</p>und noch <em>ein</em> Satz</div>'],
    ['a caption at the end', '<div><p>Absatz.</p><figure><img src="a.jpg"><figcaption>Bild (Foto: dpa)</figcaption></figure></div>'],
    ['blank blocks and a line break at the end', '<div><p>Absatz.</p><p> </p><br><div>\u00a0</div></div>'],
    ['a table', '<table><tr><td>eins</td><td>zwei</td></tr><tr><td>drei</td><td>vier</td></tr></table>'],
    ['an inline element holding a block', '<div><p>Absatz.</p><span><p>Im Span.</p></span></div>'],
    ['a script at the end', '<div><p>Absatz.</p><script>var x = 1;</script></div>'],
    ['nothing but white space', '<div> <p>\n</p> </div>'],
  ])('should give the last line blockText gives for %s', (_case, html) => {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
    const lines = blockText(root, { skip: CAPTIONS }).split('\n');

    expect(lastBlockLine(root, { skip: CAPTIONS })).toBe(lines[lines.length - 1]);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['single spaces', 'Der Rat tagt.', 'Der Rat tagt.'],
    ['runs of spaces', 'Der  Rat   tagt.', 'Der Rat tagt.'],
    ['line breaks and tabs', 'Der\nRat \n\t tagt.', 'Der Rat tagt.'],
    ['non-breaking and thin spaces', 'Der\u00a0Rat\u2009 tagt\u202f.', 'Der Rat tagt .'],
    ['zero-width spaces', 'Der\u200bRat \u200btagt.\u200b', 'Der Rat tagt.'],
    ['white space at both ends', ' \u200b\n Der Rat tagt. \u00a0', 'Der Rat tagt.'],
    ['nothing but white space', ' \n\u200b ', ''],
  ])('should fold %s into one space each', (_case, text, folded) => {
    expect(collapseWhitespace(text)).toBe(folded);
  });
});

describe('shortBlockText', () => {
  const root = new JSDOM('<div id="root"><h1>Rat  beschließt</h1><p>Erster\n Absatz.</p><div><p>Zweiter <b>Absatz</b>.</p></div></div>').window.document.getElementById('root')!;
  const full = blockText(root);

  it('should give what blockText gives when that is at most the limit', () => {
    expect(full).toBe('Rat beschließt\nErster Absatz.\nZweiter Absatz.');
    expect(shortBlockText(root, 1000)).toBe(full);
    expect(shortBlockText(root, full.length)).toBe(full);
  });

  it('should give null when the lines, joined, are longer than the limit', () => {
    expect(shortBlockText(root, full.length - 1)).toBeNull();
    expect(shortBlockText(root, 5)).toBeNull();
  });
});

describe('countWords', () => {
  it('should count runs of letters and digits, compounds as one word', () => {
    expect(countWords('Die Stadt-Werke zahlen 2,5 Mio. Euro – Müller’s Büro, z.B. heute.')).toBe(11);
  });

  it.each([
    ['', 0],
    ['– … –', 0],
    ['Bürger-Initiative', 1],
    ['Ost--West', 2],
    ['Ende.-Anfang', 2],
    ['-vorne hinten-', 2],
    ['北京市 政府', 2],
    ['𝐒𝐢𝐠𝐧 𝐮𝐩', 2],
    ['Zahl 4.500', 2],
  ])('should count %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
