import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, urlDate } from '../metadata';

const URL = 'https://fakehost/news/article.html';

function metadataOf(head: string, body: string, url = URL) {
  const doc = new JSDOM(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
  return extractMetadata(doc, url).metadata;
}

const ld = (value: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...value })}</script>`;

describe('extractMetadata: authors and agencies', () => {
  it('should take JSON-LD persons first', () => {
    const actual = metadataOf(
      `${ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Anna Beispiel' }] })}<meta name="author" content="Redaktion">`,
      '<article><h1>T</h1><p class="byline">Von Max Muster</p></article>',
    );

    expect(actual.authors).toEqual(['Anna Beispiel']);
  });

  it('should prefer the printed byline to a JSON-LD organisation and a desk name in the author tag', () => {
    const actual = metadataOf(
      `${ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Stadtbote' } })}<meta name="author" content="Redaktion">`,
      '<article><h1>T</h1><div class="article__author">Von Max Muster</div></article>',
    );

    expect(actual.authors).toEqual(['Max Muster']);
  });

  it('should drop the soft hyphens a CMS puts into declared names and sections', () => {
    const actual = metadataOf(ld({ '@type': 'NewsArticle', articleSection: 'Lo\u00ADkales', author: { '@type': 'Person', name: 'Mat\u00ADthias Lau\u00ADerer' } }), '<article><h1>T</h1></article>');

    expect({ authors: actual.authors, section: actual.section }).toEqual({ authors: ['Matthias Lauerer'], section: 'Lokales' });
  });

  it('should read the writer microdata marks as author among other properties', () => {
    const actual = metadataOf('', '<article><h1>Waldwege gesperrt</h1><div class="meta"><span itemprop="author creator" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna Beispiel</span></span></div><p>Text</p></article>');

    expect(actual.authors).toEqual(['Anna Beispiel']);
  });

  it("should read the writer from a link to the writer's page under the headline", () => {
    const actual = metadataOf('', '<article><h1>Waldwege gesperrt</h1><div><a href="/autoren/anna-beispiel-684124"><img src="/a.jpg" alt=""><span>Anna Beispiel</span></a> am 26.01.2026</div><p>Text</p></article>');

    expect(actual.authors).toEqual(['Anna Beispiel']);
  });

  it('should read a "Von …" line when nothing is marked up', () => {
    const actual = metadataOf('', '<div><h1>T</h1><p>Von Jana Köster und Ole Brandt</p><p>Text</p></div>');

    expect(actual.authors).toEqual(['Jana Köster', 'Ole Brandt']);
  });

  it('should collect agencies from every source', () => {
    const actual = metadataOf(
      `${ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Max Muster' } })}`,
      '<article><h1>T</h1><span class="byline">Max Muster, dpa</span></article>',
    );

    expect(actual).toMatchObject({ authors: ['Max Muster'], agencies: ['dpa'] });
  });

  it('should collect co-authors marked one by one', () => {
    const actual = metadataOf('', '<article><h1>T</h1><ul class="article-meta"><li><span class="author-name">Anna Beispiel</span></li><li><span class="author-name">Max Muster</span></li></ul><p>Text</p></article>');

    expect(actual.authors).toEqual(['Anna Beispiel', 'Max Muster']);
  });

  it('should prefer the printed list of writers when JSON-LD names only the first', () => {
    const actual = metadataOf(
      ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Anna Beispiel' } }),
      '<article><h1>T</h1><div class="byline">Von Anna Beispiel und Max Muster</div><p>Text</p></article>',
    );

    expect(actual.authors).toEqual(['Anna Beispiel', 'Max Muster']);
  });

  it('should take the printed byline over a JSON-LD person when the author tags name the same writers as the byline', () => {
    const account = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Kathleen Ditton' } });
    const byline = '<article><h1>T</h1><div class="article-header__byline">By <a rel="author" href="/author/jessica-holly/">Jessica Holly</a>, <a rel="author" href="/author/gail-levy/">Gail Levy</a></div><p>Text</p></article>';
    const tags = '<meta name="parsely-author" content="Jessica Holly"><meta name="parsely-author" content="Gail Levy">';

    expect(metadataOf(`${account}${tags}`, byline).authors).toEqual(['Jessica Holly', 'Gail Levy']);
    // One source against JSON-LD is not enough: without the tags, or with tags naming someone else.
    expect(metadataOf(account, byline).authors).toEqual(['Kathleen Ditton']);
    expect(metadataOf(`${account}<meta name="parsely-author" content="Jessica Holly">`, byline).authors).toEqual(['Kathleen Ditton']);
  });

  it('should complete a first name in the author box from a printed "Von …" line', () => {
    const actual = metadataOf('', '<article><h1>T</h1><p><strong>Eine Kolumne von Jonas Feld</strong></p><p>Text</p><footer><div class="author">Jonas</div></footer></article>');

    expect(actual.authors).toEqual(['Jonas Feld']);
  });

  it('should read a byline inside a layout wrapper named after its sidebar', () => {
    const actual = metadataOf('', '<div class="content right-sidebar"><div class="post"><h1>Neuer Radweg eröffnet</h1><div class="byline">Von Lea Sommer</div><p>Text</p></div></div>');

    expect(actual.authors).toEqual(['Lea Sommer']);
  });

  it.each([
    ['<p class="meta">04.02.2026 | 13:10 Uhr | Anna Beispiel</p>', ['Anna Beispiel']],
    ['<div><span>25.10.2026 - Max Muster</span></div>', ['Max Muster']],
    ['<p class="meta">04.02.2026 | Bad Salzuflen</p>', []],
    ['<p class="meta">04.02.2026 | Lokales | Anna Beispiel</p>', []],
  ])('should read the name in the date line %s only when it is the one other part', (line, expected) => {
    const actual = metadataOf('', `<article><h1>Neuer Radweg eröffnet</h1>${line}<p>Text</p></article>`);

    expect(actual.authors).toEqual(expected);
  });

  it.each([
    ['an agency on a line of its own', '<header><h1>Masken gestohlen</h1><p class="credit">JIJI</p></header>', ['Jiji']],
    ['agencies in brackets', '<h1>Masken gestohlen</h1><div class="meta"><span>(dpa/lnw)</span></div>', ['dpa', 'lnw']],
    ['an agency by its full name, above the headline', '<p>Deutsche Presse-Agentur</p><h1>Masken gestohlen</h1>', ['dpa']],
    ['an agency line in a header that also holds the lead picture', '<header><h1>Masken gestohlen</h1><p class="credit">AFP</p><figure><img src="/a.jpg" alt=""><figcaption>Das Krankenhaus. Foto: Stadt</figcaption></figure></header>', ['AFP']],
    ['the credit of the picture under the headline', '<h1>Masken gestohlen</h1><div class="lead-image"><img src="/a.jpg" alt=""><span>Reuters</span></div>', []],
    ['an agency named in a sentence', '<h1>Masken gestohlen</h1><p>Zuerst meldete es die <i>Deutsche Presse-Agentur (dpa)</i>.</p>', []],
    ['a line that only mentions an agency', '<h1>Masken gestohlen</h1><p>AFP-Umfrage: Mehrheit dafür</p><p>Reuters berichtet</p>', []],
  ])('should credit the agencies of the line by the headline: %s', (_, markup, expected) => {
    const actual = metadataOf('', `<article>${markup}<p>Kobe – Im Krankenhaus der Stadt sind 6000 Masken verschwunden.</p></article>`);

    expect(actual.agencies).toEqual(expected);
  });

  it('should prefer a person to the outlet and to a company named as marked author', () => {
    const actual = metadataOf(
      '<meta property="og:site_name" content="Werretal Bote">',
      '<article><h1>Neuer Radweg eröffnet</h1><span class="author">werretal-bote.de</span><span class="author">Beispiel Webdesign GmbH</span><p>Von Lea Sommer</p><p>Text</p></article>',
    );

    expect(actual.authors).toEqual(['Lea Sommer']);
  });

  it('should take the writer from an author box with a biography when nothing else names one', () => {
    const actual = metadataOf(
      '',
      '<article><h1>Neuer Radweg eröffnet</h1><p>Text</p><div class="author-bio"><h3>Lea Sommer</h3><p>Lea Sommer schreibt seit 2019 über Verkehr und Stadtplanung in der Region und leitet die Lokalredaktion.</p></div></article>',
    );

    expect(actual.authors).toEqual(['Lea Sommer']);
  });

  it('should decode a name escaped twice in JSON-LD', () => {
    const actual = metadataOf(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jos&eacute; Beispiel' } }), '<article><h1>T</h1></article>');

    expect(actual.authors).toEqual(['José Beispiel']);
  });

  it('should read every name of a JSON-LD author whose name is a list of bylines printed as links', () => {
    const names = ['<a href="/autoren/lea-sommer">Lea Sommer</a>', '<a href="/autoren/ole-brandt">Ole Brandt</a>'];
    const actual = metadataOf(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: names } }), '<article><h1>T</h1><p>Text</p></article>');

    expect(actual.authors).toEqual(['Lea Sommer', 'Ole Brandt']);
  });

  it('should not take a company imprint in the author tag for writers', () => {
    const actual = metadataOf('<meta name="author" content="Beispiel-Verlag GmbH, Wendenau, Germany">', '<article><h1>T</h1><p>Text</p></article>');

    expect(actual.authors).toEqual([]);
  });

  it.each([
    ['<p>Blog Beitrag von Merle Ostrau</p>', ['Merle Ostrau']],
    ['<p>Ein Gastkommentar von Tilo Brandner</p>', ['Tilo Brandner']],
    ['<p>Kritik von Anwohnern</p>', []],
  ])('should read a credit that names the piece before "von": %s', (line, expected) => {
    const actual = metadataOf('', `<div><h1>Neuer Radweg eröffnet</h1><p>Ein Vorspann ohne Namen.</p>${line}<p>Text</p></div>`);

    expect(actual.authors).toEqual(expected);
  });

  it("should read the author box in a sidebar inside the article's own element", () => {
    const box = '<div class="author-bio sidebar"><h3>Lea Sommer</h3><p>Lea Sommer schreibt seit 2019 über Verkehr und Stadtplanung in der Region und leitet die Lokalredaktion.</p></div>';
    const inArticle = metadataOf('', `<article><h1>Neuer Radweg eröffnet</h1><div class="sidebar-wrapper"><p>Text</p>${box}</div></article>`);
    const onPage = metadataOf('', `<main><h1>Neuer Radweg eröffnet</h1><p>Text</p><div class="sidebar">${box}</div></main>`);

    expect(inArticle.authors).toEqual(['Lea Sommer']);
    expect(onPage.authors).toEqual([]);
  });

  it('should not take the credit line of a video in a figure for the byline', () => {
    const actual = metadataOf(
      '',
      '<article><h1>Neuer Radweg eröffnet</h1><figure><video></video><figcaption><span class="byline">Video | radio-wendenau.example</span></figcaption></figure><p>Text</p><footer><p class="text__byline">Quelle: Stadtbote.de/lk</p></footer></article>',
    );

    expect(actual.authors).toEqual(['Stadtbote.de/lk']);
  });

  it("should take the outlet's initials as the outlet, not as a writer", () => {
    const jsonLd = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'WB' } });
    const withByline = metadataOf(`${jsonLd}<meta property="og:site_name" content="WERRETAL BOTE">`, '<article><h1>T</h1><p class="byline">Von Max Muster</p><p>Text</p></article>');
    const otherOutlet = metadataOf(`${jsonLd}<meta property="og:site_name" content="Stadtanzeiger Wendenau">`, '<article><h1>T</h1><p class="byline">Von Max Muster</p><p>Text</p></article>');

    expect(withByline.authors).toEqual(['Max Muster']);
    expect(otherOutlet.authors).toEqual(['WB']);
  });

  it("should read the writer's name in an author box, not a breadcrumb's item printed in it", () => {
    const actual = metadataOf(
      '',
      '<article><h1>Kleinwagen im Test</h1><div class="article-author vcard">von <span class="fn">Jonas Feld</span> in Rubrik: <ul itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tests.html"><span itemprop="name">Tests</span></a></li></ul></div><p>Text</p></article>',
    );

    expect(actual.authors).toEqual(['Jonas Feld']);
  });

  it('should not take the weekday of a date in an author box for a name', () => {
    const actual = metadataOf('', '<article><h1>Kleinwagen im Test</h1><div class="post-meta"><time class="article-author-date">Donnerstag, 4. November 2026</time></div><p>Text</p></article>');

    expect(actual.authors).toEqual([]);
  });

  it('should read a label like "Text" or "Autorin" without a colon only where it opens the line', () => {
    const inPhrase = metadataOf('', '<article><h1>Schriftgrößen ändern</h1><h2>Beispiel 1: Größe aller Text Elemente</h2><p>Text</p></article>');
    const opening = metadataOf('', '<article><h1>Schriftgrößen ändern</h1><p class="credit">Autorin Anna Beispiel</p><p>Text</p></article>');

    expect(inPhrase.authors).toEqual([]);
    expect(opening.authors).toEqual(['Anna Beispiel']);
  });

  it('should not count the outlet printed beside a writer as a second writer', () => {
    const actual = metadataOf('<meta property="og:site_name" content="Werretal Bote">', '<article><h1>T</h1><p class="byline">Von Anna Beispiel, Werretal Bote</p><p>Text</p></article>');

    expect(actual.authors).toEqual(['Anna Beispiel']);
  });

  it.each([
    ['the place after the outlet', '<p class="byline">By Ann Carter, Valley News, New York</p>', ['Ann Carter']],
    ['the place after the outlet, in a line', '<p>By Ann Carter, Valley News, New York</p>', ['Ann Carter']],
    ['two writers and the outlet', '<p class="byline">By Ann Carter, Tom Reed, Valley News</p>', ['Ann Carter', 'Tom Reed']],
    ['a second writer after a first without the outlet', '<p class="byline">By Ann Carter, Tom Reed</p>', ['Ann Carter', 'Tom Reed']],
    ['a co-author marked apart after "writer, outlet"', '<p><span class="author">Ann Carter, Valley News</span> <span class="author">Tom Reed</span></p>', ['Ann Carter', 'Tom Reed']],
  ])('should credit only the writers of a byline "writer, outlet, place": %s', (_, byline, expected) => {
    const actual = metadataOf('<meta property="og:site_name" content="Valley News">', `<article><h1>T</h1>${byline}<p>Text</p></article>`);

    expect(actual.authors).toEqual(expected);
  });

  it.each([
    ['a "Von" line with the place on the next line', '<p>Von <strong>Lea Sommer</strong> und <strong>Ole Brandt</strong><br><br>Lemgo / Kreis Lippe</p>', ['Lea Sommer', 'Ole Brandt']],
    ['a marked byline with the role on the next line', '<div class="author">Lea Sommer<br>Redakteurin</div>', ['Lea Sommer']],
    ['a label alone on its line', '<p class="credit">Autorin:<br>Lea Sommer</p>', ['Lea Sommer']],
    ['an author card of lines, the name marked', '<div class="author-card"><p class="author-card__name">Lea Sommer</p><p class="author-card__job">Redakteurin Lokales</p></div>', ['Lea Sommer']],
    ['a label with empty lines after it', '<a href="#kontakt"><b>Von:</b> <br> <br> Lea Sommer</a>', ['Lea Sommer']],
    ['a noun ending a phrase, not opening the line', '<div><strong>Copyright text</strong><br><span>Location</span></div>', []],
    ['a date line with the name on the next line', '<p class="meta">04.02.2026<br>Lea Sommer</p>', ['Lea Sommer']],
  ])('should read a line break in a byline as a separator: %s', (_, line, expected) => {
    const actual = metadataOf('', `<article><h1>Neuer Radweg eröffnet</h1>${line}<p>Text</p></article>`);

    expect(actual.authors).toEqual(expected);
  });

  it('should read the writer a WordPress SEO plugin labels in the twitter data tags when the page prints none', () => {
    const tags = (label: string) => `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="Lea Sommer"><meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">`;

    expect(metadataOf(tags('Verfasst von'), '<article><h1>T</h1><p>Text</p></article>').authors).toEqual(['Lea Sommer']);
    expect(metadataOf(tags('Written by'), '<article><h1>T</h1><p>Text</p></article>').authors).toEqual(['Lea Sommer']);
    expect(metadataOf(tags('Geschätzte Lesezeit'), '<article><h1>T</h1><p>Text</p></article>').authors).toEqual([]);
    expect(metadataOf(tags('Verfasst von'), '<article><h1>T</h1><p class="byline">Von Max Muster</p><p>Text</p></article>').authors).toEqual(['Max Muster']);
  });

  it('should not take comment authors for the byline', () => {
    const actual = metadataOf('', '<article><h1>T</h1><p>Text</p></article><ol class="comment-list"><li class="comment"><span class="author">Leserin</span></li></ol>');

    expect(actual.authors).toEqual([]);
  });
});

