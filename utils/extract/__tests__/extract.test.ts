import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../index';
import type { ExtractedArticle } from '../types';

const DEMO_URL = 'http://127.0.0.1:8080/lokales/werrebruecke.html';
const demoHtml = readFileSync(new URL('../../../demo/index.html', import.meta.url), 'utf8');

function jsdomDocument(html: string, url = DEMO_URL): Document {
  return new JSDOM(html, { url }).window.document;
}

/** The article extracted from `html` served at `url`; fails the test when none is found. */
function articleAt(html: string, url: string): ExtractedArticle {
  const result = extractArticle(jsdomDocument(html, url), { url });
  if (!result.ok) throw new Error(`not extracted: ${result.reason}`);
  return result.article;
}

function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('extractArticle on the demo article', () => {
  const cases = [
    ['jsdom', () => jsdomDocument(demoHtml)],
    ['linkedom', () => linkedomDocument(demoHtml)],
  ] as const;

  it.each(cases)('should find the metadata a coverage report needs (%s)', (_name, makeDocument) => {
    const result = extractArticle(makeDocument(), { url: DEMO_URL });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch');
    expect(article.authors).toEqual(['Jana Köster']);
    expect(article.siteName).toBe('Werretal-Bote');
    expect(article.publishedTime).toBe('2026-11-26T14:30:00+01:00');
    expect(article.lang).toBe('de-DE');
    expect(article.section).toBe('Lokales');
    expect(article.canonicalUrl).toBe('https://www.werretal-bote.example/lokales/altenbruch/neue-werrebruecke-eroeffnet/');
    expect(article.url).toBe(DEMO_URL);
    expect(article.isPartial).toBe(false);
  });

  it.each(cases)('should keep the article and drop what surrounds it (%s)', (_name, makeDocument) => {
    const result = extractArticle(makeDocument(), { url: DEMO_URL });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);
    const { text, contentHtml } = result.article;

    expect(text).toContain('Nach zwei Jahren Bauzeit ist die neue Fuß- und Radwegbrücke');
    expect(text).toContain('Kosten höher als geplant');
    expect(text).toContain('Die offizielle Einweihung mit dem Landesverkehrsminister ist für Januar geplant.');
    expect(contentHtml).toContain('<blockquote>');
    expect(contentHtml).toMatch(/<li>Der Radweg entlang der Uferstraße/);
    for (const boilerplate of [
      'Schreibe einen Kommentar',
      'Deine E-Mail-Adresse wird nicht veröffentlicht',
      'Akismet',
      'Veröffentlicht von',
      'berichtet seit 2019',
      'Das könnte Sie auch interessieren',
      'Startseite',
      'Impressum',
      'Teilen mit',
      'Wir verwenden Cookies',
    ]) {
      expect(text, boilerplate).not.toContain(boilerplate);
    }
  });

  it.each(cases)('should keep the photo caption once, with its credit split off (%s)', (_name, makeDocument) => {
    const result = extractArticle(makeDocument(), { url: DEMO_URL });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.captions).toEqual([
      {
        text: 'Bürgermeisterin Petra Kämper (Mitte) und Bauamtsleiter Jonas Ude durchschneiden das Band an der neuen Werrebrücke.',
        credit: 'Stadt Altenbruch',
        imageUrl: 'http://127.0.0.1:8080/lokales/images/werrebruecke.jpg',
      },
    ]);
    expect(result.article.contentHtml).toMatch(/<figure[^>]*>\s*<img[^>]+src="http:\/\/127\.0\.0\.1:8080\/lokales\/images\/werrebruecke\.jpg"[\s\S]*<figcaption/);
    expect(result.article.contentHtml.match(/<figcaption>[^<]*durchschneiden das Band/g)).toHaveLength(1);
    expect(result.article.text).not.toContain('durchschneiden das Band');
  });

  it('should count words of the body text', () => {
    const result = extractArticle(jsdomDocument(demoHtml));
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.wordCount).toBeGreaterThan(300);
    expect(result.article.wordCount).toBeLessThan(360);
  });

  it('should leave the page document untouched', () => {
    const doc = jsdomDocument(demoHtml);
    const before = doc.documentElement.outerHTML;

    extractArticle(doc);

    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('should give the language the page declares', () => {
    expect(articleAt(demoHtml, DEMO_URL).lang).toBe('de-DE');
  });

  // The demo declares its language three times: in <html lang>, og:locale and JSON-LD.
  const undeclared = demoHtml.replace(' lang="de-DE"', '').replace(/<meta property="og:locale"[^>]*>/, '').replace(/"inLanguage": "de-DE",/, '');

  it('should read the language from the text when the page declares none', () => {
    expect(undeclared).not.toMatch(/de[-_]DE/);
    expect(articleAt(undeclared, DEMO_URL).lang).toBe('de');
  });

  it('should read the language from the text when the page declares only the template default English', () => {
    expect(articleAt(undeclared.replace('<html', '<html lang="en-US"'), DEMO_URL).lang).toBe('de');
  });
});

