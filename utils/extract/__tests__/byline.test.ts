import { describe, expect, it } from 'vitest';
import { agencyCredit, closingByline, creditListAuthors, datelineOf, isPlausibleName, mentionsAgency, parseByline } from '../byline';

describe('parseByline', () => {
  it.each([
    ['Von Anna Beispiel', ['Anna Beispiel'], []],
    ['von Anna Beispiel und Max Muster', ['Anna Beispiel', 'Max Muster'], []],
    ['VON SINA GIEBEL', ['SINA GIEBEL'], []],
    ['By Perry Bacon Jr.', ['Perry Bacon Jr.'], []],
    ['Text: Anna Beispiel, Fotos: Max Muster', ['Anna Beispiel'], []],
    ['Text und Fotos: Jana Köster', ['Jana Köster'], []],
    ['Autorin: Petra Kämper', ['Petra Kämper'], []],
    ['Von Mat\u00ADthi\u00ADas Lau\u200Berer', ['Matthias Lauerer'], []],
    ['Alle Beiträge von Anna Beispiel anzeigen', ['Anna Beispiel'], []],
    ['Alles von Max Muster', ['Max Muster'], []],
    ['View all posts by Jane Roe', ['Jane Roe'], []],
    ['Posted by mondkalb under Allgemein', ['mondkalb'], []],
    ['Quelle: Stadtbote.de/lk', ['Stadtbote.de/lk'], []],
    ['Quelle: RADIO WENDENAU/ab', ['RADIO WENDENAU/ab'], []],
    ['Quelle: dpa/lnw', [], ['dpa', 'lnw']],
    ['Posted by Anna Beispiel in Lokales, Kultur', ['Anna Beispiel'], []],
    ['Veröffentlicht von redaktion am 27.11.2026', ['redaktion'], []],
    ['Max Muster, dpa', ['Max Muster'], ['dpa']],
    ['Von Max Muster (dpa)', ['Max Muster'], ['dpa']],
    ['kmb / DPA', ['kmb'], ['dpa']],
    ['(dpa/lnw)', [], ['dpa', 'lnw']],
    ['AFP/Der Kurier', ['Der Kurier'], ['AFP']],
    ['Von Anna Beispiel | 27.11.2026, 14:30 Uhr', ['Anna Beispiel'], []],
    ['Anna Beispiel am 27. November 2026', ['Anna Beispiel'], []],
    ['Ein Kommentar von Ursula von der Leyen', ['Ursula von der Leyen'], []],
    ['Von Erika Beispiel mit Material von dpa', ['Erika Beispiel'], ['dpa']],
    ['Frank Bueltge - http://bueltge.de', ['Frank Bueltge'], []],
    ['Redaktion: Eberhard Fuhr', ['Eberhard Fuhr'], []],
    ['Posted by gizzmo', ['gizzmo'], []],
    ['Landesamt für Umwelt und Naturschutz', [], []],
    ['Anna Beispiel und Max Muster, Landesamt für Umwelt', ['Anna Beispiel', 'Max Muster'], []],
    ['epd', [], ['epd']],
    ['KNA', [], ['KNA']],
    ['Byron Vonhoff', ['Byron Vonhoff'], []],
    ['Von Paris Fromm', ['Paris Fromm'], []],
    ['Por Williams Perdomo', ['Williams Perdomo'], []],
    ['Posted on September 21, 2026 by Adi Tal', ['Adi Tal'], []],
    ['Von Jonas Feld @jonasfeld', ['Jonas Feld'], []],
    ['Petra Kämper im Gespräch mit Jonas Feld', ['Petra Kämper', 'Jonas Feld'], []],
    ['Lena Hofmann)', ['Lena Hofmann'], []],
    ['By Glen Owen and Brendan Carlin for MailOnline', ['Glen Owen', 'Brendan Carlin'], []],
    ['By Nora Quell And Tom Weald For The Evening Courier', ['Nora Quell', 'Tom Weald'], []],
    ['Von Anna Beispiel, Korrespondentin für Nahost', ['Anna Beispiel'], []],
    ['Text: Anna Beispiel, Lemgo', ['Anna Beispiel'], []],
    ['Max Muster / ab', ['Max Muster'], []],
    ['kmb / lk', ['kmb', 'lk'], []],
    ['Auteur: Anna Kubišta', ['Anna Kubišta'], []],
    // Agencies signing with their full name, or with the word for "agency" before it.
    ['Por Agencia EFE', [], ['EFE']],
    ["Par l'AFP", [], ['AFP']],
    ['Deutsche Presse-Agentur', [], ['dpa']],
    ['Von Anna Beispiel, Nachrichtenagentur dpa', ['Anna Beispiel'], ['dpa']],
    ['Agence France-Presse', [], ['AFP']],
    // Agencies beyond Europe, by their short and their full names.
    ['By Taro Yamada, Kyodo News', ['Taro Yamada'], ['Kyodo']],
    ['Jiji Press', [], ['Jiji']],
    ['(Yonhap)', [], ['Yonhap']],
    ['Press Trust of India', [], ['PTI']],
    ['Par Jean Dupont et Marie Curie', ['Jean Dupont', 'Marie Curie'], []],
    ['Por Juan Pérez y Ana Gómez', ['Juan Pérez', 'Ana Gómez'], []],
    ['Mario Rossi e Luca Bianchi', ['Mario Rossi', 'Luca Bianchi'], []],
    ['Por José Ortega y Gasset', ['José Ortega y Gasset'], []],
  ])('should read %j', (raw, authors, agencies) => {
    const actual = parseByline(raw);

    expect(actual).toEqual({ authors, agencies });
  });
});

