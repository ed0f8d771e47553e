import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ARTICLE_BODY_SELECTORS, BYLINE_SELECTORS, DATE_SELECTORS, LEAD_SELECTORS } from '../article-markup';
import { byTag, closestMatch, compileSelectors, findAll, findFirst, firstByTag, isAfter, isBlank, shortTextOf, textOf, usesNativeSelectors } from '../dom';

/** Elements of every kind the selector lists name, in the places they name them. */
const PAGE = `<html><body>
  <header class="site"><h1 class="headline">Rat beschließt</h1><span class="lead">Vorspann</span></header>
  <main id="article-body"><article itemprop="articleBody" class="post  entry-content
    extra"><p>Text</p><p class="intro">Intro</p>
    <div class="vcard"><span><b class="fn">Anna Beispiel</b></span></div><b class="fn">Outside?</b>
    <time datetime="2026-11-27">27.11.</time><time pubdate>heute</time><time>ohne</time>
    <a rel="author" href="/a">Ben</a><a rel="nofollow" href="/b">Link</a><a rel="Author" href="/c">Cleo</a>
    <figure class="wp-block-image"><img src="a.jpg"></figure><div class="wp-block-image"><img src="b.jpg"></div>
    <div itemtype="https://schema.org/ImageObject"><img itemtype="https://schema.org/ImageObject"></div>
    <span class="date published">heute</span><span class="dated">nicht</span><p id="articleBody">x</p>
  </article></main>
  <div class="fn">no vcard</div><svg class="date"><text>svg</text></svg>
  <h2 itemprop="name headline">Two words</h2><span itemprop="headline ">Trailing space</span><span itemprop="headlines">Longer word</span>
</body></html>`;