describe('extractArticle on pages without an article', () => {
  it.each([
    ['an empty page', '<html><head><title>Leer</title></head><body></body></html>'],
    ['a navigation page', `<html><head><title>Übersicht</title></head><body><nav><ul>${'<li><a href="/x">Lokales</a></li>'.repeat(30)}</ul></nav></body></html>`],
    ['a cookie wall', '<html><head><title>Zustimmung</title></head><body><div class="consent"><p>Wir brauchen Ihre Zustimmung.</p><button>Akzeptieren</button></div></body></html>'],
  ])('should report %s as not an article', (_name, html) => {
    const result = extractArticle(jsdomDocument(html));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['not-an-article', 'empty-body']).toContain(result.reason);
  });

  it('should report a page over the element cap as too large instead of working on it', () => {
    const html = `<html><body><article>${'<p>Absatz mit etwas Text darin.</p>'.repeat(500)}</article></body></html>`;

    const result = extractArticle(jsdomDocument(html), { maxElements: 100 });

    expect(result).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('extractArticle sanitizes the body', () => {
  const hostile = `<html><head><title>T</title></head><body><article>
    <h1>Überschrift</h1>
    ${'<p>Ein ganz normaler Absatz mit genug Text, damit Readability ihn als Artikel erkennt und behält.</p>'.repeat(6)}
    <p>Klick <a href="JaVaScRiPt:alert(1)">hier</a> <a href=" javascript:alert(2)">dort</a> <img src="x" onerror="alert(3)"> <a href="https://example.org/ok" onclick="alert(4)">ok</a></p>
    <svg><script>alert(5)</script></svg><iframe srcdoc="<script>alert(6)</script>"></iframe><style>body{background:url(https://evil.example/x)}</style>
  </article></body></html>`;

  it.each([
    ['jsdom', () => jsdomDocument(hostile)],
    ['linkedom', () => linkedomDocument(hostile)],
  ] as const)('should remove scripts, handlers and javascript: links (%s)', (_name, makeDocument) => {
    const result = extractArticle(makeDocument(), { url: 'https://example.org/a' });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);
    const html = result.article.contentHtml;

    expect(html).not.toMatch(/javascript:|onerror|onclick|<script|<iframe|srcdoc|<style|<svg/i);
    expect(html).toContain('href="https://example.org/ok"');
    expect(html).toContain('Ein ganz normaler Absatz');
  });
});

describe('extractArticle reads a signature at the end of the body', () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Der Gemeinderat von Wendenau hat in seiner ${i + 1}. Sitzung über den neuen Radweg an der Kreisstraße beraten und die Pläne der Verwaltung ausführlich diskutiert.</p>`).join('');
  const page = (signature: string, head = '') =>
    `<!doctype html><html lang="de"><head><title>Radweg kommt</title>${head}</head><body><article><h1>Radweg kommt</h1>${paragraphs}<p>${signature}</p></article></body></html>`;

  it.each([
    ['<b><i>Merle Ostrau</i></b>', ['Merle Ostrau']],
    ['Tilo Brandner (tb)', ['Tilo Brandner']],
    ['Viel Spaß beim Radeln!', []],
    ['Merle Ostrau', []],
    ['Komplettes Ergebnis', []],
  ])('should read the signature %j as the writer only when it is set apart as one', (signature, expected) => {
    const result = extractArticle(jsdomDocument(page(signature)), { url: 'https://example.org/a' });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.authors).toEqual(expected);
  });

  it('should not replace a byline the page declares', () => {
    const result = extractArticle(jsdomDocument(page('<b>Merle Ostrau</b>', '<meta name="author" content="Jonas Feld">')), { url: 'https://example.org/a' });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.authors).toEqual(['Jonas Feld']);
  });
});

describe('extractArticle keeps a caption printed beside its picture', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Die Skispringerinnen aus dem Sauerland haben im ${i + 1}. Durchgang des Weltcups in Willingen überzeugt und sich für das Finale am Sonntag qualifiziert.</p>`).join('');
  const page = `<!doctype html><html lang="de"><head><title>Weltcup in Willingen</title></head><body><article><h1>Weltcup in Willingen</h1>${paragraphs}<div class="img-inline"><a href="/bilder/schanze.jpg"><img src="/bilder/schanze-klein.jpg"></a></div><p class="imagedescription">Die Mühlenkopfschanze am Samstag. © AFP / Lena Sprung</p>${paragraphs}</article></body></html>`;

  it.each([
    ['jsdom', () => jsdomDocument(page, 'https://example.org/sport/weltcup')],
    ['linkedom', () => linkedomDocument(page)],
  ] as const)('should take it as the picture caption with its credit, not as body text (%s)', (_name, makeDocument) => {
    const result = extractArticle(makeDocument(), { url: 'https://example.org/sport/weltcup' });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.captions).toEqual([expect.objectContaining({ text: 'Die Mühlenkopfschanze am Samstag.', credit: 'AFP / Lena Sprung', imageUrl: 'https://example.org/bilder/schanze-klein.jpg' })]);
    expect(result.article.text).not.toContain('Mühlenkopfschanze');
    expect(result.article.contentHtml).toMatch(/<figure>.*<img[^>]*schanze-klein\.jpg.*<figcaption>.*Mühlenkopfschanze.*<\/figcaption>.*<\/figure>/s);
  });
});

