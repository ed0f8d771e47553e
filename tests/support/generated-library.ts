/**
 * The one generator of realistic clippings, for the benchmarks (`npm run bench`: library,
 * export/import, popup, extraction) and the end-to-end tests that need a library of some size:
 * German and English regional news with headlines, kickers, bylines, agency credits, captions
 * with photo credits, links, quotes and the odd table, notes, tags from a skewed distribution (a
 * few on most clippings, a long tail of rare ones), 50 outlets, 8 collections, dates spread over
 * one year in the outlet's time zone, log-normal article lengths, and a few selections and links
 * among the articles, some edited after clipping. Fictional text.
 *
 * Deterministic: clipping `i` of seed `s` is always the same record, whatever batch it is made
 * in, so a benchmark can make 10,000, measure, and add the next 90,000 in the page itself.
 * Pure and self-contained (no Node or browser APIs), so it runs in Node and can be bundled into
 * an extension page (see scripts/bench/page-bundle.ts).
 * @module tests/support/generated-library
 */
import type { Caption } from '@/utils/extract/types';
import type { Clipping, ClippingKind, Collection } from '@/utils/db';

export interface GenerateOptions {
  /** Same seed, same clippings. */
  seed?: number;
  /** Epoch ms of the newest publication date; clippings spread over the year before it. */
  end?: number;
  /** Collection ids to spread the clippings over (skewed; the first gets the most). */
  collectionIds?: readonly string[];
}

const DAY = 86_400_000;
const DEFAULT_END = Date.UTC(2026, 10, 30, 18, 0, 0);
const DEFAULT_SEED = 20_261_130;

/** The collections a PR team might keep; `inbox` exists in every database. */
export const BENCH_COLLECTIONS: readonly Collection[] = [
  ['inbox', 'Inbox', ''],
  ['stadtwerke', 'Stadtwerke – Presseecho', 'Berichte über die Stadtwerke und die Energiepreise'],
  ['kampagne-rad', 'Kampagne Radverkehr 2026', 'Coverage of the cycling campaign'],
  ['klinikum', 'Klinikum Nord', 'Alles zum Klinikum und zur Notaufnahme'],
  ['landtag', 'Landtag & Landespolitik', ''],
  ['kultursommer', 'Kultursommer', 'Festival coverage, reviews and previews'],
  ['wirtschaft', 'Wirtschaft der Region', ''],
  ['krisen', 'Krisenkommunikation Hochwasser', 'Hochwasser im Frühjahr: jede Erwähnung'],
].map(([id, name, description], i) => ({ id: id!, name: name!, description: description!, defaultTags: [], createdAt: DEFAULT_END - 400 * DAY + i * DAY }));

