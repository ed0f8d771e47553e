/**
 * Runs the extractor on every fixture page (../__fixtures__/pages/<slug>/source.html) and
 * compares with the reviewed expected files. Expected files are written by `vitest -u` and
 * reviewed in the diff; in CI vitest does not write snapshots, so a missing file fails.
 */
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import { formatHtml, loadFixtures } from './fixtures';

const fixtures = loadFixtures();
const articles = fixtures.filter((f) => !f.expect);
const nonArticles = fixtures.filter((f) => f.expect);

function inJsdom(source: string, url: string): Document {
  return new JSDOM(source, { url }).window.document;
}

describe('fixture pages', () => {
  it('should have at least 40 fixtures, articles and non-articles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(nonArticles.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(articles)('$slug', (fixture) => {
    const doc = inJsdom(fixture.source, fixture.url);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, { url: fixture.url });

    it('should extract an article', () => {
      expect(result.ok ? 'ok' : result.reason).toBe('ok');
    });

    it('should extract the expected body', async () => {
      if (!result.ok) throw new Error(`not extracted: ${result.reason}`);
      await expect(formatHtml(result.article.contentHtml)).toMatchFileSnapshot(join(fixture.dir, 'expected.html'));
    });

    it('should extract the expected metadata and captions', async () => {
      if (!result.ok) throw new Error(`not extracted: ${result.reason}`);
      const { contentHtml: _html, text: _text, ...metadata } = result.article;
      await expect(`${JSON.stringify(metadata, null, 2)}\n`).toMatchFileSnapshot(join(fixture.dir, 'expected-metadata.json'));
    });

    it('should leave the page untouched', () => {
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('should find the same article on linkedom', () => {
      const other = extractArticle(parseHTML(fixture.source).document as unknown as Document, { url: fixture.url });
      if (!result.ok || !other.ok) throw new Error('not extracted');
      expect(other.article.title).toBe(result.article.title);
      expect(other.article.authors).toEqual(result.article.authors);
      expect(other.article.publishedTime).toBe(result.article.publishedTime);
      expect(other.article.text).toBe(result.article.text);
    });
  });

  describe.each(nonArticles)('$slug', (fixture) => {
    it(`should report ${fixture.expect}`, () => {
      const result = extractArticle(inJsdom(fixture.source, fixture.url), { url: fixture.url });

      expect(result.ok ? 'ok' : result.reason).toBe(fixture.expect);
    });

    it('should report the same on linkedom', () => {
      const result = extractArticle(parseHTML(fixture.source).document as unknown as Document, { url: fixture.url });

      expect(result.ok ? 'ok' : result.reason).toBe(fixture.expect);
    });
  });
});
