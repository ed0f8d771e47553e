/**
 * Bylines as German and international news sites print them — "Von Anna Beispiel und Max
 * Muster", "Text: Anna Beispiel, Fotos: Max Muster", "Max Muster, dpa", "(dpa/lnw)",
 * "Veröffentlicht von redaktion am 27.11.2026" — split into person names and news agencies.
 * Pure string functions.
 * @module utils/extract/byline
 */
import { collapseWhitespace, escapeRegExp, withoutInvisibles } from './text';

/**
 * News agencies and their common spellings, keyed by lower case, valued by the canonical form.
 * Includes dpa's regional services (lnw, lby, lsw …), which appear as "dpa/lnw".
 */
export const AGENCIES: ReadonlyMap<string, string> = new Map(
  [
    'dpa', 'dpa-AFX', 'dpa-infocom', 'AFP', 'Reuters', 'AP', 'Associated Press', 'epd', 'KNA', 'SID', 'dapd', 'ddp', 'APA', 'SDA',
    'Keystone-SDA', 'dts', 'idea', 'Kathpress', 'EFE', 'ANSA', 'AFX', 'Xinhua', 'TASS', 'Bloomberg', 'UPI', 'PA', 'Belga', 'ANP', 'PAP', 'CTK', 'MTI', 'TASR', 'STA', 'HINA', 'Tanjug', 'WENN',
    'Jiji', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'AAP', 'Anadolu', 'Interfax', 'Ukrinform', 'Europa Press', 'Lusa', 'ATS', 'Keystone-ATS',
    'Adnkronos', 'NTB', 'Ritzau', 'Bernama', 'Antara', 'Notimex', 'Télam', 'Agência Brasil',
    'lnw', 'lby', 'lsw', 'lni', 'lhe', 'lrs', 'lmv', 'lah', 'lsa', 'lsn', 'lth', 'lbn', 'lno', 'lbb', 'tmn', 'mkp',
  ].map((name) => [name.toLowerCase(), name] as const),
);

/** "Agenturen" / "Nachrichtenagenturen" / "Agencies" as a credit means unnamed agencies. */
const GENERIC_AGENCY = /^(?:agenturen|nachrichtenagenturen|agencies|wire services|material von agenturen)$/i;

/** Labels that introduce a byline and are not part of the name. */
const LEADING_LABEL =
  /^(?:(?:ein(?:e)? )?(?:beitrag|artikel|kommentar|gastbeitrag|analyse|kolumne|interview|bericht|reportage|text) (?:von|by)|veröffentlicht von|geschrieben von|verfasst von|erstellt von|zusammengestellt von|(?:mit )?material (?:von|aus)|posted by|written by|story by|reporting by|words by|published by|by|von|vom|from|por|par|autor(?:in)?(?:en)?|author|auteure?|autore|autora|(?:text(?: und fotos?| & fotos?)?|redakteur(?:in)?|redaktion|interview|recherche|quelle)\s*(?=:))(?=[\s:|-])\s*[:|-]?\s*/i;

/** Trailing parts that are not names: dates, times, "| Lesezeit", photo credits, roles. */
const TRAILING_NOISE: readonly RegExp[] = [
  /\s*(?:[|•·–—-]\s*)?(?:fotos?|bilder?|grafik|illustration|photos?|video)\s*:.*$/i,
  /(?:\s*[|•·,–—-]\s*|\s+)(?:am|vom|on|at|um|published|veröffentlicht|aktualisiert|updated|stand|erstellt)\b.*\d.*$/i,
  /\s*[|•·,–—-]?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}.*$/,
  /\s*[|•·,–—-]?\s*\d{1,2}\.?\s+[A-Za-zäöü]{3,9}\.?\s+\d{4}.*$/,
  /\s*[|•·,–—-]?\s*\d{4}-\d{2}-\d{2}.*$/,
  /\s*[|•·,–—-]?\s*\d{1,2}:\d{2}\s*(?:uhr)?.*$/i,
  /\s*[|•·–—]\s*(?:lesezeit|\d+\s*min).*$/i,
];

