import { describe, expect, it } from 'vitest';
import { clippingTerms, foldText, parseSearchQuery, termsOf } from '@/utils/search';
import { makeDraft } from '@/tests/support/clippings';

describe('foldText', () => {
  it.each([
    ['Brücke', 'bruecke'],
    ['BRÜCKE', 'bruecke'],
    ['Straße', 'strasse'],
    ['Öffentlichkeit', 'oeffentlichkeit'],
    ['Café Élysée', 'cafe elysee'],
    ['Zoë', 'zoe'],
  ])('should fold %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('termsOf', () => {
  it('should keep distinct words of two or more characters and drop stop words', () => {
    const actual = [...termsOf('Der Rat der Stadt beschließt: B 239 wird für 2,5 Mio. Euro saniert – the council and a plan.')];

    expect(actual).toEqual(['rat', 'stadt', 'beschliesst', '239', 'mio', 'euro', 'saniert', 'council', 'plan']);
  });

  it('should split hyphenated compounds and keep digits inside words', () => {
    expect([...termsOf('Werre-Brücke, A2-Ausbau, COVID19')]).toEqual(['werre', 'bruecke', 'a2', 'ausbau', 'covid19']);
  });
});

describe('clippingTerms', () => {
  it('should cover headline, body, captions with credits, note, people and outlet', () => {
    const clipping = makeDraft({
      title: 'Neue Werrebrücke',
      text: 'Die Brücke ist frei.',
      captions: [{ text: 'Blick vom Ufer', credit: 'Stadt Altenbruch' }],
      note: 'Für den Monatsbericht',
      authors: ['Jana Köster'],
      agencies: ['dpa'],
      siteName: 'Werretal-Bote',
      section: 'Lokales',
    });

    const actual = clippingTerms(clipping);

    for (const expected of ['werrebruecke', 'bruecke', 'frei', 'blick', 'ufer', 'altenbruch', 'monatsbericht', 'koester', 'dpa', 'werretal', 'bote', 'lokales']) {
      expect(actual, expected).toContain(expected);
    }
    expect(actual).toEqual([...actual].sort());
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['Brücke', ['bruecke']],
    ['  stadt  STADTRAT ', ['stadtrat']],
    ['Haushalt Stadtwerke', ['haushalt', 'stadtwerke']],
    ['der die das', []],
    ['a', []],
    ['', []],
  ])('should turn %j into %j', (query, expected) => {
    expect(parseSearchQuery(query)).toEqual(expected);
  });
});