describe('mentionsAgency', () => {
  it.each([
    ['(dpa/lnw)', true],
    ['Foto: AFP', true],
    ['Jiji Press', true],
    ["Par l'AFP", true],
    ['dpa-AFX', true],
    ['Update', false],
    ['Papa', false],
    ['Lokales', false],
  ])('should say whether %j names an agency', (text, expected) => {
    expect(mentionsAgency(text)).toBe(expected);
  });
});

describe('isPlausibleName', () => {
  it.each([
    ['Anna Beispiel', true],
    ['gizzmo', true],
    ['Thomas de Maizière', true],
    ['der Veranstaltung', false],
    ['https://www.facebook.com/outlet', false],
    ['redaktion@example.org', false],
    ['Facebook', false],
    ['Dies ist ein ganzer Satz und kein Name', false],
    ['Posted on', false],
    ['Actualizado: 29', false],
    ['June 5', false],
    ['0 Comments', false],
    ['publisher', false],
  ])('should judge %j as %s', (name, expected) => {
    expect(isPlausibleName(name)).toBe(expected);
  });
});

describe('agencyCredit', () => {
  it.each([
    ['LEMGO (dpa) – Der Rat hat entschieden.', 'Ende.', ['dpa'], 'Lemgo'],
    ['Bad Salzuflen (epd) - Die Kirche lädt ein.', 'Ende.', ['epd'], 'Bad Salzuflen'],
    ['Berlin (dpa/lnw) – Die Lage.', 'Ende.', ['dpa', 'lnw'], 'Berlin'],
    ['Der Rat hat entschieden.', 'Das teilte die Stadt mit. (dpa)', ['dpa'], undefined],
    ['Der Rat hat entschieden.', 'Quelle: KNA', ['KNA'], undefined],
    ['El consejo decidió.', 'Fuente: Télam', ['Télam'], undefined],
    ['O conselho decidiu.', 'Fonte: Agência Brasil', ['Agência Brasil'], undefined],
    ['Der Rat hat entschieden.', 'Das sagte er (im Rathaus)', [], undefined],
  ])('should read %j … %j', (first, last, agencies, dateline) => {
    const actual = agencyCredit(first, last);

    expect(actual.agencies).toEqual(agencies);
    expect(actual.dateline).toBe(dateline);
  });
});