describe('extractArticle reads a caption its class names as the picture\'s title', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Beim ${i + 1}. Bürgerdialog zur Innenstadt sprachen sich die meisten Anwesenden für mehr Grün und weniger Parkplätze am Marktplatz von Wendenau aus.</p>`).join('');
  const page = (caption: string) =>
    `<!doctype html><html lang="de"><head><title>Bürgerdialog</title></head><body><article><h1>Bürgerdialog</h1><div class="main-image"><div class="image-slide"><div class="image-wrapper"><img src="https://example.org/markt.jpg" alt=""></div></div>${caption}</div>${paragraphs}</article></body></html>`;

  it.each([
    ['BEM', '<div class="main-image__title">Der Marktplatz am Abend</div>'],
    ['hyphen', '<p class="image-title">Der Marktplatz am Abend</p>'],
  ])('should take it as the caption, not as text (%s)', (_case, caption) => {
    const article = articleAt(page(caption), 'https://example.org/dialog');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Marktplatz am Abend', imageUrl: 'https://example.org/markt.jpg' })]);
    expect(article.text).not.toContain('Der Marktplatz am Abend');
  });

  it('should take it as the caption of a picture drawn as a preview and an empty image a script fills in', () => {
    const blurUp = page('<div class="main-image__title">Der Marktplatz am Abend. Foto: Stadt Wendenau</div>').replace(
      '<img src="https://example.org/markt.jpg" alt="">',
      '<img src="https://example.org/markt-64.jpg" alt="Der Marktplatz am Abend" class="preview"> <img alt="Der Marktplatz am Abend" class="full">',
    );
    const article = articleAt(blurUp, 'https://example.org/dialog');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Marktplatz am Abend.', credit: 'Stadt Wendenau', imageUrl: 'https://example.org/markt-64.jpg' })]);
    expect(article.text).not.toContain('Foto: Stadt Wendenau');
  });
});

describe('extractArticle keeps a <picture> whose address is only in its sources', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Beim ${i + 1}. Bürgerdialog zur Innenstadt sprachen sich die meisten Anwesenden für mehr Grün und weniger Parkplätze am Marktplatz von Wendenau aus.</p>`).join('');
  const page = (attribute: string) =>
    `<!doctype html><html lang="de"><head><title>Bürgerdialog</title></head><body><article><h1>Bürgerdialog</h1><figure><picture><source ${attribute}="/bilder/markt-1200.jpg 1x, /bilder/markt-2400.jpg 2x" media="(min-width: 800px)"><source ${attribute}="/bilder/markt-600.jpg"><img alt="Der Marktplatz am Abend"></picture><figcaption>Der Marktplatz am Abend. Foto: Stadt Wendenau</figcaption></figure>${paragraphs}</article></body></html>`;

  it.each([
    ['srcset', 'srcset'],
    ['data-srcset, filled in by a script', 'data-srcset'],
  ])('should keep the picture of the first source with its caption (%s)', (_case, attribute) => {
    const article = articleAt(page(attribute), 'https://example.org/dialog');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Marktplatz am Abend.', credit: 'Stadt Wendenau', imageUrl: 'https://example.org/bilder/markt-2400.jpg' })]);
    expect(article.contentHtml).toMatch(/<figure>.*<img[^>]*markt-2400\.jpg.*<figcaption>/s);
  });
});

describe('extractArticle reads microdata captions', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Im ${i + 1}. Bauabschnitt wird die Werrebrücke in Altenbruch verbreitert, damit Rad- und Fußverkehr getrennt über den Fluss kommen.</p>`).join('');

  it('should take an itemprop listing "caption" for the caption of its picture', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Brücke</title></head><body><article><h1>Brücke</h1>${paragraphs}<div class="pic"><img src="https://example.org/bruecke.jpg" alt=""><p itemprop="caption ">Die Brücke am Abend, kurz nach der Eröffnung</p></div>${paragraphs}</article></body></html>`,
      'https://example.org/bruecke',
    );

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Die Brücke am Abend, kurz nach der Eröffnung', imageUrl: 'https://example.org/bruecke.jpg' })]);
    expect(article.text).not.toContain('Die Brücke am Abend');
  });

  it('should take a credit microdata marks as the copyright holder among other properties', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Brücke</title></head><body><article><h1>Brücke</h1>${paragraphs}<figure><img src="https://example.org/bruecke.jpg" alt=""><figcaption>Die Brücke am Abend</figcaption><span itemprop="copyrightHolder provider">Agentur Nord</span></figure>${paragraphs}</article></body></html>`,
      'https://example.org/bruecke',
    );

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Die Brücke am Abend', credit: 'Agentur Nord' })]);
    expect(article.text).not.toContain('Agentur Nord');
  });

  it("should keep a slideshow's slide texts, marked as caption and description, as the article's text", () => {
    const slides = Array.from({ length: 3 }, (_, i) => `<div class="slide"><img src="https://example.org/slide-${i + 1}.jpg" alt=""><p itemprop="caption description">Auf Bild ${i + 1} ist zu sehen, wie die Werrebrücke in Altenbruch Stück für Stück verbreitert wird, damit Rad- und Fußverkehr getrennt über den Fluss kommen.</p></div>`).join('');
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Brücke in Bildern</title></head><body><article><h1>Brücke in Bildern</h1>${slides}</article></body></html>`,
      'https://example.org/bruecke-bilder',
    );

    expect(article.captions).toEqual([]);
    for (const n of [1, 2, 3]) expect(article.text).toContain(`Auf Bild ${n} ist zu sehen`);
  });
});