/** Words that, alone, are no one's name. */
const NOT_A_NAME = new Set([
  'admin', 'administrator', 'editor', 'redakteur', 'gast', 'guest', 'unknown', 'anonymous', 'anonym', 'no author', 'none', 'null',
  'undefined', 'posted', 'posted on', 'veröffentlicht am', 'facebook', 'twitter', 'instagram', 'linkedin', 'xing', 'youtube', 'home',
  'startseite', 'mehr', 'more', 'profil', 'profile', 'kontakt', 'contact', 'e-mail', 'email', 'mail', 'autor', 'autorin', 'author',
  'von', 'by', 'und', 'and', 'text', 'foto', 'fotos', 'bild', 'share', 'teilen', 'follow', 'folgen', 'alle artikel', 'all posts',
  'stand', 'aktualisiert', 'update', 'updated', 'quelle', 'source', 'datum', 'date', 'uhr', 'danach', 'dann', 'heute', 'gestern',
  'veröffentlicht', 'publiziert', 'erschienen', 'published', 'posted', 'por', 'par', 'kontaktieren', 'contact us',
  'publisher', 'herausgeber', 'comments', 'kommentare',
  // The weekday of a date line ("Donnerstag, 4. November 2026") once the date is cut off.
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // Degrees and titles printed after a name ("Anna Beispiel, PhD"): not a second person.
  'phd', 'ph.d.', 'md', 'm.d.', 'mba', 'msc', 'bsc', 'ma', 'ba', 'llm', 'dr', 'dr.', 'prof', 'prof.', 'dipl.-ing.', 'mdb', 'mdl',
]);

/** Lower-case words inside names. */
const NAME_PARTICLES = new Set(['von', 'van', 'vom', 'zu', 'zur', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'dos', 'das', 'do', 'y', 'e', 'bin', 'al', 'el', 'ter', 'ten', 'af', 'och']);

export interface Byline {
  authors: string[];
  agencies: string[];
}

/** "Alles von", "Zeige alle Beiträge von", "View all posts by", "More from": a link to a writer's page. */
const MORE_BY = /^(?:(?:zeige|view|see|show)\s+)?(?:alle[sn]?|all|mehr|more|weitere)\s+(?:(?:beiträge|artikel|texte|posts|articles|stories|meldungen)\s+)?(?:von|by|from)\s+/i;

