import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findHeadline, kickerText, siteNameFromTitle, stripSiteName } from '../title';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
}

describe('findHeadline', () => {
  it.each([
    [
      'a kicker span inside the h1',
      '<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>',
      ['Klimaschutz: Bohren, bis es heiß wird'],
      { title: 'Bohren, bis es heiß wird', kicker: 'Klimaschutz' },
    ],
    [
      'a styled lead-in followed by text',
      '<h1><span class="h1small">Initiative Energieeffizienz</span> Kostenloser Stromcheck für Haushalte</h1>',
      ['Kostenloser Stromcheck für Haushalte'],
      { title: 'Kostenloser Stromcheck für Haushalte', kicker: 'Initiative Energieeffizienz' },
    ],
    [
      'a subtitle in <small> after the title',
      '<h1 class="article-title"><span>Fischbrötchen am Hafen</span> <small class="article-subtitle">Ein Besuch bei der Räucherei</small></h1>',
      ['Fischbrötchen am Hafen'],
      { title: 'Fischbrötchen am Hafen' },
    ],
    [
      'a kicker printed above the headline',
      '<header><p class="dachzeile">Kommunalwahl</p><h1>Drei Kandidaten für das Amt</h1></header>',
      ['Drei Kandidaten für das Amt'],
      { title: 'Drei Kandidaten für das Amt', kicker: 'Kommunalwahl' },
    ],
    [
      'the site logo as h1 and the headline as h2',
      '<div id="header"><h1 id="logo"><a href="/">Heimatblatt</a></h1></div><div class="post"><h2 class="post-title"><a href="/a/">Dorfchronik erscheint im Advent</a></h2></div>',
      ['Dorfchronik erscheint im Advent » Heimatblatt'],
      { title: 'Dorfchronik erscheint im Advent' },
    ],
    [
      'a printed h1 that differs from the SEO title',
      '<main><h1>Kreis sagt Gartenschau in Hollenstedt ab</h1><p>Text</p></main>',
      ['Gartenschau 2027 abgesagt - Gartenportal'],
      { title: 'Kreis sagt Gartenschau in Hollenstedt ab' },
    ],
    ['no headline element at all', '<p>Nur Text</p>', ['Marktplatz wird umgebaut | Stadtbote'], { title: 'Marktplatz wird umgebaut' }],
    [
      'a lead-in without markup of its own when the declared title is the rest',
      '<main><h1><em>Stadtjubiläum </em>Fest\u00ADwoche be\u00ADginnt am Montag</h1><p>Text</p></main>',
      ['Festwoche beginnt am Montag'],
      { title: 'Festwoche beginnt am Montag', kicker: 'Stadtjubiläum' },
    ],
    [
      'French spacing before a colon as printed',
      '<main><h1>Budget municipal : le conseil vote</h1><p>Texte</p></main>',
      ['Budget municipal : le conseil vote'],
      { title: 'Budget municipal : le conseil vote' },
    ],
    [
      'the heading that opens the text when the <h1>s are navigation labels',
      '<nav><h1>Schnellzugriff</h1><ul><li>Termine</li></ul></nav><div class="content"><h2>Neue Regatta-Termine stehen fest</h2><p>Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. </p><p>Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. </p><h2>Meldeschluss</h2><p>Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. </p><p>Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. </p></div><div><h1>Partner</h1><h1>Service</h1></div>',
      ['Rudern - Aktuelles | Landesverband'],
      { title: 'Neue Regatta-Termine stehen fest' },
    ],
  ])('should read %s', (_case, body, metaTitles, expected) => {
    const { element: _element, kickerElement: _kickerElement, ...actual } = findHeadline(page(body), metaTitles, undefined);

    expect(actual).toEqual(expected);
  });

  it('should not take a subheading inside the text for the headline', () => {
    const doc = page('<div class="banner"><h2>Ratgeber</h2></div><div class="text"><p>Einleitung zum Thema Vertrieb.</p><h2>Zur Übersicht</h2><p>Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. Der Landesverband hat die Termine für die neue Saison festgelegt und lädt alle Vereine ein. </p><p>Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. Meldungen sind bis Ende März möglich, danach werden die Startplätze vergeben. </p></div><h1>Menü</h1><h1>Kontakt</h1>');

    expect(findHeadline(doc, ['Vertrieb auslagern: so gelingt es'], undefined).title).toBe('Vertrieb auslagern: so gelingt es');
  });

  it('should keep the kicker apart when the headline is also printed whole in the breadcrumb', () => {
    const doc = page('<ol class="breadcrumb"><li>Lokales</li><li><h1>Hochwasser: Deich hält stand</h1></li></ol><main><article><h2 class="headline"><span class="kicker">Hochwasser</span><span class="title">Deich hält stand</span></h2><p>Text</p></article></main>');
    const { title, kicker } = findHeadline(doc, ['Hochwasser: Deich hält stand'], undefined);

    expect({ title, kicker }).toEqual({ title: 'Deich hält stand', kicker: 'Hochwasser' });
  });

  it("should take the headline the article prints, not its copy in the breadcrumb above it", () => {
    const doc = page('<div class="site-breadcrumb"><a href="/">Start</a> » <h1>Deich hält stand</h1></div><main><header class="entry-header"><h2 class="entry-title">Deich hält stand</h2><div class="lead"><p>Die Feuerwehr war die ganze Nacht im Einsatz.</p></div></header><p>Text</p></main>');
    const { title, element } = findHeadline(doc, ['Deich hält stand'], undefined);

    expect({ title, tag: element?.tagName }).toEqual({ title: 'Deich hält stand', tag: 'H2' });
  });

  it('should keep the headline of a page header that prints the byline, even when the article repeats it', () => {
    const doc = page('<div class="page-header"><h1 class="entry-title">Deich hält stand</h1><p class="author">Von Lea Sommer am <time datetime="2026-02-23T10:07:02+01:00">23. Februar 2026</time></p></div><main><article><h1>Deich hält stand</h1><p>Text</p></article></main>');

    expect(findHeadline(doc, ['Deich hält stand'], undefined).element?.className).toBe('entry-title');
  });

  it('should read a headline microdata marks among other properties', () => {
    const doc = page('<main><article><div itemprop="name headline">Deich hält stand</div><p>Text</p></article></main>');

    expect(findHeadline(doc, ['Deich hält stand | Stadtbote'], 'Stadtbote').element?.getAttribute('itemprop')).toBe('name headline');
  });

  it('should read a headline inside a layout wrapper named after its sidebar', () => {
    const doc = page('<div class="layout right-sidebar"><div class="post"><h1>Brücke wird gebaut</h1><p>Text</p></div></div>');

    expect(findHeadline(doc, ['Neubau: Brücke wird gebaut'], undefined).title).toBe('Brücke wird gebaut');
  });

  it('should read the block named as the title when every meta title names only the outlet', () => {
    const text = '<p>Sie spielte in vierzig Filmen und spricht über die Jahre davor und danach. Ein Gespräch über Ruhm, Krankheit und einen Neuanfang in Kalifornien.</p>';
    const doc = page(`<header><h1 class="head-title"><a href="/">Stilmagazin</a></h1></header><div class="story"><div class="story-title"><div class="title-text"><p><em>Davor und Danach</em></p></div></div>${text}${text}</div>`);

    expect(findHeadline(doc, ['Stilmagazin', 'STIL • Stilmagazin'], 'Stilmagazin').title).toBe('Davor und Danach');
  });

  it('should keep the declared title when a site name in parts repeats it', () => {
    const doc = page('<div class="title-text">Zum Archiv</div><p>Text</p>');

    expect(findHeadline(doc, ['Achtsam durch die Krise'], 'Achtsam durch die Krise | Die Wochenzeitung').title).toBe('Achtsam durch die Krise');
  });

  it('should not take a headline from a teaser in a related list', () => {
    const doc = page('<main><h1>Brücke wird gebaut</h1></main><aside class="related"><h2>Brücke wird gebaut: Die Chronik</h2></aside>');

    expect(findHeadline(doc, ['Brücke wird gebaut: Die Chronik'], undefined).title).toBe('Brücke wird gebaut');
  });
});

