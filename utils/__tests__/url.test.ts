import { describe, expect, it } from 'vitest';
import { articleKey } from '@/utils/url';

describe('articleKey', () => {
  it.each([
    ['https://www.lz.de/lokal/lemgo/artikel.html', undefined, 'lz.de/lokal/lemgo/artikel.html'],
    ['https://www.lz.de/lokal/artikel.html?utm_source=newsletter&utm_medium=email#kommentare', undefined, 'lz.de/lokal/artikel.html'],
    ['https://lz.de/lokal/artikel/?fbclid=abc', undefined, 'lz.de/lokal/artikel'],
    ['HTTPS://WWW.LZ.DE/Lokal/Artikel.html', undefined, 'lz.de/Lokal/Artikel.html'],
    ['https://www.lz.de/artikel?id=42&utm_campaign=x', undefined, 'lz.de/artikel?id=42'],
    ['https://www.lz.de/artikel?b=2&a=1', undefined, 'lz.de/artikel?a=1&b=2'],
    ['https://m.lz.de/amp/artikel.html', 'https://www.lz.de/artikel.html', 'lz.de/artikel.html'],
    ['https://www.lz.de/', undefined, 'lz.de'],
    ['not a url', undefined, 'not a url'],
  ])('should key %s (canonical %s) as %s', (url, canonical, expected) => {
    expect(articleKey(url, canonical)).toBe(expected);
  });
});