describe('datelineOf', () => {
  it.each([
    ['Lemgo. Der Rat der Stadt hat am Montag beschlossen …', 'Lemgo'],
    ['LEMGO – Der Rat der Stadt …', 'Lemgo'],
    ['Bad Salzuflen. Auf dem Markt …', 'Bad Salzuflen'],
    ['Der Rat der Stadt hat am Montag …', undefined],
    ['Am Montag. Ein Satz.', undefined],
    ['Update: Die Straße ist wieder frei.', undefined],
  ])('should find the dateline in %j', (line, expected) => {
    expect(datelineOf(line)).toBe(expected);
  });
});

describe('closingByline', () => {
  it.each([
    ['Anna Beispiel', true, ['Anna Beispiel']],
    ['Anna Beispiel', false, []],
    ['Anna Beispiel (ab)', false, ['Anna Beispiel']],
    ['Jan von Holtum', true, ['Jan von Holtum']],
    ['Quelle: Max Muster', false, ['Max Muster']],
    ['Quelle: Werretal Bote/ab', false, ['Werretal Bote/ab']],
    ['Frohe Weihnachten', true, []],
    ['Komplettes Ergebnis', false, []],
    ['ALLE TERMINE IM BLICK', true, []],
    ['Der Rat tagt wieder am Montag.', true, []],
    ['Quelle: dpa', false, []],
    ['© 2019 Sven Schreivogel', false, ['Sven Schreivogel']],
    ['(c) 2024 Anna Beispiel.', false, ['Anna Beispiel']],
    ['Copyright © 2018 Jan von Holtum', false, ['Jan von Holtum']],
    ['© Burkard Meyer', false, []],
    ['© 2019 Stadtwerke Wendenau GmbH', false, []],
    ['Copyright © 2018. All Rights Reserved', false, []],
    ['© 2026 Alle Rechte vorbehalten', false, []],
  ])('should read the closing line %j (emphasised: %s)', (line, emphasised, expected) => {
    expect(closingByline(line, emphasised).authors).toEqual(expected);
  });
});

describe('creditListAuthors', () => {
  const ARTICLE = 'Die Wahrheit ist eben selten filmreif, sagt sie zum Schluss.';

  it('should credit the writer of a closing credit list, not its other contributors', () => {
    const text = [ARTICLE, 'Kleid: Christopher Kane. Schmuck: Flaminia Quattrocchi.', 'Interview', 'SVEN MICHAELSEN', 'FOTOGRAF', 'ERIC MICHAEL ROY', 'CREATIVE DIRECTOR & STYLING', 'PARIS LIBBY', 'HAARE & MAKE-UP', 'JO BAKER'].join('\n');

    expect(creditListAuthors(text)).toEqual(['SVEN MICHAELSEN']);
    expect(creditListAuthors([ARTICLE, 'Text', 'Anna Beispiel und Max Muster', 'Fotos', 'Erika Beispiel'].join('\n'))).toEqual(['Anna Beispiel', 'Max Muster']);
  });

  it.each([
    ['a single label and name (a subheading and a short line)', [ARTICLE, 'Interview', 'Anna Beispiel']],
    ['a credit list without a writer', [ARTICLE, 'Fotos', 'Erika Beispiel', 'Styling', 'Paris Libby']],
    ['a list that stops before the end', [ARTICLE, 'Text', 'Anna Beispiel', 'Fotos', 'Erika Beispiel', ARTICLE]],
    ['labels out of step with the names', [ARTICLE, 'Interview', 'Fotograf', 'Anna Beispiel', 'Styling']],
    ['an article that ends in prose', [ARTICLE, ARTICLE]],
  ])('should credit no one for %s', (_case, lines) => {
    expect(creditListAuthors(lines.join('\n'))).toEqual([]);
  });
});