describe('extractArticle reads the credit a picture declares in its attributes', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Der Kinostart in Wendenau lockte am ${i + 1}. Abend Hunderte Besucher in das renovierte Lichtspielhaus an der Hauptstraße, das nach zwei Jahren wieder öffnet.</p>`).join('');
  const page = (figure: string) =>
    `<!doctype html><html lang="de"><head><title>Kino öffnet wieder</title></head><body><article><h1>Kino öffnet wieder</h1>${figure}${paragraphs}</article></body></html>`;
  const picture = '<img src="https://example.org/kino.jpg" alt="Kinosaal" data-credit="Lena Sprung/Agentur Nord">';

  it.each([
    ['printed again as loose text in the figure', `<figure><div>${picture}<figcaption>Der neue Saal</figcaption></div><span class="description">Lena Sprung/Agentur Nord</span></figure>`],
    ['only in the attribute', `<figure>${picture}<figcaption>Der neue Saal</figcaption></figure>`],
  ])('should keep it with the caption when it is %s', (_case, figure) => {
    const article = articleAt(page(figure), 'https://example.org/kultur/kino');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der neue Saal', credit: 'Lena Sprung/Agentur Nord' })]);
    expect(article.text).not.toContain('Lena Sprung');
  });
});

describe('extractArticle keeps a caption whose markup is named like a byline', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Der Stadtrat von Wendenau hat in seiner ${i + 1}. Sitzung des Jahres über den Neubau der Grundschule am Mühlenweg beraten und die Pläne gebilligt.</p>`).join('');
  const page = (figure: string) =>
    `<!doctype html><html lang="de"><head><title>Neubau der Grundschule</title></head><body><article><h1>Neubau der Grundschule</h1><p>Die Pläne für die neue Grundschule liegen seit dem Sommer aus, nun hat der Rat entschieden.</p>${figure}${paragraphs}</article></body></html>`;
  const picture = '<div class="img"><img src="https://example.org/schule.jpg" width="960" height="720" alt="Schule"></div>';

  it.each([
    ['the caption block', `<figure>${picture}<div class="cutline-byline"><span class="cutline-text">Der Entwurf für den Neubau</span> <span class="credit">(Foto: Stadt Wendenau)</span></div></figure>`],
    ['the credit', `<figure>${picture}<figcaption>Der Entwurf für den Neubau <span class="byline-image">(Foto: Stadt Wendenau)</span></figcaption></figure>`],
    ['the credit, marked as its author', `<figure>${picture}<figcaption>Der Entwurf für den Neubau <span itemprop="author">Foto: Stadt Wendenau</span></figcaption></figure>`],
  ])('should keep caption and credit when %s is', (_case, figure) => {
    const article = articleAt(page(figure), 'https://example.org/schule');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Entwurf für den Neubau', credit: 'Stadt Wendenau' })]);
  });
});

describe('extractArticle keeps a dateline printed at the start of the first paragraph', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Der Stadtrat von Wendenau hat in seiner ${i + 1}. Sitzung des Jahres über den Neubau der Grundschule am Mühlenweg beraten und die Pläne gebilligt.</p>`).join('');

  it.each([
    ['a dateline', '<span class="dateline">LEMGO – </span>'],
    ['a dateline marked by id', '<strong id="article-dateline">LEMGO – </strong>'],
  ])('should keep %s in the text and read it as the dateline', (_case, dateline) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Neubau der Grundschule</title></head><body><article><h1>Neubau der Grundschule</h1><p>${dateline}Die Pläne für die neue Grundschule liegen seit dem Sommer aus, nun hat der Rat entschieden.</p>${paragraphs}</article></body></html>`,
      'https://example.org/schule',
    );

    expect(article.text.startsWith('LEMGO – Die Pläne für die neue Grundschule')).toBe(true);
    expect(article.dateline).toBe('Lemgo');
  });
});

