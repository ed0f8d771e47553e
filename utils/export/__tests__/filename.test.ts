import { describe, expect, it } from 'vitest';
import { clippingFileStem, createNameAllocator, safeFileStem } from '../filename';
import { hostileClippings, makeClipping } from '@/tests/support/export-fixtures';

describe('safeFileStem', () => {
  it.each([
    ['Neue Werrebrücke eröffnet', 'Neue Werrebrücke eröffnet'],
    ['Stadtrat: "Ja" zu Plan A/B?', 'Stadtrat Ja zu Plan A B'],
    ['Tabs\tund\nZeilen\u0000', 'Tabs und Zeilen'],
    ['#Lemgo [Update] ^2 | Teil 1', 'Lemgo Update 2 Teil 1'],
    ['...versteckt', 'versteckt'],
    ['Ende mit Punkt.', 'Ende mit Punkt'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['', '_'],
    ['???', '_'],
  ])('should turn %j into %j', (input, expected) => {
    expect(safeFileStem(input)).toBe(expected);
  });

  it('should cut long text by characters without splitting an emoji', () => {
    const actual = safeFileStem(`${'a'.repeat(9)}🎉🎉`, 10);

    expect(actual).toBe(`${'a'.repeat(9)}🎉`);
  });

  it('should compose decomposed umlauts (macOS file names) into one form', () => {
    expect(safeFileStem('Bru\u0308cke')).toBe('Brücke');
  });
});

describe('clippingFileStem', () => {
  it('should name a note by day, outlet and headline', () => {
    expect(clippingFileStem(makeClipping(), 'Europe/Berlin')).toBe('2026-11-26 Werretal-Bote - Neue Werrebrücke eröffnet');
  });

  it('should fall back to the host and the clipping day', () => {
    expect(clippingFileStem(hostileClippings()[2]!, 'Europe/Berlin')).toBe('2026-11-21 news.example - Council backs “green” bonds 🌱');
  });

  it('should keep a hostile headline to safe characters and a portable length', () => {
    const actual = clippingFileStem(hostileClippings()[1]!, 'UTC');

    expect(actual).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001f]/);
    expect(Array.from(actual).length).toBeLessThanOrEqual(110);
    expect(actual.startsWith('2026-11-26 Lippische Landes-Zeitung - ---')).toBe(true);
  });
});

describe('createNameAllocator', () => {
  it('should number repeats, comparing as case-insensitive file systems do', () => {
    const allocate = createNameAllocator();

    const actual = ['Lemgo', 'lemgo', 'LEMGO', 'Detmold'].map((stem) => allocate(stem, 'md'));

    expect(actual).toEqual(['Lemgo.md', 'lemgo (2).md', 'LEMGO (3).md', 'Detmold.md']);
  });
});