/** A small seeded PRNG (mulberry32): fast, good enough for test data, identical everywhere. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return {
    next,
    int,
    pick,
    chance: (p: number) => next() < p,
    /** Index in 0…n-1 with Zipf-like weights (s ≈ 1): a few very common, a long tail of rare ones. */
    zipf: (n: number, s = 1.05) => {
      // Inverse-CDF approximation of a continuous power law over [1, n + 1).
      const u = next();
      const a = 1 - s;
      const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a);
      return Math.min(n - 1, Math.floor(x) - 1);
    },
    /** Normally distributed (Box–Muller). */
    normal: (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    uuid: () => {
      const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

// ---------------------------------------------------------------------------------------------
// Vocabulary. Written for this generator; compounds and place names give the long tail of rare
// words that real regional news has (and that a search index must cope with).

const DE = {
  function: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei seit soll jetzt schon damit ihre gegen unter sagt sagte wieder etwa rund zwei drei vier fünf bereits künftig allerdings zudem deshalb dabei dort hier heute gestern morgen'.split(' '),
  nouns: 'Stadt Rat Haushalt Schule Brücke Straße Verkehr Feuerwehr Polizei Bürgermeisterin Bürgermeister Kreis Gemeinde Verwaltung Ausschuss Sitzung Antrag Beschluss Millionen Euro Kosten Baustelle Sanierung Bauzeit Anwohner Eltern Kinder Lehrer Kita Klinikum Notaufnahme Pflege Ärzte Patienten Energie Strom Gas Preise Stadtwerke Netz Windpark Solaranlage Hochwasser Pegel Deich Einsatz Unfall Fahrer Radweg Bahnhof Bus Linie Fahrplan Verein Festival Konzert Bühne Ausstellung Museum Theater Bibliothek Markt Händler Innenstadt Gewerbe Unternehmen Betrieb Arbeitsplätze Ausbildung Wohnungen Mieten Bauland Quartier Investor Landrat Landtag Abgeordnete Fraktion Opposition Wahl Umfrage Ergebnis Saison Trainer Mannschaft Spiel Tor Sieg Niederlage Tabelle Ehrenamt Spende Jubiläum Gottesdienst Kirche Friedhof Grundschule Gymnasium Campus Hochschule Studierende Forschung Krankenhaus Rettungsdienst Wasser Abwasser Müll Gebühren Steuer Grundsteuer Kämmerer Defizit Rücklage Förderung Zuschuss Land Bund'.split(' '),
  verbs: 'beschließt plant fordert kritisiert eröffnet startet meldet warnt erklärt kündigt investiert verschiebt prüft bestätigt begrüßt lehnt übernimmt erhält verliert gewinnt feiert diskutiert einigt sperrt baut saniert erweitert schließt senkt erhöht stellt zeigt sucht'.split(' '),
  adjectives: 'neue neuen großen kleinen ersten letzten öffentlichen städtischen regionalen knapp deutlich höhere geringere zusätzliche lange kurze wichtige umstrittene beliebte marode moderne digitale gemeinsame'.split(' '),
  compoundHeads: 'Stadt Rad Schul Bau Wasser Energie Kinder Feuer Verkehrs Bürger Kultur Sport Gewerbe Wohn Park Kranken Bus Wind Sonnen Markt Landes Kreis Haushalts Umwelt Jugend Senioren Hafen Wald Brücken Kirchen'.split(' '),
  compoundTails: 'rat weg hof platz werk preis garten wehr konzept plan verwaltung haus zentrum amt gesetz bericht netz halle anlage fest verein projekt gebiet straße ausschuss kasse pflicht förderung sanierung bahn'.split(' '),
  placeHeads: 'Alten Neu Ober Nieder Wester Oster Hohen Rot Grün Lind Eich Buchen Kirch Mühl Werre Lipp Berg Bruch Sand Stein Wald Hag Kalt Schön'.split(' '),
  placeTails: 'bruch hausen dorf feld stadt heide brück hagen horst beck burg furt bach rode ingen au'.split(' '),
  firstNames: 'Jana Lukas Anna Jonas Lea Felix Marie Paul Sophie Tim Laura David Julia Max Katrin Stefan Sabine Thomas Petra Michael Birgit Andreas Monika Jens Claudia Frank Ute Dirk Nina Ole'.split(' '),
  lastNames: 'Köster Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Brandt Kaiser Vogel Jansen Ahrens Beckmann Stüber Tiemann Husemann'.split(' '),
  sections: ['Lokales', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Region', 'Blaulicht'],
  creditLabel: 'Foto',
  captionLead: ['Blick auf', 'Die', 'Gut besucht:', 'Im Rathaus:', 'Noch gesperrt:', 'Großer Andrang bei', 'Hier entsteht'],
};

const EN = {
  function: 'the of and to in a is that for on with as was at by from it be this are has have not an which were but their its will they after about more up said says new also would had been over than into two three four five last this week year today yesterday still now there'.split(' '),
  nouns: 'council city budget school bridge road traffic fire police mayor county borough committee meeting plan decision million pounds cost roadworks repairs residents parents children teachers nursery hospital emergency care doctors patients energy power gas prices utility network windfarm solar flood river barrier crews crash driver cycleway station bus route timetable club festival concert stage exhibition museum theatre library market traders centre businesses jobs apprenticeships homes rents housing developer minister parliament members party opposition election poll result season manager team match goal win defeat table volunteers donation anniversary church cemetery primary academy campus university students research ambulance water sewage waste fees tax deficit reserves funding grant government'.split(' '),
  verbs: 'approves plans demands criticises opens launches reports warns explains announces invests delays reviews confirms welcomes rejects takes receives loses wins celebrates debates agrees closes builds repairs expands cuts raises presents seeks'.split(' '),
  adjectives: 'new major small first final public local regional narrow clear higher lower extra long short key controversial popular crumbling modern digital joint'.split(' '),
  compoundHeads: [] as string[],
  compoundTails: [] as string[],
  placeHeads: 'Ash Bridge Brook Castle Church Elm Fair Green High Kings Lang Mill New North Oak Red Stan Stone Wes Whit Wood'.split(' '),
  placeTails: 'ford ton bury field ham ley wick worth mouth stead by thorpe hill gate bridge'.split(' '),
  firstNames: 'Emma Oliver Amelia Harry Isla Jack Ava George Mia Noah Grace Leo Ella Oscar Lily Charlie Sophie James Chloe Thomas Ruth Peter Helen Mark Sarah'.split(' '),
  lastNames: 'Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Hughes Edwards Lewis'.split(' '),
  sections: ['News', 'Politics', 'Business', 'Culture', 'Sport', 'Local'],
  creditLabel: 'Photo',
  captionLead: ['A view of', 'The', 'Busy:', 'At the town hall:', 'Still closed:', 'Crowds at', 'Work under way on'],
};
type Lexicon = typeof DE;

/**
 * 50 outlets: 40 German-language regional papers and broadcasters, 10 English-language ones,
 * interleaved so that the skewed outlet distribution gives both languages big and small titles.
 */
const OUTLETS: readonly Outlet[] = interleave([
  ...'Werretal-Bote|Lippische Rundschau|Emsland-Kurier|Westfälischer Anzeiger Nord|Weserbergland-Zeitung|Sauerland-Echo|Ostholsteiner Tageblatt|Nordheide-Nachrichten|Harzer Volksstimme Land|Eifel-Anzeiger|Moselpost|Hunsrück-Bote|Taunus-Kurier|Wetterauer Tagblatt|Vogelsberger Landbote|Rhön-Zeitung|Mainfränkischer Anzeiger|Oberpfalz-Echo|Allgäuer Kreisbote|Bodensee-Rundschau|Schwarzwald-Kurier|Hohenloher Tagblatt|Kraichgau-Anzeiger|Pfälzer Landpost|Saar-Echo|Altmark-Nachrichten|Uckermark-Kurier|Spreewald-Bote|Erzgebirgs-Anzeiger|Vogtland-Rundschau|Thüringer Landbote Süd|Eichsfelder Tageblatt|Nordfriesland-Nachrichten|Dithmarscher Landeszeitung Ost|Wendland-Echo|Radio Werretal|Regionalfernsehen Lippe|Stadtanzeiger Altenbruch|Kreisblatt Oberhausen-Land|Mittelhessen Online'
    .split('|')
    .map((name) => ({ name, host: `${slug(name)}.example`, lang: 'de' as const })),
  ...'Wessex Gazette|Northfield Echo|Dales Courier|Fenland Chronicle|Marcher Post|Severn Valley Times|Lakeland Herald|Tyneside Observer|Borders Standard|Cotswold Journal'
    .split('|')
    .map((name) => ({ name, host: `${slug(name)}.example`, lang: 'en' as const })),
]);

interface Outlet {
  name: string;
  host: string;
  lang: 'de' | 'en';
}

/** Every fifth outlet English: 40 German, then 10 English in, becomes de de de de en de … */
function interleave(outlets: Outlet[]): Outlet[] {
  const german = outlets.filter((o) => o.lang === 'de');
  const english = outlets.filter((o) => o.lang === 'en');
  return german.flatMap((o, i) => (i % 4 === 3 && english.length ? [o, english.shift()!] : [o]));
}

const AGENCIES = { de: ['dpa', 'epd', 'KNA', 'AFP', 'dpa/lnw'], en: ['PA', 'Reuters', 'AP', 'AFP'] };

/** Tags a PR team uses: a few very common (the campaign, the client), a long tail of specific ones. */
const TAGS = [
  'Stadtwerke', 'Pressemitteilung', 'Radverkehr', 'Klinikum', 'Landtag', 'Haushalt', 'Energiepreise', 'Kultursommer', 'Hochwasser', 'Schulen',
  'Interview', 'Leserbrief', 'Kommentar', 'Wohnungsbau', 'Bürgermeisterin', 'Windpark', 'Bahnhof', 'Kita', 'Feuerwehr', 'Wirtschaft',
  'positiv', 'negativ', 'neutral', 'Titelseite', 'Online', 'Print', 'Social Media', 'Krise', 'Jubiläum', 'Ehrenamt',
  'council', 'budget', 'cycling', 'hospital', 'floods', 'energy', 'housing', 'schools', 'festival', 'press release',
  ...Array.from({ length: 260 }, (_, i) => `Thema ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`),
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function word(random: Random, lex: Lexicon): string {
  const roll = random.next();
  if (roll < 0.42) return lex.function[random.zipf(lex.function.length)]!;
  if (roll < 0.7) return lex.nouns[random.zipf(lex.nouns.length, 0.9)]!;
  if (roll < 0.8) return lex.verbs[random.zipf(lex.verbs.length, 0.9)]!;
  if (roll < 0.88) return lex.adjectives[random.zipf(lex.adjectives.length, 0.9)]!;
  if (roll < 0.95 && lex.compoundHeads.length) return random.pick(lex.compoundHeads) + random.pick(lex.compoundTails);
  if (roll < 0.965) return place(random, lex);
  if (roll < 0.98) return rareWord(random);
  return random.chance(0.5) ? String(random.int(2, 2_500)) : `${random.pick(lex.lastNames)}`;
}

const SYLLABLES = 'ka ro mel un ter bri sto ha len gu fa dor wi ne sel mar lo ri tan ge bur ach ol ven'.split(' ');

/** A made-up name or term from syllables: the hapax legomena every real corpus is full of. */
function rareWord(random: Random): string {
  const made = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join('');
  return random.chance(0.6) ? capitalise(made) : made;
}

function place(random: Random, lex: Lexicon): string {
  return random.pick(lex.placeHeads) + random.pick(lex.placeTails);
}

function sentence(random: Random, lex: Lexicon, min = 8, max = 22): string {
  const length = random.int(min, max);
  const words = Array.from({ length }, () => word(random, lex));
  const text = words.join(' ');
  const punctuation = random.chance(0.08) ? ':' : '.';
  return capitalise(text) + punctuation;
}

function headline(random: Random, lex: Lexicon, where: string): string {
  const noun = capitalise(lex.nouns[random.zipf(lex.nouns.length, 0.8)]!);
  const verb = random.pick(lex.verbs);
  const object = lex.compoundHeads.length && random.chance(0.5) ? random.pick(lex.compoundHeads) + random.pick(lex.compoundTails) : random.pick(lex.nouns);
  const tail = Array.from({ length: random.int(1, 4) }, () => word(random, lex)).join(' ');
  return random.chance(0.35) ? `${where}: ${noun} ${verb} ${object} ${tail}` : `${noun} ${verb} ${object} ${tail} in ${where}`;
}

function person(random: Random, lex: Lexicon): string {
  return `${random.pick(lex.firstNames)} ${random.pick(lex.lastNames)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Article length in words: log-normal around 380 words (short briefs to long features). */
function articleLength(random: Random): number {
  return Math.round(Math.min(2_400, Math.max(60, Math.exp(random.normal(Math.log(380), 0.55)))));
}

/**
 * An ISO 8601 time with the offset of the outlet's zone, as extraction stores it
 * ("2026-11-26T14:30:00+01:00"): Central European Time for German outlets, British time for
 * English ones, summer time by the EU rule (last Sunday of March to last Sunday of October,
 * 01:00 UTC) that both follow.
 */
function zonedIso(ms: number, standardOffsetHours: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * DAY;
  };
  const summer = ms >= lastSunday(2) && ms < lastSunday(9);
  const offset = standardOffsetHours + (summer ? 1 : 0);
  const local = new Date(ms + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.abs(offset)).padStart(2, '0')}:00`;
}

/** Wraps the `n`th word of a paragraph's markup in a link to the outlet (text unchanged). */
function linkWord(paragraphHtml: string, n: number, href: string): string {
  let seen = 0;
  return paragraphHtml.replace(/[A-Za-zÄÖÜäöüß]{4,}/g, (found) => (seen++ === n ? `<a href="${href}">${found}</a>` : found));
}

/** The kinds of clipping, as a library holds them: mostly whole articles, a few selections and links. */
function clippingKind(roll: number): ClippingKind {
  return roll < 0.96 ? 'article' : roll < 0.99 ? 'selection' : 'link';
}

/**
 * Clipping number `index` of the generated library. Independent of every other clipping: its
 * own PRNG streams are derived from (seed, index). The second stream (`extra`) shapes what was
 * added to the generator later (links, quotes, tables, kinds, edits, canonical addresses), so
 * the records' text and metadata stay what they were, and so do the tests' results over them.
 */
export function generateClipping(index: number, options: GenerateOptions = {}): Clipping {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = createRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const extra = createRandom((seed ^ Math.imul(index + 1, 0x85ebca6b) ^ 0x27d4eb2f) >>> 0);
  const collections = options.collectionIds ?? BENCH_COLLECTIONS.map((c) => c.id);
  const outlet = OUTLETS[random.zipf(OUTLETS.length, 0.8)]!;
  const lex = outlet.lang === 'de' ? DE : EN;
  const where = place(random, lex);

  const agencyOnly = random.chance(0.12);
  const authors = agencyOnly ? [] : Array.from({ length: random.chance(0.15) ? 2 : 1 }, () => person(random, lex));
  const agencies = agencyOnly || random.chance(0.08) ? [random.pick(AGENCIES[outlet.lang])] : [];

  // Publication dates over one year, fewer at weekends; clipped a few hours to days later.
  const end = options.end ?? DEFAULT_END;
  let published = end - random.next() * 365 * DAY;
  if ([0, 6].includes(new Date(published).getUTCDay()) && random.chance(0.6)) published -= 2 * DAY;
  published = Math.floor(published / 60_000) * 60_000;
  const clippedAt = Math.round(published + random.next() * random.next() * 3 * DAY);

  const words = articleLength(random);
  const paragraphs: string[] = [];
  let written = 0;
  while (written < words) {
    const sentences = Array.from({ length: random.int(2, 5) }, () => sentence(random, lex));
    written += sentences.join(' ').split(' ').length;
    paragraphs.push(sentences.join(' '));
  }
  const captions: Caption[] = Array.from({ length: random.chance(0.7) ? random.int(1, 3) : 0 }, (_, i) => ({
    text: `${random.pick(lex.captionLead)} ${random.pick(lex.nouns)} ${where}${random.chance(0.5) ? ` ${sentence(random, lex, 3, 8).toLowerCase()}` : '.'}`,
    credit: random.chance(0.85) ? (random.chance(0.3) ? random.pick(AGENCIES[outlet.lang]) : person(random, lex)) : undefined,
    imageUrl: `https://${outlet.host}/images/${index}-${i}.jpg`,
  }));

  const html: string[] = [];
  const text: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0 && i % 4 === 0 && random.chance(0.4)) {
      const subheading = capitalise(`${random.pick(lex.adjectives)} ${random.pick(lex.nouns)}`);
      html.push(`<h2>${escapeHtml(subheading)}</h2>`);
      text.push(subheading);
    }
    let markup = escapeHtml(paragraph);
    if (extra.chance(0.12)) markup = linkWord(markup, extra.int(0, 6), `https://www.${outlet.host}/${i % 2 ? 'dossier' : 'thema'}/${slug(where)}`);
    markup = `<p>${markup}</p>`;
    html.push(i > 0 && extra.chance(0.05) ? `<blockquote>${markup}</blockquote>` : markup);
    text.push(paragraph);
    const caption = captions[Math.floor(i / 3)];
    if (caption && i % 3 === 0) {
      const credit = caption.credit ? ` <span class="credit">(${lex.creditLabel}: ${escapeHtml(caption.credit)})</span>` : '';
      html.push(`<figure><img src="${caption.imageUrl}" alt=""><figcaption>${escapeHtml(caption.text)}${credit}</figcaption></figure>`);
    }
  });
  if (extra.chance(0.04)) {
    // A results or budget table, as council and sports reports print them.
    const rows = Array.from({ length: extra.int(3, 8) }, () => [capitalise(extra.pick(lex.nouns)), String(extra.int(1, 900)), String(extra.int(1, 900))]);
    html.push(`<table><thead><tr><th></th><th>2025</th><th>2026</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    text.push(rows.map((r) => r.join(' ')).join('\n'));
  }

  const title = headline(random, lex, where);
  const tagCount = random.chance(0.1) ? 0 : random.int(1, 5);
  const tags = [...new Set(Array.from({ length: tagCount }, () => TAGS[random.zipf(TAGS.length, 1.1)]!))];
  const note = random.chance(0.15) ? sentence(random, outlet.lang === 'de' ? DE : EN, 4, 14) : '';
  // Unique by construction: the last group encodes the index (PRNG streams of different
  // seeds can overlap, so random ids alone could repeat across 100,000 clippings).
  const id = `${random.uuid().slice(0, 24)}${(index ^ 0x5a5a5a).toString(16).padStart(12, '0')}`;
  const section = random.pick(lex.sections);
  const url = `https://www.${outlet.host}/${slug(section)}/${slug(title).slice(0, 60)}-${index}.html`;
  const kicker = random.chance(0.3) ? capitalise(random.pick(lex.nouns)) : undefined;
  const isPartial = random.chance(0.08);
  const collectionId = collections[random.zipf(collections.length, 1.2)]!;

  // A selection keeps the first paragraphs (and no captions), a link no body at all (clip-draft.ts).
  const kind = clippingKind(extra.next());
  const kept = kind === 'article' ? null : kind === 'selection' ? extra.int(1, 2) : 0;
  const contentHtml = kept === null ? html.join('\n') : paragraphs.slice(0, kept).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const bodyText = kept === null ? text.join('\n') : paragraphs.slice(0, kept).join('\n');
  const withQuery = extra.chance(0.3);
  const edited = extra.chance(0.2);
  return {
    id,
    url: withQuery ? `${url}?utm_source=newsletter&utm_medium=email` : url,
    ...(extra.chance(0.6) && { canonicalUrl: url }),
    urlKey: url.replace(/^https:\/\/www\./, ''),
    title,
    ...(kicker && { kicker }),
    authors,
    agencies,
    siteName: outlet.name,
    section,
    publishedTime: zonedIso(published, outlet.lang === 'de' ? 1 : 0),
    lang: outlet.lang === 'de' ? 'de-DE' : 'en-GB',
    excerpt: paragraphs[0]!.slice(0, 200),
    isPartial,
    contentHtml,
    text: bodyText,
    wordCount: bodyText ? bodyText.split(/\s+/).length : 0,
    captions: kind === 'article' ? captions : [],
    kind,
    tags,
    collectionId,
    note,
    clippedAt,
    updatedAt: edited ? clippedAt + extra.int(1, 20) * DAY : clippedAt,
  };
}

/** Clippings `start` … `start + count - 1`. */
export function generateClippings(count: number, options: GenerateOptions & { start?: number } = {}): Clipping[] {
  const start = options.start ?? 0;
  return Array.from({ length: count }, (_, i) => generateClipping(start + i, options));
}

export interface GeneratedLibrary {
  collections: Collection[];
  clippings: Clipping[];
}

/** A whole library of `count` clippings with its collections (for backups and exports). */
export function generateLibrary(count: number, options: GenerateOptions = {}): GeneratedLibrary {
  const collections = BENCH_COLLECTIONS.filter((c) => !options.collectionIds || options.collectionIds.includes(c.id));
  return { collections: [...collections], clippings: generateClippings(count, options) };
}

/**
 * Paragraphs of generated article text in one language, about `words` words in all: the body of
 * a generated article page (scripts/bench/article-page.ts).
 */
export function generateParagraphs(words: number, options: { lang: 'de' | 'en'; seed?: number }): string[] {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const lex = options.lang === 'de' ? DE : EN;
  const paragraphs: string[] = [];
  for (let written = 0; written < words; ) {
    const paragraph = Array.from({ length: random.int(2, 5) }, () => sentence(random, lex)).join(' ');
    written += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  return paragraphs;
}