describe('extractArticle keeps a lead printed in the article header', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Im ${i + 1}. Abschnitt des Berichts beschreibt die Stadtverwaltung von Wendenau, wie der Neubau der Grundschule am Mühlenweg, mit Turnhalle, Mensa und Hort, bis 2029 finanziert werden soll, und was er kostet.</p>`).join('');
  const lead = 'Die Stadt legt den Bericht zur neuen Grundschule vor, und der Rat will noch vor dem Sommer entscheiden.';

  it.each([
    ['a BEM element named "excerpt"', `<h2 class="article-single__excerpt">${lead}</h2>`],
    ['a BEM element named "intro" with a modifier', `<h2 class="story__intro--large">${lead}</h2>`],
  ])('should put the lead above the body when it is %s', (_case, leadBlock) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><div class="article-single"><h1>Bericht zur Grundschule</h1><figure><img src="https://example.org/schule.jpg" width="960" height="640" alt=""><figcaption>Die alte Schule. Foto: Stadt</figcaption></figure>${leadBlock}<div class="ad-container"><h3>Anzeige</h3></div><div id="articleBody" class="article-single__content">${paragraphs}</div></div></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  it.each([
    ['a block with a modifier', 'lead--lg'],
    ['an atom of a design system', 'a-lead'],
    ['a Spanish "bajada"', 'texto-bajada'],
    ['the text of an intro block', 'c-page-intro__copy'],
  ])('should take the lead from the article header when its class names %s', (_case, className) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><div class="entry-header"><h1>Bericht zur Grundschule</h1><p class="${className}">${lead}</p></div><div class="entry-text">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  describe('in a script other than Latin', () => {
    const russianParagraphs = Array.from({ length: 8 }, (_, i) => `<p>В ${i + 1}-м разделе доклада городская администрация описывает, как будет финансироваться строительство новой школы с спортзалом, столовой и продлёнкой до 2029 года и сколько оно стоит.</p>`).join('');
    const russianLead = 'Город представил доклад о новой школе, и совет хочет принять решение ещё до лета.';
    const page = (leadInBody: boolean) =>
      `<!doctype html><html lang="ru"><head><title>Доклад о школе</title></head><body><main><article><div class="entry-header"><h1>Доклад о школе</h1><p class="lead">${russianLead}</p></div><div class="entry-text">${leadInBody ? `<p>${russianLead}</p>` : ''}${russianParagraphs}</div></article></main></body></html>`;

    it('should put a Cyrillic lead above the body', () => {
      const article = articleAt(page(false), 'https://example.org/doklad');

      expect(article.text.split('\n')[0]).toBe(russianLead);
    });

    it('should not print a Cyrillic lead twice when the body opens with it', () => {
      const article = articleAt(page(true), 'https://example.org/doklad');

      expect(article.text.split(russianLead).length - 1).toBe(1);
    });
  });

  it.each([
    ['a comment', '<section class="comments"><div class="comment"><div class="comment-meta forum-chapo">Anna Leserin am 12. März 2026 um 12:57 Uhr: Ein sehr guter Bericht, danke dafür!</div></div></section>'],
    ['an excerpt after the body', '<ul class="more-links"><li><a href="/a">Kita</a> <a href="/b">Hort</a> <a href="/c">Turnhalle</a><div class="post__excerpt">Die Grundschule am Mühlenweg ist nicht die einzige, die in diesem Jahr erweitert werden soll.</div></li></ul>'],
    ["a field's type", '<div class="field field--type-text-with-summary">Anzeige: Unsere Seminare zum Schulrecht, jetzt anmelden und Plätze sichern!</div>'],
  ])('should not take %s for the lead', (_case, block) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><div class="entry-header"><h1>Bericht zur Grundschule</h1></div>${block.includes('type-text') ? block : ''}<div id="articleBody">${paragraphs}</div>${block.includes('type-text') ? '' : block}</article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toMatch(/^Im 1\. Abschnitt/);
  });

  it.each([
    ['"artikel-teaser"', 'artikel-teaser'],
    ['"teaser" with a modifier', 'teaser--large'],
  ])('should take the teaser printed under the headline for the lead when its class is %s', (_case, className) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><header class="kopfbereich"><h1>Bericht zur Grundschule</h1><div class="${className}"><p>${lead}</p></div><div class="article-info">von <a href="/autoren/anna" rel="author">Anna Beispiel</a></div></header><article><aside class="inhaltsverzeichnis"></aside><div class="article-content">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  it('should not take a teaser of another story after the body for the lead', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><header class="kopfbereich"><h1>Bericht zur Grundschule</h1><div class="article-info">von <a href="/autoren/anna" rel="author">Anna Beispiel</a></div></header><article><aside class="inhaltsverzeichnis"></aside><div class="article-content">${paragraphs}</div></article><div class="artikel-teaser"><p>Die Grundschule am Mühlenweg ist nicht die einzige, die in diesem Jahr erweitert werden soll.</p></div></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toMatch(/^Im 1\. Abschnitt/);
  });

  it.each([
    ['after the body', (card: string) => `<div class="entry-content">${paragraphs}</div><div class="media-list">${card}</div>`],
    ['in a box of related stories', (card: string) => `<div class="related-stories">${card}</div><div class="entry-content">${paragraphs}</div>`],
  ])('should not take a teaser card of another story %s for the lead, whatever its class says', (_case, layout) => {
    const card = '<div class="article-teaser"><h3>Kita Nord</h3><p>Die Grundschule am Mühlenweg ist nicht die einzige, die in diesem Jahr erweitert werden soll.</p></div>';
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><h1>Bericht zur Grundschule</h1>${layout(card)}</article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toMatch(/^Im 1\. Abschnitt/);
  });

  it('should keep the words of a lead beside its picture whole when its text is split into several nodes', () => {
    const doc = jsdomDocument(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><div class="entry-header"><h1>Bericht zur Grundschule</h1><div class="atc-Intro"><div class="atc-ImageDescription"><span>Die alte Schule am Mühlenweg.</span> <span>Bild: Stadt Wendenau</span></div></div></div><div id="articleBody">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );
    const split = lead.indexOf('Grundschule') + 5;
    doc.querySelector('.atc-Intro')!.append(lead.slice(0, split), doc.createComment(''), lead.slice(split));
    const result = extractArticle(doc, { url: 'https://example.org/bericht' });
    if (!result.ok) throw new Error(`not extracted: ${result.reason}`);

    expect(result.article.text.split('\n')[0]).toBe(lead);
  });

  it('should leave the text of a picture out of the lead that holds it', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><div class="entry-header"><h1>Bericht zur Grundschule</h1><div class="atc-Intro"><div class="atc-ImageDescription"><span>Die alte Schule am Mühlenweg.</span> <span>Bild: Stadt Wendenau</span></div><p class="atc-IntroText">${lead}</p></div></div><div id="articleBody">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  it.each([
    ['whole sentences', `<h2>${lead} Die Kosten trägt zum größten Teil das Land.</h2>`, true],
    ['a subtitle', '<h2>Neubau am Mühlenweg: Rat entscheidet vor dem Sommer</h2>', false],
    ['a long label without a full stop', '<h2>Grundschule am Mühlenweg, Turnhalle, Mensa, Hort, Schulhof, Fahrradständer, Parkplatz und Bushaltestelle im Überblick</h2>', false],
  ])('should take the first subheading after the headline for the lead when it is %s', (_case, heading, taken) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><div class="entry-header"><h1>Bericht zur Grundschule</h1>${heading}</div><div id="articleBody">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.startsWith('Im 1. Abschnitt')).toBe(!taken);
  });

  it.each([
    ['after an ad label', '<div class="code-block"><span class="adspot-title">Anzeige</span><script>window.slots = [];</script></div>', true],
    ['after a paragraph of text', '<div class="row"><p>Vorab: Die Sitzung des Rates beginnt am Donnerstag um 18 Uhr im großen Saal des Rathauses, Gäste sind willkommen.</p></div>', false],
  ])('should take a sentence heading that opens the body container, in a row of its own, for the lead %s', (_case, before, taken) => {
    const heading = `<h2>${lead} Die Kosten trägt zum größten Teil das Land.</h2>`;
    // A page builder's rows: row, column, wrapper, text block, wrapper, and only then the text.
    const row = (content: string) => `<div class="row"><div class="column"><div class="wrapper"><div class="text-column"><div class="wrapper">${content}</div></div></div></div></div>`;
    const rows = `${before}${row(heading)}${row(paragraphs)}`;
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article><header class="entry-header"><h1>Bericht zur Grundschule</h1></header><div class="td-post-content">${rows}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.startsWith(lead)).toBe(taken);
  });

  it('should take a lead in the <article> below a headline printed above it', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><header><h1>Bericht zur Grundschule</h1></header><div class="ad-container"><h3>Anzeige</h3></div><article><h2 class="article__summary">${lead}</h2><div class="ad-container"><h3>Anzeige</h3></div><div id="articleBody">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  it.each([
    ['the description the page declares', `<meta name="description" content="${lead}">`, true],
    ['a description cut short', `<meta property="og:description" content="${lead.slice(0, 85)} …">`, true],
    ['another description', '<meta name="description" content="Alles über Schulen, Kitas und Horte in Wendenau: Termine, Anmeldung und Ansprechpartner im Rathaus.">', false],
  ])('should take a block named for no role under the headline for the lead when it begins as %s', (_case, meta, taken) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title>${meta}</head><body><main><article><header><div class="intro"><h1 class="intro-headline">Bericht zur Grundschule</h1></div><p class="heading">${lead}</p><div class="author-line">von Lea Sommer</div></header><div class="article-wrapper">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.startsWith(lead)).toBe(taken);
  });

  it('should take the described lead from a wrapper that holds only it', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title><meta name="description" content="${lead}"></head><body><main><article><header><h1>Bericht zur Grundschule</h1><div class="standfirst-x"><p>${lead}</p></div><div class="author-line">von Lea Sommer</div></header><div class="article-wrapper">${paragraphs}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toBe(lead);
  });

  it('should not take the wrapper of a short body that begins as the description for a lead of its own', () => {
    const body = paragraphs.split('</p>').slice(0, 3).join('</p>') + '</p>';
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title><meta name="description" content="Zum Video ${lead}"></head><body><main><article><header><h1>Bericht zur Grundschule</h1></header><div class="post"><a href="#video">Zum Video</a> <p>${lead}</p>${body}</div></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split(lead).length - 1).toBe(1);
  });

  it("should not take the excerpt of a teaser card, another article, for the lead", () => {
    const card = `<article class="post-card"><h3 class="post-card__title"><a href="/anderer-bericht">Ein anderer Bericht</a></h3><div class="post-card__excerpt">${lead}</div></article>`;
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Bericht zur Grundschule</title></head><body><main><article class="post"><h1>Bericht zur Grundschule</h1><div id="articleBody">${paragraphs}</div><section class="related-posts">${card}</section></article></main></body></html>`,
      'https://example.org/bericht',
    );

    expect(article.text.split('\n')[0]).toMatch(/^Im 1\. Abschnitt/);
  });
});

