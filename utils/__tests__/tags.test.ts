import { describe, expect, it } from 'vitest';
import { normalizeTags, parseTagInput } from '@/utils/tags';

describe('normalizeTags', () => {
  it.each([
    [['Lemgo', 'lemgo', ' LEMGO '], ['Lemgo']],
    [['  Stadt   rat ', ''], ['Stadt rat']],
    [['Straße', 'STRASSE'], ['Straße', 'STRASSE']],
    [['Über', 'über'], ['Über']],
    [[], []],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normalizeTags(input)).toEqual(expected);
  });
});

describe('parseTagInput', () => {
  it('should split on commas and semicolons', () => {
    expect(parseTagInput('Lemgo, Stadtrat; Haushalt,,')).toEqual(['Lemgo', 'Stadtrat', 'Haushalt']);
  });
});
