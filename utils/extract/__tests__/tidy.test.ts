import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { tidyArticle } from '../tidy';
import { blockText } from '../text';

function tidied(html: string): { text: string; removedBylines: string[] } {
  const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
  const { removedBylines } = tidyArticle(root);
  return { text: blockText(root), removedBylines };
}

const PARAGRAPH = '<p>Der Rat hat am Montag beschlossen, die Brücke über die Werre bis zum Herbst zu sanieren und dafür Fördermittel zu beantragen.</p>';

describe('tidyArticle', () => {
  it.each([
    ['a related box with a heading', `${PARAGRAPH}<div><h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div>`, 'Das könnte'],
    ['a "Lesen Sie auch" prompt', `${PARAGRAPH}<p><strong>Lesen Sie auch:</strong> <a href="/x">Alte Brücke gesperrt</a></p>${PARAGRAPH}`, 'Alte Brücke gesperrt'],
    ['a comment prompt', `${PARAGRAPH}<p>Um den Artikel kommentieren zu können, melden Sie sich an.</p>`, 'kommentieren'],
    ['a read-time label', `<p>3 Min. Lesezeit</p>${PARAGRAPH}`, 'Lesezeit'],
    ['a loose photo credit', `${PARAGRAPH}<p>Foto: Max Muster</p>${PARAGRAPH}`, 'Max Muster'],
    ['a tag line at the end', `${PARAGRAPH}<p>Schlagworte: <a href="/t/1">Brücke</a>, <a href="/t/2">Rat</a></p>`, 'Schlagworte'],
    ['an ad label', `${PARAGRAPH}<p>Anzeige</p>${PARAGRAPH}`, 'Anzeige'],
    ['a date line at the top', `<p>27.11.2026, 14:30 Uhr</p>${PARAGRAPH}`, '27.11.2026'],
    ['a chart of most discussed articles', `${PARAGRAPH}<h2>Top-15</h2><h3>meist-diskutiert</h3><ol><li><a href="/1">Streit um die Brücke: Anwohner wollen klagen</a></li><li><a href="/2">Neuer Radweg an der Werre wird teurer</a></li></ol>`, 'Streit um die Brücke'],
    ["an opinion piece's disclaimer", `${PARAGRAPH}<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>`, 'Meinung des Autors'],
    ['a toolbar printed as one line', `${PARAGRAPH}<p>Druckansicht | Artikel versenden | Tippfehler melden</p>${PARAGRAPH}`, 'Tippfehler'],
    ['a disclaimer in brackets', `<p>Hier ein Überblick (Stand 14. Januar 2026).</p><p>(Alle Angaben ohne Gewähr)</p>${PARAGRAPH}`, 'ohne Gewähr'],
    ['an app promotion in English', `${PARAGRAPH}<p>Get the latest local news straight to your phone with the Werretal Courier app.</p>`, 'Courier app'],
    ["a prompt to the outlet's video channel", `${PARAGRAPH}<p><strong>¡Mira lo que tiene nuestro canal de YouTube!</strong></p>`, 'YouTube'],
    ['a newsletter prompt with the verb first', `${PARAGRAPH}<p>Puede escribirnos a redaccion@example.org o suscribirse aquí a nuestra newsletter.</p>`, 'newsletter'],
    ['a call to click and register', `${PARAGRAPH}<p>Das Heft jetzt auch digital! Einfach hier klicken und für das E-Paper registrieren!</p>`, 'E-Paper'],
    ['an ad label between dashes', `<p>- Advertisement -</p>${PARAGRAPH}`, 'Advertisement'],
    ['a breadcrumb label', `<p>Sie sind hier:</p>${PARAGRAPH}`, 'Sie sind hier'],
    ["a script's loading notice", `${PARAGRAPH}<p>Karte wird geladen - bitte warten...</p>${PARAGRAPH}`, 'geladen'],
    ["a gallery's counter", `<p>Bild 3 von 12</p>${PARAGRAPH}`, 'Bild 3'],
    ["a player's notice in a figure, beside its caption", `<figure><img src="https://example.org/v.jpg" alt=""><div><p>Media playback is unsupported on your device</p></div><figcaption>Drohnenbilder der Werre</figcaption></figure>${PARAGRAPH}`, 'Media playback'],
    ['a link back to the contents', `${PARAGRAPH}<p>Zurück zum Inhaltsverzeichnis</p>${PARAGRAPH}`, 'Inhaltsverzeichnis'],
    ["the end mark of a player", `${PARAGRAPH}<p>Ende des Videobeitrags</p>${PARAGRAPH}`, 'Videobeitrags'],
    ["a blog's follower count", `${PARAGRAPH}<p>Schließe dich 37 Followern an</p>${PARAGRAPH}`, 'Followern'],
    ["a comment form's note on required fields", `${PARAGRAPH}<p>Die mit * markierten Felder sind Pflichtfelder.</p>${PARAGRAPH}`, 'Pflichtfelder'],
    ['a trackback address at the end', `${PARAGRAPH}<p>Trackback URL</p>`, 'Trackback'],
    ['a heading that nothing follows', `${PARAGRAPH}<h3>Ähnliche Neuigkeiten</h3>`, 'Ähnliche Neuigkeiten'],
    ['a label ending in a colon that nothing follows', `${PARAGRAPH}<p>Teilnehmende Blogs:</p>`, 'Teilnehmende Blogs'],
    ['a related list labelled inside the list', `${PARAGRAPH}<div><ul><span>Artikel und Videos zum Thema</span><li><a href="/v/1">Alte Brücke gesperrt: Pendler müssen bis zum Herbst Umwege fahren</a></li><li><a href="/v/2">Radweg an der Werre wird teurer als geplant</a></li></ul></div>${PARAGRAPH}`, 'zum Thema'],
    ['a photo credit on the last line of the last paragraph', `${PARAGRAPH}<p>Zeugen melden sich bei der Polizei.<br>Foto: <a href="https://bilder.example/max">Max Muster</a> / Bilderdienst (Symbolbild)</p>`, 'Max Muster'],
  ])('should remove %s', (_case, html, removed) => {
    const { text } = tidied(html);

    expect(text).toContain('Der Rat hat am Montag');
    expect(text).not.toContain(removed);
  });

  it('should remove a label that nothing follows at the end, and nothing before it', () => {
    const picks = '<ul><li><a href="/p/1">Buch: Die Werre und die Brücke</a> (2024)</li><li><a href="/p/2">Film: Der Fluss und seine Dörfer</a> (2023)</li><li><a href="/p/3">Spiel: Brückenbau an der Werre</a> (2022)</li></ul>';
    const { text } = tidied(`${PARAGRAPH}<p>Empfehlungen von Anna:</p>${picks}<p>Empfehlungen von Ben:</p><h3>Ähnliche Artikel</h3>`);

    expect(text).not.toContain('Ähnliche Artikel');
    expect(text).not.toContain('Empfehlungen von Ben');
    expect(text).toContain('Empfehlungen von Anna:');
    expect(text).toContain('Buch: Die Werre');
  });

  it('should remove a byline at the top and report it', () => {
    const actual = tidied(`<p>Von Anna Beispiel</p>${PARAGRAPH}`);

    expect(actual.text).not.toContain('Anna Beispiel');
    expect(actual.removedBylines).toEqual(['Von Anna Beispiel']);
  });

  it('should remove a Spanish or French byline at the top and report it', () => {
    const spanish = tidied(`<p><em><strong>Por Agencia EFE</strong></em></p>${PARAGRAPH}`);
    const french = tidied(`<p>Par Jean Dupont et Marie Curie</p>${PARAGRAPH}`);

    expect([spanish.text, french.text]).toEqual([blockText(new JSDOM(PARAGRAPH).window.document.body), blockText(new JSDOM(PARAGRAPH).window.document.body)]);
    expect([...spanish.removedBylines, ...french.removedBylines]).toEqual(['Por Agencia EFE', 'Par Jean Dupont et Marie Curie']);
  });

  it.each([
    ['a Spanish sentence opening with "Por"', '<p>Por eso, el alcalde pidió calma.</p>'],
    ['a French sentence opening with "Par"', '<p>Par ailleurs, la mairie rappelle les horaires.</p>'],
    ['a Spanish closing line opening with "Por"', '<p>Por Dios, qué calor.</p>'],
  ])('should keep %s at the top and at the end', (_case, line) => {
    const sentence = new JSDOM(line).window.document.body.textContent!;

    expect(tidied(`${line}${PARAGRAPH}`).text).toContain(sentence);
    expect(tidied(`${PARAGRAPH}${line}`).text).toContain(sentence);
  });

  it.each([
    ['a subheading', `${PARAGRAPH}<h2>Kosten höher als geplant</h2>${PARAGRAPH}`, 'Kosten höher als geplant'],
    ['a sentence that starts like a credit', `${PARAGRAPH}<p>Foto: Die Aufnahme zeigt, wie die Brücke vor dem Hochwasser aussah und wie viel sich seitdem verändert hat.</p>`, 'Die Aufnahme zeigt'],
    ['a list of facts', `${PARAGRAPH}<ul><li>Länge: 84 Meter</li><li>Kosten: 2,6 Millionen Euro</li></ul>`, 'Länge: 84 Meter'],
    ["a listicle's own top ten", `${PARAGRAPH}<h2>Top 10</h2><ol><li>Hermannsweg über den Teutoburger Wald</li><li>Rundweg am <a href="/externsteine">Externsteine</a>-Parkplatz</li></ol>${PARAGRAPH}`, 'Hermannsweg über den Teutoburger Wald'],
    ['a last line after a line break that is no credit', `${PARAGRAPH}<p>Zeugen melden sich bei der Polizei.<br>Foto: Die Aufnahme zeigt, wie die Brücke vor dem Hochwasser aussah und wie viel sich seitdem verändert hat.</p>`, 'Die Aufnahme zeigt'],
    ["a picture's credit line in its figure", `<figure><img src="https://example.org/b.jpg" alt=""><p>Foto: Lena Sprung</p></figure>${PARAGRAPH}`, 'Lena Sprung'],
    ['a rating', `${PARAGRAPH}<p>4 / 5</p>${PARAGRAPH}`, '4 / 5'],
    ["a book's length", `${PARAGRAPH}<p>Seiten: 367</p>${PARAGRAPH}`, 'Seiten: 367'],
    ['a last sentence that ends in a colon', `${PARAGRAPH}<p>Bürgermeisterin Anna Beispiel sagte nach der Sitzung zu den Plänen des Landes:</p>`, 'sagte nach der Sitzung'],
    ['a last heading with a picture under it', `${PARAGRAPH}<h3>Die Brücke im Bild</h3><p><img src="https://example.org/bruecke.jpg" alt=""></p>`, 'Die Brücke im Bild'],
    ["a listicle's top ten set as a plain line", `${PARAGRAPH}<p>Top 10</p><ol><li>Hermannsweg über den Teutoburger Wald</li></ol>${PARAGRAPH}`, 'Top 10'],
  ])('should keep %s', (_case, html, kept) => {
    expect(tidied(html).text).toContain(kept);
  });

  it.each([
    [
      'a German magazine asking for a contribution, in a wrapper with loose text',
      '<div><p>Gefällt dir unser Klettermagazin? Wir haben uns gegen eine Bezahlschranke entschieden.</p>Damit das so bleibt, brauchen wir deine Unterstützung.<p>Darum: Hilf mit und unterstütze uns mit einem kleinen Beitrag.</p></div>',
      ['Klettermagazin', 'brauchen wir', 'Hilf mit'],
    ],
    [
      'an English membership offer with a list of perks',
      "<p>When you join the Courier family, you'll get unlimited digital access to local journalism.</p><p>Join now to get:</p><ul><li>Instant access to special reports</li><li>Member events</li></ul><p>If you're already a subscriber, log in for immediate access.</p>",
      ['unlimited digital access', 'Member events', 'already a subscriber'],
    ],
    [
      'a Spanish appeal under a heading',
      '<h3>Apoya el periodismo independiente</h3><p>Si te parece valioso nuestro trabajo, únete a nuestra comunidad de lectores.</p><p>Cancela cuando quieras.</p>',
      ['Apoya el periodismo', 'Cancela'],
    ],
    [
      'a Spanish invitation to join, opening with an accented letter',
      '<p>Únete a nuestra comunidad de lectores y recibe cada mañana las noticias de la región.</p><p>Cancela cuando quieras.</p>',
      ['Únete', 'Cancela'],
    ],
  ])('should remove an appeal after the article: %s', (_case, appeal, removed) => {
    const { text } = tidied(`${PARAGRAPH}${PARAGRAPH}<p>Die Arbeiten sollen im Oktober abgeschlossen sein, teilte die Stadt mit.</p>${appeal}`);

    expect(text).toContain('teilte die Stadt mit.');
    for (const phrase of removed) expect(text).not.toContain(phrase);
  });

  it.each([
    [
      'an article that ends quoting an appeal',
      `${PARAGRAPH.repeat(4)}<p>Der Verein wirbt seit Jahren mit dem Satz „Unterstützen Sie unabhängigen Journalismus“ um Spenden.</p><p>Die Stadt prüft den Antrag bis Dezember.</p>`,
    ],
    [
      'a short article whose appeal phrase would take most of it',
      '<p>Unterstützen Sie uns: Der Förderverein sammelt für die neue Orgel.</p><p>Spenden nimmt das Pfarrbüro entgegen.</p>',
    ],
  ])('should keep the text of %s', (_case, html) => {
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;
    const before = blockText(root);

    tidyArticle(root);

    expect(blockText(root)).toBe(before);
  });

  it('should put back everything it removed when asked to restore', () => {
    const html = `<div><h3>Weitere Artikel</h3><ul><li><a href="/a">A</a></li></ul></div><p>Von Anna Beispiel</p><p>27.11.2026, 14:30 Uhr</p>${PARAGRAPH}<p>Foto: Max Muster</p><div><span> </span></div>${PARAGRAPH}<p>Zeugen melden sich.<br>Foto: <a href="/m">Max Muster</a> / Bilderdienst</p><p>Schlagworte: <a href="/t/1">Brücke</a></p>`;
    const root = new JSDOM(`<div id="root">${html}</div>`).window.document.getElementById('root')!;

    const tidied = tidyArticle(root);
    const removedSome = root.innerHTML !== html;
    tidied.restore();

    expect(removedSome).toBe(true);
    expect(root.innerHTML).toBe(html);
  });
});