describe('extractArticle keeps an opening picture apart from the lead', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Im Plenarsaal erinnerten am ${i + 1}. Gedenktag Vertreterinnen und Vertreter aller Verfassungsorgane an die Opfer und an die Verantwortung, die daraus folgt.</p>`).join('');
  const page = `<!doctype html><html lang="de"><head><title>Gedenken im Plenarsaal</title></head><body><article><h1>Gedenken im Plenarsaal</h1>
    <div class="intro"><span class="picture"><a href="/bilder/saal.html"><img src="https://example.org/bilder/saal.jpg" alt="Plenarsaal"></a><p class="image-annotation"><em class="caption" style="display: none">Der Plenarsaal vor der Gedenkstunde</em></p><p class="image-annotation"><em class="copyright">© Amt für Presse | Lena Sprung</em></p></span><p>Mit einer Schweigeminute begann am Donnerstag die Gedenkstunde, zu der auch Gäste aus dem Ausland angereist waren.</p></div>
    ${paragraphs}</article></body></html>`;

  it('should give the lead without the credit of the picture, and the credit to the picture', () => {
    const article = articleAt(page, 'https://example.org/gedenken');

    expect(article.text).toContain('Mit einer Schweigeminute begann');
    expect(article.text).not.toContain('Lena Sprung');
    expect(article.text).not.toContain('Der Plenarsaal vor der Gedenkstunde');
    expect(article.captions).toEqual([expect.objectContaining({ credit: 'Amt für Presse | Lena Sprung', imageUrl: 'https://example.org/bilder/saal.jpg' })]);
  });
});

describe('extractArticle reads a caption that only its credit marks', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Nach dem ${i + 1}. Schneefall der Woche sind Hausbesitzer in Wendenau verpflichtet, die Gehwege vor ihren Grundstücken bis sieben Uhr zu räumen.</p>`).join('');
  const page = `<!doctype html><html lang="de"><head><title>Räumpflicht</title></head><body><article><h1>Räumpflicht</h1>
    <div class="media"><div class="image-box"><img src="https://example.org/schnee.jpg" alt=""></div><small class="media-title"><span>Verschneiter Gehweg am Markt</span><span class="image-copyright">© Lena Sprung</span></small></div>
    ${paragraphs}</article></body></html>`;

  it('should take the block around the credit as the caption', () => {
    const article = articleAt(page, 'https://example.org/raeumpflicht');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Verschneiter Gehweg am Markt', credit: 'Lena Sprung' })]);
    expect(article.text).not.toContain('Verschneiter Gehweg');
  });
});