describe('extractMetadata: dates', () => {
  it.each([
    ['JSON-LD', ld({ '@type': 'NewsArticle', datePublished: '2026-03-01T10:00:00+01:00' }), '', '2026-03-01T10:00:00+01:00'],
    ['article:published_time', '<meta property="article:published_time" content="2026-03-02T10:00:00+01:00">', '', '2026-03-02T10:00:00+01:00'],
    ['a <time> element', '', '<article><h1>T</h1><time datetime="2026-03-03">3. März</time></article>', '2026-03-03'],
    ['printed text only', '', '<article><h1>T</h1><p>Veröffentlicht am 4. März 2026</p></article>', '2026-03-04'],
    ['a date element printed in parts', '', '<article><h1>T</h1><div class="date"><span class="month">Mar</span> <span class="day">04</span><span class="year">2026</span></div><p>Text</p></article>', '2026-03-04'],
    ['UTC shown in the outlet\'s zone', '<meta property="article:published_time" content="2026-03-04T23:30:00Z">', '', '2026-03-05T00:30:00+01:00'],
    ['microdata naming the property among others', '', '<article><h1>T</h1><span itemprop="datePublished dateCreated" content="2026-03-05T09:00:00+01:00">gestern</span><p>Text</p></article>', '2026-03-05T09:00:00+01:00'],
  ])('should read the publication date from %s', (_source, head, body, expected) => {
    expect(metadataOf(head, body).publishedTime).toBe(expected);
  });

  it('should take the day of the last update when the page prints no other publication date', () => {
    const actual = metadataOf('', '<article><h1>Radweg</h1><p>Am 3. Mai 2025 hatte der Rat den Bau beschlossen.</p><p class="updated">Aktualisiert am 12.03.2026</p><p>Text</p></article>');

    expect(actual.publishedTime).toBe('2026-03-12');
  });

  it('should prefer the date the article prints to a bare date meta tag', () => {
    const actual = metadataOf('<meta name="date" content="2026-03-09">', '<article><h1>T</h1><time datetime="2026-03-06">6. März 2026</time></article>');

    expect(actual.publishedTime).toBe('2026-03-06');
  });

  it('should prefer the date the article prints in its text to a bare date meta tag', () => {
    const actual = metadataOf('<meta name="date" content="2026-03-12">', '<article><h1>T</h1><div class="news-single-timedata">05.03.2026 - Redaktion: Lea Sommer</div><p>Text</p></article>');

    expect(actual.publishedTime).toBe('2026-03-05');
  });

  it.each([
    [
      'not the date the line around it labels as the last change',
      '<p>Erschienen am: <b>13.10.2026</b></p><p>Text</p><div><h4>Zuletzt geändert am:</h4><ul><li class="timestamp">15.10.2026</li></ul></div>',
      '2026-10-13',
    ],
    [
      "the label of the date's own line, not of the line beside it",
      '<div class="row"><div><span>Asked</span> <time datetime="2026-02-06T20:37:20">vor 2 Stunden</time></div><div><span>Modified</span> <time datetime="2026-02-07T08:00:00">heute</time></div></div><p>Text</p>',
      '2026-02-06T20:37:20',
    ],
    [
      'not the date of a teaser to another article',
      '<div class="series"><a href="/kolumne/"><h3>Kolumne: Als ich noch Kritiker war</h3><div class="date">24. Oktober 2026</div></a></div><p><span class="text_datum">31. Oktober 2026.</span> Text</p>',
      '2026-10-31',
    ],
  ])('should read the printed publication date: %s', (_, body, expected) => {
    expect(metadataOf('', `<article><h1>Im Schlepptau</h1>${body}</article>`).publishedTime).toBe(expected);
  });

  it('should keep the time of a bare date meta tag for the same day', () => {
    const actual = metadataOf('<meta name="date" content="2026-03-06T09:15:00+01:00">', '<article><h1>T</h1><span class="date">6. März 2026</span></article>');

    expect(actual.publishedTime).toBe('2026-03-06T09:15:00+01:00');
  });

  it("should show UTC in the zone of the outlet's country domain", () => {
    const url = 'https://diario.example.bo/nota.html';
    const actual = metadataOf('<meta property="article:published_time" content="2026-03-04T02:30:00Z">', '<article><h1>T</h1></article>', url);

    expect(actual.publishedTime).toBe('2026-03-03T22:30:00-04:00');
  });

  it('should date a UTC instant by the local time the article prints for it', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2026-02-25T02:25:54Z', dateModified: '2026-02-25T04:00:00Z' });
    const actual = metadataOf(head, '<article><h1>T</h1><p class="byline-date">February 24, 2026 <span>|</span> 9:25pm</p><p>Text</p></article>', 'https://news.example.com/story/');

    expect([actual.publishedTime, actual.modifiedTime]).toEqual(['2026-02-24T21:25:54-05:00', '2026-02-24T23:00:00-05:00']);
  });

  it('should not restate a UTC instant by a printed time that could be its last change', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2026-02-25T08:00:00Z', dateModified: '2026-02-25T14:00:00Z' });
    const actual = metadataOf(head, '<article><h1>T</h1><p class="byline-date">February 25, 2026 <span>|</span> 2:00pm</p><p>Text</p></article>', 'https://news.example.com/story/');

    expect(actual.publishedTime).toBe('2026-02-25T09:00:00+01:00');
  });

  it('should keep a UTC instant in UTC when the article prints that time, whatever zone its language suggests', () => {
    const actual = metadataOf('<meta property="article:published_time" content="2026-03-04T23:30:00Z">', '<article><h1>T</h1><span class="date">04.03.2026, 23:30 Uhr</span><p>Text</p></article>');

    expect(actual.publishedTime).toBe('2026-03-04T23:30:00Z');
  });

  it.each([
    ['the day of its last change, which the page prints as its date', '2025-11-22T18:42:00+01:00', '2026-01-01T10:00:00+01:00', '1. Januar 2026', '2026-01-01T10:00:00+01:00'],
    ['its publication when the page prints that day', '2025-11-22T18:42:00+01:00', '2026-01-01T10:00:00+01:00', '22. November 2025', '2025-11-22T18:42:00+01:00'],
    ['its publication when the change is dated before it', '2025-12-25T12:00:00+01:00', '2025-12-07T10:00:00+01:00', '7. Dezember 2025', '2025-12-25T12:00:00+01:00'],
  ])('should date a republished article by %s', (_case, datePublished, dateModified, printed, expected) => {
    const actual = metadataOf(ld({ '@type': 'Article', datePublished, dateModified }), `<article><h1>T</h1><time class="publish-date">${printed}</time><p>Text</p></article>`);

    expect(actual.publishedTime).toBe(expected);
  });

  it('should prefer a date in the address to a date in the text', () => {
    const url = 'https://fakehost/2026/03/05/marktplatz/';
    const actual = metadataOf('', '<article><h1>T</h1><p>Der Umbau beginnt am 1. Juni 2026.</p></article>', url);

    expect(actual.publishedTime).toBe('2026-03-05');
  });

  it.each([
    ['https://fakehost/2026/03/05/marktplatz/', '2026-03-05'],
    ['https://fakehost/news/2026-03-05-marktplatz.html', '2026-03-05'],
    ['https://fakehost/news/20260305_marktplatz', '2026-03-05'],
    ['https://fakehost/news/article-20261345.html', undefined],
    ['https://fakehost/news/article.html', undefined],
  ])('should read the date in %s', (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });
});

