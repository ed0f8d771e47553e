import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { clippingSchema, collectionSchema } from '@/utils/import/schema';
import { BENCH_COLLECTIONS, generateClipping, generateClippings, generateLibrary, generateParagraphs } from '../generated-library';

describe('generated library', () => {
  const clippings = generateClippings(2_000);

  it('should make clipping i the same record whatever batch it is made in', () => {
    const expected = clippings.slice(1_200, 1_210);

    const actual = generateClippings(10, { start: 1_200 });

    expect(actual).toEqual(expected);
    expect(generateClipping(1_205)).toEqual(expected[5]);
  });

  it('should make records and collections a backup restores, with unique ids', () => {
    for (const clipping of clippings) expect(v.safeParse(clippingSchema, clipping).issues, clipping.id).toBeUndefined();
    for (const collection of BENCH_COLLECTIONS) expect(v.safeParse(collectionSchema, collection).success).toBe(true);
    expect(new Set(clippings.map((c) => c.id)).size).toBe(clippings.length);
    expect(new Set(clippings.map((c) => c.urlKey)).size).toBe(clippings.length);
  });

  it('should spread clippings like a press library: two languages, many outlets, skewed tags, a few selections and links', () => {
    const outlets = new Set(clippings.map((c) => c.siteName));
    const tagCounts = new Map<string, number>();
    for (const tag of clippings.flatMap((c) => c.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const byUse = [...tagCounts.values()].sort((a, b) => b - a);
    const kinds = new Set(clippings.map((c) => c.kind));

    expect(outlets.size).toBeGreaterThan(40);
    expect(new Set(clippings.map((c) => c.lang))).toEqual(new Set(['de-DE', 'en-GB']));
    expect(byUse[0]).toBeGreaterThan(20 * byUse[Math.floor(byUse.length / 2)]!);
    expect(kinds).toEqual(new Set(['article', 'selection', 'link']));
    expect(clippings.filter((c) => c.kind === 'link').every((c) => c.contentHtml === '' && c.text === '' && c.wordCount === 0)).toBe(true);
    expect(clippings.some((c) => c.contentHtml.includes('<a href=') && c.contentHtml.includes('<figcaption>'))).toBe(true);
  });

  it('should give publication times the offset of the outlet zone, summer time included', () => {
    const german = clippings.filter((c) => c.lang === 'de-DE').map((c) => c.publishedTime!);
    const english = clippings.filter((c) => c.lang === 'en-GB').map((c) => c.publishedTime!);

    expect(new Set(german.map((t) => t.slice(19)))).toEqual(new Set(['+01:00', '+02:00']));
    expect(new Set(english.map((t) => t.slice(19)))).toEqual(new Set(['+00:00', '+01:00']));
    for (const time of german.filter((t) => t.startsWith('2026-07'))) expect(time.endsWith('+02:00')).toBe(true);
    for (const time of german.filter((t) => t.startsWith('2026-01'))) expect(time.endsWith('+01:00')).toBe(true);
  });

  it('should limit a library to the collections asked for', () => {
    const { collections, clippings: inInbox } = generateLibrary(50, { collectionIds: ['inbox'] });

    expect(collections.map((c) => c.id)).toEqual(['inbox']);
    expect(new Set(inInbox.map((c) => c.collectionId))).toEqual(new Set(['inbox']));
  });

  it('should write about as many words of page text as asked for', () => {
    const words = generateParagraphs(5_000, { lang: 'de' }).join(' ').split(' ').length;

    expect(words).toBeGreaterThanOrEqual(5_000);
    expect(words).toBeLessThan(5_200);
  });
});