describe('extractArticle reads captions without markup of their own', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Der Sportverein Wendenau hat am ${i + 1}. Spieltag vor ausverkauftem Haus gewonnen und steht damit wieder an der Spitze der Tabelle der Landesliga.</p>`).join('');
  const page = (body: string) =>
    `<!doctype html><html lang="de"><head><title>Tabellenführer</title></head><body><article><h1>Tabellenführer</h1>${body}</article></body></html>`;

  it.each([
    ['text after the picture in its paragraph, ending with the credit', `${paragraphs}<p><img src="https://example.org/jubel.jpg" alt=""><br><i>Jubel nach dem Schlusspfiff. Foto: Lena Sprung</i></p>${paragraphs}`, 'Jubel nach dem Schlusspfiff.'],
    ['a credit whose class name is one word', `${paragraphs}<p><span class="media"><img src="https://example.org/jubel.jpg" alt="Jubel"><span class="ee-fotocredit">(Bild: Lena Sprung)</span></span></p>${paragraphs}`, ''],
    ['a block in the figure that says it is a credit', `${paragraphs}<figure><div class="image-container"><img src="https://example.org/jubel.jpg" alt=""><div class="description">© Lena Sprung</div></div></figure>${paragraphs}`, ''],
    [
      'a picture block beside the text block',
      `<div class="content"><div class="image"><img src="https://example.org/jubel.jpg" alt=""><div><p>Jubel nach dem Schlusspfiff.<br>Foto: Lena Sprung</p></div></div><div class="text">${paragraphs}${paragraphs}</div></div>`,
      'Jubel nach dem Schlusspfiff.',
    ],
  ])('should take %s as the caption', (_case, body, text) => {
    const article = articleAt(page(body), 'https://example.org/sport');

    expect(article.captions).toEqual([expect.objectContaining({ text, credit: 'Lena Sprung', imageUrl: 'https://example.org/jubel.jpg' })]);
    expect(article.text).not.toContain('Lena Sprung');
  });
});

describe('extractArticle keeps running text that follows an icon', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Die Zahl der Einsätze der Feuerwehr Wendenau ist im ${i + 1}. Quartal deutlich gestiegen, vor allem wegen der vielen Unwetter im Sommer.</p>`).join('');
  const page = `<!doctype html><html lang="de"><head><title>Mehr Einsätze</title></head><body><article><h1>Mehr Einsätze</h1>${paragraphs}<p><img src="https://example.org/info.png" width="16" height="16" alt=""> Im Vorjahr waren es 312 Einsätze. Foto: Feuerwehr</p>${paragraphs}</article></body></html>`;

  it('should not take a paragraph after a small icon for a caption', () => {
    const article = articleAt(page, 'https://example.org/feuerwehr');

    expect(article.text).toContain('Im Vorjahr waren es 312 Einsätze.');
    expect(article.captions).toEqual([]);
  });
});