describe('findHeadline on a headline split into several text nodes', () => {
  it.each([
    ['at a character reference, as linkedom parses it', (h1: Element) => h1.append('Neue Caritas-Pr', 'ä', 'sidentin gew', 'ä', 'hlt')],
    ['by an empty comment between two pieces, as React prints them', (h1: Element) => h1.append('Neue Caritas-', h1.ownerDocument.createComment(''), 'Präsidentin gewählt')],
  ])('should join the pieces as they are when split %s', (_case, fill) => {
    const doc = page('<main><h1></h1><p>Text</p></main>');
    fill(doc.querySelector('h1')!);

    expect(findHeadline(doc, ['Neue Caritas-Präsidentin gewählt'], undefined).title).toBe('Neue Caritas-Präsidentin gewählt');
  });

  it('should still break the words at a line break', () => {
    const doc = page('<main><h1>Neue Präsidentin<br>gewählt</h1><p>Text</p></main>');

    expect(findHeadline(doc, ['Neue Präsidentin gewählt'], undefined).title).toBe('Neue Präsidentin gewählt');
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Brücke eröffnet | Werretal-Bote', 'Werretal-Bote', 'Brücke eröffnet'],
    ['Werretal-Bote - Brücke eröffnet', 'Werretal-Bote', 'Brücke eröffnet'],
    ['Neue Brücke eröffnet – Lokalzeitung', undefined, 'Neue Brücke eröffnet'],
    ['Rat beschließt: Brücke wird teurer', undefined, 'Rat beschließt: Brücke wird teurer'],
  ])('should strip the outlet from %j', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});

describe('siteNameFromTitle', () => {
  it.each([
    ['Brücke eröffnet | Werretal-Bote', 'Brücke eröffnet', 'Werretal-Bote'],
    ['Stadt Wendenau - Presse - Sanierung beginnt', 'Sanierung beginnt', 'Stadt Wendenau'],
    ['Sanierung beginnt', 'Sanierung beginnt', undefined],
  ])('should find the outlet in %j', (title, headline, expected) => {
    expect(siteNameFromTitle(title, headline)).toBe(expected);
  });
});

describe('kickerText', () => {
  it.each([
    ['Klimaschutz', 'Klimaschutz'],
    ['24.01.2022 - Meldung - Energiewende im Gebäudebereich', 'Meldung - Energiewende im Gebäudebereich'],
    ['Stadtmagazin - 15. Februar 2026', 'Stadtmagazin'],
    ['2026-04-20', undefined],
    ['- Anzeige -', 'Anzeige'],
    ['Lokales | 27.11.2026, 14:30 Uhr | Politik', 'Lokales | Politik'],
  ])('should show %j as %j', (raw, expected) => {
    expect(kickerText(raw)).toBe(expected);
  });

  it('should keep the labels of a kicker made of blocks apart', () => {
    const doc = page('<div class="topline"><div><a href="/recht">Rechtsprechung</a></div><div><a href="/urlaub">Urlaubsrecht</a></div></div><h1>Verjährung von Urlaubsansprüchen</h1>');

    expect(findHeadline(doc, ['Verjährung von Urlaubsansprüchen'], undefined).kicker).toBe('Rechtsprechung · Urlaubsrecht');
  });
});