describe('extractMetadata: other fields', () => {
  it('should mark a declared paywall as partial', () => {
    const hasPart = ld({ '@type': 'NewsArticle', isAccessibleForFree: 'True', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.paywall' } });

    expect(metadataOf(hasPart, '').isPartial).toBe(true);
    expect(metadataOf(ld({ '@type': 'NewsArticle', isAccessibleForFree: true }), '').isPartial).toBe(false);
  });

  it.each([
    ['at the end', 'Magic Cleaning | stilblog ♥ Magazin', 'Magic Cleaning', 'stilblog ♥ Magazin'],
    ['at the start', 'Stilblog » Ordnung im Kleiderschrank', 'Ordnung im Kleiderschrank', 'Stilblog'],
  ])('should strip the part of the page title that names the address when no site name is declared: %s', (_, title, expectedTitle, expectedSite) => {
    const actual = metadataOf(`<title>${title}</title>`, '<div><p>Text</p></div>', 'https://www.stilblog.de/magic-cleaning/');

    expect({ title: actual.title, siteName: actual.siteName }).toEqual({ title: expectedTitle, siteName: expectedSite });
  });

  it('should not take a long part of the page title that mentions the address for the site name', () => {
    const actual = metadataOf('<title>Ehezoff eskaliert - Jetzt schießt Olli gegen seinen Nachbarn Stilblog</title>', '<div><p>Text</p></div>', 'https://www.stilblog.de/ehezoff/');

    expect(actual.title).toBe('Ehezoff eskaliert - Jetzt schießt Olli gegen seinen Nachbarn Stilblog');
  });

  it('should read outlet, section, canonical address and language', () => {
    const actual = metadataOf(
      '<meta property="og:site_name" content="Stadtbote"><meta property="article:section" content="Lokales"><link rel="canonical" href="/lokales/artikel/">',
      '<h1>T</h1>',
    );

    expect(actual).toMatchObject({ siteName: 'Stadtbote', section: 'Lokales', canonicalUrl: 'https://fakehost/lokales/artikel/', lang: 'de' });
  });

  it.each([
    ['a name with a tagline', 'Werretal Bote | Nachrichten aus dem Werretal', 'https://www.example.org/a.html', 'Werretal Bote'],
    ['a tagline before the name the address spells', 'Nachrichten aus dem Werretal • Werretal-Bote.de', 'https://www.werretal-bote.example/a.html', 'Werretal-Bote.de'],
    ['a tagline before the name the address abbreviates', 'Nachrichten aus Lippe - Lippische Landes-Zeitung', 'https://www.llz.example/a.html', 'Lippische Landes-Zeitung'],
    ["the page's whole title declared as the site's name", 'Neuer Radweg eröffnet | Werretal Bote', 'https://www.example.org/a.html', 'Werretal Bote'],
    ['separators left at an end', '| Werretal Bote', 'https://www.example.org/a.html', 'Werretal Bote'],
    ['a name the headline mentions', 'Werretal Bote | Nachrichten aus dem Werretal', 'https://www.example.org/a.html', 'Werretal Bote', '50 Jahre Werretal Bote'],
  ])('should list the outlet by its name: %s', (_, declared, url, expected, headline = 'Neuer Radweg eröffnet') => {
    const actual = metadataOf(`<meta property="og:site_name" content="${declared}">`, `<h1>${headline}</h1>`, url);

    expect(actual.siteName).toBe(expected);
  });

  it("should take the site's name over a web address declared as the publisher's name, and the address's host when nothing else names the site", () => {
    const publisher = ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'https://www.werretal-bote.example/' } });

    expect(metadataOf(`${publisher}<meta property="og:site_name" content="Werretal Bote">`, '<h1>T</h1>').siteName).toBe('Werretal Bote');
    expect(metadataOf(publisher, '<h1>T</h1>').siteName).toBe('werretal-bote.example');
  });

  it('should show the kicker without the date printed in its line, and no kicker that is only a date', () => {
    const dated = metadataOf('', '<article><p class="kicker">24.01.2026 – Energiewende</p><h1>Neuer Radweg eröffnet</h1><p>Text</p></article>');
    const onlyDate = metadataOf('', '<article><p class="kicker">24.01.2026</p><h1>Neuer Radweg eröffnet</h1><p>Text</p></article>');

    expect(dated.kicker).toBe('Energiewende');
    expect(onlyDate.kicker).toBeUndefined();
    expect(onlyDate.title).toBe('Neuer Radweg eröffnet');
  });

  it.each([
    ['the first of a list of categories', ld({ '@type': 'NewsArticle', articleSection: 'Lokales, Politik, Newsletter' }), '<h1>T</h1>', 'Lokales'],
    ['a section label', '', '<article><h1>T</h1><span class="ressort">Lokales</span><p>Text</p></article>', 'Lokales'],
    ['no part of the page named like a section', '', '<article><h1>T</h1><section class="article-section"><ul><li><a href="/a.pdf">pdf (83,14 KB)</a></li></ul></section></article>', undefined],
  ])('should read one section: %s', (_, head, body, expected) => {
    expect(metadataOf(head, body).section).toBe(expected);
  });
});