describe('extractArticle on a page that has loaded the next stories below the article', () => {
  const story = (headline: string, topic: string, count: number) =>
    `<h1>${headline}</h1>` + Array.from({ length: count }, (_, i) => `<p>${topic} Im ${i + 1}. Abschnitt geht es um die Folgen für die Menschen in Wendenau und den Nachbarorten an der Werre.</p>`).join('');
  const page = (second: string) =>
    `<!doctype html><html lang="de"><head><title>Fahrzeugsegnung am Samstag</title></head><body><main><article id="story-1">${story('Fahrzeugsegnung am Samstag', 'Die Kapuziner segnen Autos, Räder und Busse.', 4)}</article>${second}</main></body></html>`;

  it('should clip the story of the headline, not a longer one loaded after it', () => {
    const article = articleAt(page(`<article id="story-2">${story('Haushalt beschlossen', 'Der Stadtrat hat den Haushalt für 2027 beschlossen.', 12)}</article>`), 'https://example.org/segnung');

    expect(article.title).toBe('Fahrzeugsegnung am Samstag');
    expect(article.text).toContain('Die Kapuziner segnen Autos');
    expect(article.text).not.toContain('Haushalt');
  });

  it('should keep a body printed in an <article> of its own without a headline', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Weiter im ${i + 1}. Absatz: Die Segnung beginnt um 6 Uhr auf der Avenida Perón und dauert bis in den Abend.</p>`).join('');
    const article = articleAt(page(`<article id="story-1-body">${body}</article>`), 'https://example.org/segnung');

    expect(article.text).toContain('Die Segnung beginnt um 6 Uhr');
  });
});

describe('extractArticle leaves out what only browsers without audio and video show', () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Im ${i + 1}. Teil des Interviews spricht die Bürgermeisterin von Wendenau über den Haushalt, die Schulen und die neue Brücke über die Werre.</p>`).join('');

  it('should not take the fallback link of an <audio> or the notice in a <video> for text', () => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Das Interview</title></head><body><article><h1>Das Interview</h1><audio controls><source src="https://example.org/audio/interview.mp3" type="audio/mpeg"><a href="https://example.org/audio/interview.mp3">https://example.org/audio/interview.mp3</a></audio>${paragraphs}<video controls src="https://example.org/video/bruecke.mp4"><p>Ihr Browser kann dieses Video nicht abspielen.</p></video></article></body></html>`,
      'https://example.org/interview',
    );

    expect(article.text).toContain('Im 1. Teil des Interviews');
    expect(article.text).not.toContain('interview.mp3');
    expect(article.text).not.toContain('Ihr Browser kann');
  });
});

describe("extractArticle leaves out a gallery's own lines around the opening picture", () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>Am ${i + 1}. Markttag des Jahres kamen mehr Händlerinnen und Händler nach Wendenau als je zuvor, vor allem aus den Dörfern an der Werre.</p>`).join('');

  it.each([
    ['a counter', '<div class="gallery-progress"><p>Foto <span>1</span> de 3</p></div>', 'Foto 1 de 3'],
    ["a player's notice", '<div class="player"><p>Media playback is unsupported on your device</p></div>', 'Media playback'],
  ])('should not take %s for text, and keep the caption', (_case, line, unwanted) => {
    const article = articleAt(
      `<!doctype html><html lang="de"><head><title>Markttag</title></head><body><article><figure class="gallery"><img src="https://example.org/markt.jpg" alt="">${line}<figcaption>Der Marktplatz am Morgen. Foto: Stadt Wendenau</figcaption></figure><header><h1>Markttag</h1></header><div class="entry-text">${paragraphs}</div></article></body></html>`,
      'https://example.org/markttag',
    );

    expect(article.text).not.toContain(unwanted);
    expect(article.text).toContain('Am 1. Markttag');
    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Marktplatz am Morgen.', credit: 'Stadt Wendenau' })]);
  });
});

describe('extractArticle keeps the pictures of an AMP page', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Im ${i + 1}. Abschnitt des Radwegs an der Werre fehlen noch Geländer, Beleuchtung und die Brücke über den Mühlbach bei Wendenau.</p>`).join('');
  const sizer = '<i-amphtml-sizer style="display:block;padding-top:56.25%"></i-amphtml-sizer>';
  const page = (picture: string) =>
    `<!doctype html><html lang="de" amp><head><title>Radweg</title></head><body><article><h1>Radweg an der Werre</h1><figure>${picture}<figcaption>Der Radweg bei Wendenau. Foto: Lena Sprung</figcaption></figure>${paragraphs}</article></body></html>`;

  it.each([
    // Saved pages, the Node CLI, and pictures the AMP runtime has not laid out yet (below the fold).
    ['an <amp-img> the runtime has not filled in', `<amp-img src="/bilder/radweg.jpg" width="1600" height="900" layout="responsive" alt="Radweg">${sizer}<noscript><img src="/bilder/radweg.jpg" alt="Radweg"></noscript></amp-img>`],
    ['an <amp-img> whose <img> the runtime has added', `<amp-img src="/bilder/radweg.jpg" width="1600" height="900" layout="responsive" alt="Radweg">${sizer}<img decoding="async" alt="Radweg" src="/bilder/radweg.jpg" class="i-amphtml-fill-content i-amphtml-replaced-content"></amp-img>`],
  ])('should keep %s once, with its caption', (_case, picture) => {
    const article = articleAt(page(picture), 'https://example.org/amp/radweg');

    expect(article.captions).toEqual([expect.objectContaining({ text: 'Der Radweg bei Wendenau.', credit: 'Lena Sprung', imageUrl: 'https://example.org/bilder/radweg.jpg' })]);
    expect(article.contentHtml.match(/<img\b/g)).toHaveLength(1);
    expect(article.contentHtml).toMatch(/<figure>.*<img[^>]*src="https:\/\/example\.org\/bilder\/radweg\.jpg".*<figcaption>/s);
    expect(article.text).toContain('Im 1. Abschnitt');
  });
});