/** Splits a printed byline into person names and agencies. */
export function parseByline(raw: string): Byline {
  const authors: string[] = [];
  const agencies: string[] = [];
  let text = collapseWhitespace(withoutInvisibles(raw))
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ')
    // Social handles printed beside the name ("Anna Beispiel @abeispiel").
    .replace(/(^|\s)@\w+/g, ' ')
    .replace(/^[\s|•·,:–—-]+/, '');
  // "Posted on September 21, 2026 by Anna", "Veröffentlicht am 3. März 2026 von Anna": the name follows the date.
  text = text.replace(/^(?:posted|published|veröffentlicht|erstellt|geschrieben|erschienen)\s+(?:on|am|at|den)?\s*[^|]{0,40}?\d[^|]{0,20}?\s+(?=(?:by|von)\s)/i, '');
  // The link to the writer's other pieces names the writer: "Alle Beiträge von Anna Beispiel anzeigen".
  if (MORE_BY.test(text)) text = text.replace(MORE_BY, '').replace(/\s+anzeigen$/i, '');
  // "Quelle: Stadtbote.de/ab", "Quelle: RADIO NORD/ls": the outlet and its editor's initials are one credit.
  const source = /^(?:quelle|source)\s*:\s*([\p{L}\d .-]{2,40}\/\p{Ll}{2,4})$/iu.exec(text)?.[1];
  if (source && source.split('/').every((part) => !agencyName(part))) return { authors: [source], agencies: [] };
  // "Posted by Anna under News", "Posted by Anna in Allgemein": blog themes print the category after the name.
  if (/^(?:posted|written|filed|published|veröffentlicht)\s+(?:by|von)\s/i.test(text)) text = text.replace(/\s+(?:in|under|unter|filed under)\s+.*$/i, '');
  for (let i = 0; i < 3; i++) {
    const stripped = text.replace(LEADING_LABEL, '');
    if (stripped === text) break;
    text = stripped;
  }
  for (const noise of TRAILING_NOISE) text = text.replace(noise, '');

  // "(dpa)" or "(dpa/lnw)" anywhere: agencies in brackets.
  text = text.replace(/\(([^()]{1,40})\)/g, (whole, inner: string) => {
    const found = inner.split(/\s*[/,;|]\s*|\s+/).map(agencyName);
    if (found.length > 0 && found.every((a) => a !== undefined)) {
      agencies.push(...(found as string[]));
      return ' ';
    }
    return whole;
  });

  let splitPhrase = false;
  // "Anna Beispiel im Gespräch mit Max Muster": interviewee and interviewer are both credited.
  for (const part of text.split(/\s*(?:\bim (?:gespräch|interview) mit\b|\bin conversation with\b|[,;|/&+•·]|\s[–—-]\s|\bund\b|\band\b|\bet\b(?!\s+al\b)|\bsowie\b|\bmit\b|\bwith\b|\bu\.\b)\s*/i).flatMap(splitAtNameJoiner)) {
    // A trailing dot is punctuation, unless it ends an abbreviation ("Perry Bacon Jr.", "Anna M.").
    const candidate = part
      .replace(LEADING_LABEL, '')
      .replace(/\s*\([^()]*\)\s*/g, ' ') // "(Pressereferentin)", "(Text)": roles, not names
      .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '')
      .replace(/(\S{4,})\.+$/u, '$1')
      // A bracket left without its pair by the split ("(Kontakt: MatsWichmann)").
      .replace(/^\((?=[^)]*$)|(?<=^[^(]*)\)$/u, '')
      .trim();
    if (!candidate) continue;
    const agency = agencyName(candidate);
    if (agency) agencies.push(agency);
    else if (GENERIC_AGENCY.test(candidate)) continue;
    else if (isPlausibleName(candidate)) authors.push(candidate);
    else {
      const writer = withoutOutletSuffix(candidate);
      if (writer) authors.push(writer);
      else if (isPhrase(candidate)) splitPhrase = true;
    }
  }
  return { authors: withoutLoneWords(dedupe(authors), splitPhrase), agencies: dedupe(agencies) };
}

/**
 * "Juan Pérez y Ana Gómez", "Mario Rossi e Luca Bianchi": two writers joined by "y" or "e", which
 * also join the parts of one name ("José Ortega y Gasset"). Split only between two full names,
 * each of at least two words that begins and ends capitalised.
 */
function splitAtNameJoiner(part: string): string[] {
  const m = /^(.+?)\s+[ye]\s+(.+)$/u.exec(part.trim());
  if (!m) return [part];
  const [left, right] = [m[1]!, m[2]!];
  const isFullName = (s: string) => /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Lu}\S*$/u.test(s);
  return isFullName(left) && isFullName(right) ? [left, ...splitAtNameJoiner(right)] : [part];
}

/** Words of which one is written in lower case and is no name particle: a phrase, not a name. */
function isPhrase(candidate: string): boolean {
  const words = candidate.split(/\s+/);
  return words.length >= 2 && words.some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word.toLowerCase()));
}

/**
 * "Brendan Carlin for MailOnline", "Anna Beispiel für den Stadtboten": the name without the
 * outlet the writer files for. Only a full name counts: "Korrespondentin für Nahost" is a role.
 */
function withoutOutletSuffix(candidate: string): string | undefined {
  const name = /^(.+?)\s+(?:for|für)\s+\S.*$/iu.exec(candidate)?.[1];
  return name && name.includes(' ') && isPlausibleName(name) ? name : undefined;
}