const LISTS: Record<string, readonly string[]> = {
  body: ARTICLE_BODY_SELECTORS,
  lead: LEAD_SELECTORS,
  byline: BYLINE_SELECTORS,
  date: DATE_SELECTORS,
  mixed: ['h1', 'p', '.vcard .fn', 'main time', 'article [rel="author"]', '.wp-block-image:not(figure)', '[itemtype*="ImageObject"]:not(img)', '#articleBody'],
  substrings: ['a[href*="/"]', '[itemtype^="https:"]', '[class*=""]', '[rel^=""]', 'main [rel^="AUTH"]'],
  words: ['[itemprop~="headline"]', 'article [rel~="author"]', '[class~="entry-content"]', '[class~=""]'],
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

/**
 * A jsdom document in standards mode whose `querySelectorAll` passes for a browser's own: a
 * bound function prints as native code. The searches then take the native branch, run by
 * jsdom's selector engine.
 */
function nativeLookingDocument(): Document {
  const doc = new JSDOM(`<!doctype html>${PAGE}`).window.document;
  Object.defineProperty(doc, 'querySelectorAll', { value: doc.querySelectorAll.bind(doc) });
  return doc;
}

describe('usesNativeSelectors', () => {
  it('should keep the walk for DOMs written in JavaScript (jsdom, linkedom)', () => {
    expect(usesNativeSelectors(new JSDOM(`<!doctype html>${PAGE}`).window.document)).toBe(false);
    expect(usesNativeSelectors(parseHTML(`<!doctype html>${PAGE}`).document)).toBe(false);
  });

  it('should use the native engine for a page in standards mode only', () => {
    const standards = nativeLookingDocument();
    const quirks = new JSDOM(PAGE).window.document;
    const built = standards.implementation.createHTMLDocument('');
    for (const doc of [quirks, built]) Object.defineProperty(doc, 'querySelectorAll', { value: doc.querySelectorAll.bind(doc) });

    expect(usesNativeSelectors(standards)).toBe(true);
    expect(usesNativeSelectors(standards.body.firstElementChild!)).toBe(true);
    expect(quirks.compatMode).toBe('BackCompat');
    expect(usesNativeSelectors(quirks)).toBe(false);
    expect(built.compatMode).toBe('CSS1Compat');
    expect(built.defaultView).toBeNull();
    expect(usesNativeSelectors(built)).toBe(false);
  });

  it.each(Object.keys(LISTS))('should find the same %s elements with either engine', (list) => {
    const walked = new JSDOM(`<!doctype html>${PAGE}`).window.document;
    const native = nativeLookingDocument();
    const match = compileSelectors(LISTS[list]!);
    const paths = (els: Element[]) => els.map((el) => el.outerHTML);
    const article = (doc: Document) => doc.querySelector('article')!;
    const fn = (doc: Document) => doc.querySelector('.vcard .fn')!;

    expect(paths(findAll(native, match))).toEqual(paths(findAll(walked, match)));
    expect(paths(findAll(article(native), match, 2))).toEqual(paths(findAll(article(walked), match, 2)));
    expect(findFirst(native, match)?.outerHTML).toBe(findFirst(walked, match)?.outerHTML);
    expect(closestMatch(fn(native), match)?.outerHTML).toBe(closestMatch(fn(walked), match)?.outerHTML);
  });
});

describe('shortTextOf', () => {
  const element = (html: string) => new JSDOM(`<div id="x">${html}</div>`).window.document.getElementById('x')!;

  it.each([
    ['a short text', '<p>Der  Rat\n tagt.</p>', 20],
    ['a text of exactly the limit', '<p>abcde</p>', 5],
    ['a text longer than the limit', '<p>abcdef</p>', 5],
    ['white space that folds below the limit', `<p>a${' \n\t'.repeat(500)}b</p>`, 3],
    ['a long text with runs of white space', `<p>${'Wort \u00a0\u200b '.repeat(200)}</p>`, 300],
    ['nothing but white space', '<p> \u00a0 </p>', 10],
  ])('should agree with textOf for %s', (_case, html, max) => {
    const el = element(html);
    const full = textOf(el);

    expect(shortTextOf(el, max)).toBe(full.length <= max ? full : null);
  });

  it('should read each <br> as the line break it is given, and count it against the limit', () => {
    const el = element('<p>Von Anna Beispiel<br>Lemgo<br/></p>');

    expect(shortTextOf(el, 40, ' | ')).toBe('Von Anna Beispiel | Lemgo |');
    expect(shortTextOf(el, 22, ' | ')).toBeNull();
    expect(shortTextOf(el, 40)).toBe('Von Anna BeispielLemgo');
  });
});

describe('isBlank', () => {
  it.each([
    ['<p> \n\u00a0\u200b </p>', true],
    ['<p><img src="a.jpg"></p>', true],
    ['<p> <b>x</b> </p>', false],
    ['<div><div> </div><div><span> <!-- x --> </span></div></div><p> </p>', true],
    ['<div><div> </div><div><span> </span></div></div><p><i> y</i></p>', false],
    ['<section><div><div></div></div></section> <em>z</em>', false],
  ])('should say whether %s folds to no text', (html, blank) => {
    const el = new JSDOM(`<div id="x">${html}</div>`).window.document.getElementById('x')!;

    expect(isBlank(el)).toBe(blank);
    expect(textOf(el) === '').toBe(blank);
  });
});

describe('findAll, findFirst, closestMatch, byTag', () => {
  const doc = () => new JSDOM(PAGE).window.document;

  it('should stop at the limit, keeping document order', () => {
    const page = doc();
    const isP = compileSelectors(['p', 'span']);

    expect(findAll(page, isP, 3)).toEqual(Array.from(page.querySelectorAll('p, span')).slice(0, 3));
    expect(findFirst(page, isP)).toBe(page.querySelector('p, span'));
  });

  it('should search only under the root', () => {
    const page = doc();
    const header = page.querySelector('header')!;

    expect(findAll(header, compileSelectors(['span']))).toEqual(Array.from(header.querySelectorAll('span')));
    expect(findFirst(header, compileSelectors(['time']))).toBeNull();
  });

  it('should find the element itself or its nearest matching ancestor, as closest does', () => {
    const page = doc();
    const fn = page.querySelector('.vcard .fn')!;

    expect(closestMatch(fn, compileSelectors(['div', 'article']))).toBe(fn.closest('div, article'));
    expect(closestMatch(fn, compileSelectors(['b']))).toBe(fn);
    expect(closestMatch(fn, compileSelectors(['nav']))).toBeNull();
  });

  it('should list elements by tag as a static copy, unchanged by later removals', () => {
    const page = doc();
    const paragraphs = byTag(page.body, 'p');

    expect(paragraphs).toEqual(Array.from(page.body.querySelectorAll('p')));
    paragraphs[0]!.remove();
    expect(paragraphs).toHaveLength(3);
    expect(firstByTag(page.body, 'p')).toBe(paragraphs[1]);
    expect(firstByTag(page.body, 'table')).toBeNull();
  });
});

describe('isAfter', () => {
  const html = '<html><body><div id="a"><p id="a1">eins</p></div><div id="b"><p id="b1">zwei</p></div></body></html>';

  it.each([
    ['jsdom', () => new JSDOM(html).window.document],
    ['linkedom', () => parseHTML(html).document as unknown as Document],
  ] as const)('should tell document order as a browser does (%s)', (_name, makeDocument) => {
    const doc = makeDocument();
    const el = (id: string) => doc.getElementById(id)!;

    expect([isAfter(el('b'), el('a')), isAfter(el('a'), el('b'))]).toEqual([true, false]);
    // Nodes that are not siblings: linkedom's own compareDocumentPosition gets these wrong.
    expect([isAfter(el('b1'), el('a1')), isAfter(el('a1'), el('b1'))]).toEqual([true, false]);
    expect([isAfter(el('a1'), el('b')), isAfter(el('b'), el('a1'))]).toEqual([false, true]);
    // Inside counts as after, holding as before; a node is not after itself.
    expect([isAfter(el('a1'), el('a')), isAfter(el('a'), el('a1')), isAfter(el('a'), el('a'))]).toEqual([true, false, false]);
  });
});
