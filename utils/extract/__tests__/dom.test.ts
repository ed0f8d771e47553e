import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_BODY_SELECTORS, BYLINE_SELECTORS, DATE_SELECTORS, LEAD_SELECTORS } from '../article-markup';
import { compileSelectors, findAll } from '../dom';

/** Elements of every kind the selector lists name, in the places they name them. */
const PAGE = `<html><body>
  <header class="site"><h1 class="headline">Rat beschließt</h1><span class="lead">Vorspann</span></header>
  <main id="article-body"><article itemprop="articleBody" class="post  entry-content
    extra"><p>Text</p><p class="intro">Intro</p>
    <div class="vcard"><span><b class="fn">Anna Beispiel</b></span></div><b class="fn">Outside?</b>
    <time datetime="2026-11-27">27.11.</time><time pubdate>heute</time><time>ohne</time>
    <a rel="author" href="/a">Ben</a><a rel="nofollow" href="/b">Link</a>
    <figure class="wp-block-image"><img src="a.jpg"></figure><div class="wp-block-image"><img src="b.jpg"></div>
    <div itemtype="https://schema.org/ImageObject"><img itemtype="https://schema.org/ImageObject"></div>
    <span class="date published">heute</span><span class="dated">nicht</span><p id="articleBody">x</p>
  </article></main>
  <div class="fn">no vcard</div><svg class="date"><text>svg</text></svg>
</body></html>`;

const LISTS: Record<string, readonly string[]> = {
  body: ARTICLE_BODY_SELECTORS,
  lead: LEAD_SELECTORS,
  byline: BYLINE_SELECTORS,
  date: DATE_SELECTORS,
  mixed: ['h1', 'p', '.vcard .fn', 'main time', 'article [rel="author"]', '.wp-block-image:not(figure)', '[itemtype*="ImageObject"]:not(img)', '#articleBody'],
};

describe('compileSelectors', () => {
  it.each(Object.keys(LISTS))('should find what querySelectorAll finds for the %s selectors (jsdom)', (list) => {
    const doc = new JSDOM(PAGE).window.document;
    const selectors = LISTS[list]!;

    const found = findAll(doc, compileSelectors(selectors));

    expect(found).toEqual(Array.from(doc.querySelectorAll(selectors.join(', '))));
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(LISTS))('should find what querySelectorAll finds for the %s selectors (linkedom)', (list) => {
    const { document } = parseHTML(PAGE);
    const selectors = LISTS[list]!;

    const found = findAll(document, compileSelectors(selectors)).map((el) => el.outerHTML);

    expect(found).toEqual(Array.from(document.querySelectorAll(selectors.join(', '))).map((el) => el.outerHTML));
  });
});