/**
 * One-word parts beside full names are a place or a desk's initials, not a co-author:
 * "Anna Beispiel, Lemgo", "Max Muster / ab". Alone, one word is a user name and stays, unless it
 * was split off a phrase: "Bundesministerium für Wirtschaft und Klimaschutz" names no writer
 * "Klimaschutz".
 */
function withoutLoneWords(authors: string[], besidePhrase: boolean): string[] {
  return besidePhrase || authors.some((name) => name.includes(' ')) ? authors.filter((name) => name.includes(' ')) : authors;
}

/** The canonical agency name for a credit like "dpa", "AFP" or "Reuters"; undefined otherwise. */
export function agencyName(credit: string): string | undefined {
  const key = credit.trim().replace(/[.:]$/, '').toLowerCase();
  return AGENCIES.get(key) ?? AGENCY_FULL_NAMES.get(key) ?? AGENCIES.get(key.replace(AGENCY_WORD, ''));
}

/** Agencies by the full names they sign with, as their short names (the form a report groups by). */
const AGENCY_FULL_NAMES: ReadonlyMap<string, string> = new Map([
  ['deutsche presse-agentur', 'dpa'],
  ['deutsche presseagentur', 'dpa'],
  ['evangelischer pressedienst', 'epd'],
  ['katholische nachrichten-agentur', 'KNA'],
  ['sport-informations-dienst', 'SID'],
  ['austria presse agentur', 'APA'],
  ['schweizerische depeschenagentur', 'SDA'],
  ['agence france-presse', 'AFP'],
  ['agence france presse', 'AFP'],
  ['jiji press', 'Jiji'],
  ['kyodo news', 'Kyodo'],
  ['yonhap news agency', 'Yonhap'],
  ['press trust of india', 'PTI'],
  ['australian associated press', 'AAP'],
  ['anadolu agency', 'Anadolu'],
  ['ria novosti', 'RIA Novosti'],
]);
/**
 * Any agency's name as a word of a text ("(dpa/lnw)", "Foto: AFP", "Jiji Press"): one test that
 * spares most texts the byline parser when only agencies are sought.
 */
