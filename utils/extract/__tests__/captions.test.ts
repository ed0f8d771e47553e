import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractCaptions, splitCredit } from '../captions';

describe('splitCredit', () => {
  it.each([
    ['Die neue Brücke am Abend (Foto: krz)', { text: 'Die neue Brücke am Abend', credit: 'krz' }],
    ['Die neue Brücke am Abend. Foto: Max Muster', { text: 'Die neue Brücke am Abend.', credit: 'Max Muster' }],
    ['Die neue Brücke am Abend | Foto: Max Muster', { text: 'Die neue Brücke am Abend', credit: 'Max Muster' }],
    ['Der Rat tagt im Saal. Bild: dpa', { text: 'Der Rat tagt im Saal.', credit: 'dpa' }],
    ['Der Rat tagt im Saal. © Stadt Lemgo', { text: 'Der Rat tagt im Saal.', credit: 'Stadt Lemgo' }],
    ['Der Rat tagt im Saal. Quelle: Stadtarchiv', { text: 'Der Rat tagt im Saal.', credit: 'Stadtarchiv' }],
    ['Die alte Brücke 1962. Archivfoto: Heimatverein', { text: 'Die alte Brücke 1962.', credit: 'Heimatverein' }],
    ['Ein Wolf im Wald. Symbolfoto: Pixabay', { text: 'Ein Wolf im Wald.', credit: 'Pixabay' }],
    ['Foto: Max Muster', { text: '', credit: 'Max Muster' }],
    ['(Photo by Max Muster / Stadtbote)', { text: '', credit: 'Max Muster / Stadtbote' }],
    ['Die Brücke am Abend (Foto von Max Muster)', { text: 'Die Brücke am Abend', credit: 'Max Muster' }],
    ['Die Feuerwehr im Einsatz. Max Muster/dpa', { text: 'Die Feuerwehr im Einsatz.', credit: 'Max Muster/dpa' }],
    ['Die Brücke am Abend', { text: 'Die Brücke am Abend' }],
    ['Das Foto des Jahres zeigt die Brücke', { text: 'Das Foto des Jahres zeigt die Brücke' }],
  ])('should split %j', (caption, expected) => {
    expect(splitCredit(caption)).toEqual(expected);
  });
});

describe('extractCaptions', () => {
  const body = (html: string) => new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!;

  it('should keep a caption that repeats the alt text once, without the alt', () => {
    const root = body('<figure><img src="https://fakehost/a.jpg" alt="Die Brücke (Foto: krz)"><figcaption>Die Brücke (Foto: krz)</figcaption></figure>');

    expect(extractCaptions(root)).toEqual([{ text: 'Die Brücke', credit: 'krz', imageUrl: 'https://fakehost/a.jpg' }]);
  });

  it('should keep a different alt text beside the caption', () => {
    const root = body('<figure><img src="https://fakehost/a.jpg" alt="Stahlbrücke über einen Fluss"><figcaption>Die Werrebrücke</figcaption></figure>');

    expect(extractCaptions(root)).toEqual([{ text: 'Die Werrebrücke', imageUrl: 'https://fakehost/a.jpg', alt: 'Stahlbrücke über einen Fluss' }]);
  });

  it('should fill a missing credit from the JSON-LD ImageObject of the same picture', () => {
    const root = body('<figure><img src="https://fakehost/uploads/bruecke-1024x768.jpg"><figcaption>Die Brücke</figcaption></figure>');

    const actual = extractCaptions(root, [{ url: 'https://fakehost/uploads/bruecke.jpg', credit: 'Stadt Lemgo' }]);

    expect(actual).toEqual([{ text: 'Die Brücke', credit: 'Stadt Lemgo', imageUrl: 'https://fakehost/uploads/bruecke-1024x768.jpg' }]);
  });

  it('should add the caption of a declared picture the body does not show', () => {
    const actual = extractCaptions(body('<p>Text</p>'), [{ url: 'https://fakehost/lead.jpg', caption: 'Der Marktplatz', credit: 'Anna Beispiel' }]);

    expect(actual).toEqual([{ text: 'Der Marktplatz', credit: 'Anna Beispiel', imageUrl: 'https://fakehost/lead.jpg' }]);
  });
});