export function mentionsAgency(text: string): boolean {
  // Built on first use: the library page bundles this module for splitCredit and never asks.
  agencyMention ??= new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${agencyNamesPattern()})(?![\p{L}\p{N}])`, 'iu');
  return agencyMention.test(text);
}

let agencyMention: RegExp | undefined;

/** Every agency name as alternatives, longest first, so that "dpa-AFX" is one name, not "dpa" followed by more. */
function agencyNamesPattern(): string {
  return [...AGENCIES.keys(), ...AGENCY_FULL_NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** The word for "agency" before an agency's short name: "Agencia EFE", "Nachrichtenagentur dpa", "l'AFP". */
const AGENCY_WORD = /^(?:(?:nachrichten)?agentur|agencia|agence|agenzia|agência|(?:news )?agency|l['’])\s*/;

/** True for a string that can be a person's (or a desk's) name as a byline prints it. */
export function isPlausibleName(candidate: string): boolean {
  const name = candidate.trim();
  if (name.length < 2 || name.length > 60) return false;
  if (NOT_A_NAME.has(name.toLowerCase())) return false;
  if (/https?:|www\.|@|\.(?:de|com|net|org|at|ch)\b|\d{3,}|[<>{}[\]=#:]/i.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5 || !/\p{L}/u.test(name)) return false;
  // A one-word byline may be a user name ("gizzmo"); a longer one is capitalised like a name,
  // apart from particles ("Ursula von der Leyen", "Thomas de Maizière").
  if (words.length === 1) return true;
  // A number beside words is a date or a counter ("June 5", "0 Comments"), not part of a name.
  if (words.some((w) => /^\d+\.?$/.test(w))) return false;
  if (!/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  return words.slice(1).every((w) => /^[\p{Lu}(„"'\d]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/** Company names by their legal form: a publisher or web agency, not a writer. */
const LEGAL_ENTITY = /\b(?:gmbh|mbh|ag|kg|ohg|gbr|e\.\s?v\.|se|ltd|llc|inc|corp|plc|s\.a\.|s\.l\.|srl|b\.v\.)\.?(?:\s*&\s*co\.?(?:\s*kg)?)?$/i;

export function isLegalEntity(name: string): boolean {
  return LEGAL_ENTITY.test(name.trim());
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An agency credit at the start or end of the body: "LEMGO (dpa) – Der Rat …", "Berlin (AFP) -",
 * "… zu sehen. (dpa/lni)", "Quelle: dpa". Returns the agencies and the dateline place, if any.
 */
export function agencyCredit(firstLine: string, lastLine: string): { agencies: string[]; dateline?: string } {
  const agencies: string[] = [];
  let dateline: string | undefined;
  // "LEMGO (dpa) – Der …", "Bielefeld (epd). Die …", "Bonn (KNA) Das …"
  const opening = /^([A-ZÄÖÜ][\p{L}.\s/-]{1,40}?)\s*\(([^()]{1,30})\)\s*(?:[–—:-]|\.(?=\s)|(?=\s+\p{Lu}))/u.exec(firstLine);
  if (opening) {
    const found = opening[2]!.split(/\s*[/,]\s*/).map(agencyName);
    if (found.every((a) => a !== undefined)) {
      agencies.push(...(found as string[]));
      dateline = placeName(opening[1]!);
    }
  }
  // Letters of any script: "Fuente: Télam", "Fonte: Agência Brasil".
  const closing = /(?:\(([^()]{1,30})\)|(?:quelle|mit material von|material|source|fuente|fonte)\s*:?\s*([\p{L}\p{N}\s/,-]{1,40}))\s*$/iu.exec(lastLine);
  const credit = closing?.[1] ?? closing?.[2];
  if (credit) {
    const found = credit.split(/\s*[/,]\s*|\s+und\s+/).map(agencyName);
    if (found.length > 0 && found.every((a) => a !== undefined)) agencies.push(...(found as string[]));
  }
  return { agencies: dedupe(agencies), ...(dateline && { dateline }) };
}

/** A dateline at the start of the body without an agency: "Lemgo. Der Rat …", "LEMGO – Der Rat …". */
export function datelineOf(firstLine: string): string | undefined {
  const m = /^([A-ZÄÖÜ][\p{L}-]+(?:[ /-][A-ZÄÖÜ][\p{L}-]+){0,2})(?:\s*\([^()]{1,30}\))?\s*(?:\.(?=\s+\p{Lu})|\s[–—-]\s|:\s)/u.exec(firstLine);
  if (!m) return undefined;
  const place = m[1]!;
  // "Am Montag." or "Update:" would be sentence starts or labels, not places.
  const firstWord = place.split(/[ /-]/)[0]!;
  if (/^(?:Der|Die|Das|Ein|Eine|Am|Im|In|Bei|Nach|Vor|Für|Mit|Auf|Zum|Zur|Es|Er|Sie|Wir|Ich|Und|Aber|The|A|An|Heute|Gestern|Morgen|Update|Info|Hinweis|Achtung|Fazit|Foto|Bild|Quelle|Von|Text|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/i.test(firstWord)) return undefined;
  return placeName(place);
}

function placeName(raw: string): string {
  const place = raw.trim().replace(/[.\s]+$/, '');
  // "LEMGO" → "Lemgo", "BAD SALZUFLEN" → "Bad Salzuflen"; mixed case stays as printed.
  return place === place.toUpperCase()
    ? place.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    : place;
}

/** How many of the body's last lines a closing credit list may take. */
const CREDIT_LIST_LINES = 24;
/** Labels of a credit list that name the writer; every other label names a contributor. */
const WRITER_LABEL = /^(?:text(?:e)?|interview|autor(?:in|en)?|words|story|reportage|text (?:&|und|and) interview|interview (?:&|und|and) text)$/i;

/**
 * The writers a magazine's closing credit list names: label and name on lines of their own,
 * pair after pair, to the end of the body ("Interview ¶ SVEN MICHAELSEN ¶ Fotograf ¶ ERIC
 * MICHAEL ROY ¶ Styling ¶ …"). At least two pairs, so that a lone subheading followed by a short
 * line is no credit list; only the pairs whose label names the writing count.
 */
export function creditListAuthors(text: string): string[] {
  const lines = text.split('\n').slice(-CREDIT_LIST_LINES).map((line) => line.trim());
  const writers: string[] = [];
  let pairs = 0;
  for (let i = lines.length - 1; i >= 1; i -= 2) {
    const [label, value] = [lines[i - 1]!, lines[i]!];
    // The label first: it is cheap to test, and the last line of most bodies is a paragraph.
    if (!isCreditLabel(label)) break;
    // A one-word value is a label out of step ("Fotograf ¶ Styling"): names in credit lists are full.
    const names = /\s/.test(value) && !WRITER_LABEL.test(value) ? parseByline(value).authors : [];
    if (names.length === 0) break;
    pairs++;
    if (WRITER_LABEL.test(label)) writers.unshift(...names);
  }
  return pairs >= 2 ? dedupe(writers) : [];
}

/** A credit list's label: a short line of words without sentence punctuation ("Creative Director & Styling"). */
function isCreditLabel(line: string): boolean {
  return line.length <= 60 && line.split(/\s+/).length <= 8 && /^\p{L}[\p{L}\s&/+-]*$/u.test(line);
}

/** First words of short closing lines that are greetings or labels, not a writer's name. */
const NOT_NAME_START = /^(?:frohe|frohes|viel|viele|vielen|herzliche|herzlichen|liebe|lieben|beste|besten|schöne|schönen|gute|guten|weitere|alle|mehr|ihre|ihr|euer|eure|unsere|unser|danke|kontakt|info|infos|hinweis|anmerkung|foto|fotos|bild|quelle|update|fazit|tipp|tipps|zum|zur|zurück|nach|bis|siehe|termine|anzeige|werbung|teilen|drucken|kommentare|links|the|all|more|read|see|share)$/i;

/**
 * A copyright notice of the text with its year, the way small sites sign a story:
 * "© 2019 Anna Beispiel", "(c) 2024 Anna Beispiel". A photo credit rarely carries a year.
 */
const DATED_COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}\s+/i;

/**
 * The writer credited at the end of the body when nothing else names one: a source credit
 * ("Quelle: Anna Beispiel", "Quelle: Stadtbote/ab"), or a line that is only a name with the
 * editor's initials ("Anna Beispiel (ab)"), or only a name set apart in bold or italics
 * (`emphasised`) or by a dated copyright mark ("© 2019 Anna Beispiel"). A plain line of two
 * capitalised words is as often a German noun phrase ("Komplettes Ergebnis") as a name, so it
 * needs one of those marks.
 */
export function closingByline(lastLine: string, emphasised = false): Byline {
  const none = { authors: [], agencies: [] };
  let line = collapseWhitespace(lastLine).replace(/[.;]$/, '');
  if (line.length > 60) return none;
  if (/^(?:quelle|text|autor(?:in)?)\s*:/i.test(line)) return parseByline(line);
  const copyright = DATED_COPYRIGHT.exec(line);
  if (copyright) line = line.slice(copyright[0].length);
  // Two to four words written like names (no all-caps headings), optionally the initials in brackets.
  const m = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:von|van|de|zu|von der)\s+)?\p{Lu}(?:\.|\p{Ll}[\p{L}'’-]*)){1,3})(?:\s*\((\p{Ll}{2,4})\))?$/u.exec(line);
  if (!m || (!m[2] && !emphasised && !copyright) || NOT_NAME_START.test(m[1]!.split(/\s+/)[0]!) || !isPlausibleName(m[1]!) || isLegalEntity(m[1]!)) return none;
  return { authors: [m[1]!], agencies: [] };
}
