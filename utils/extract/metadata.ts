/**
 * Article metadata, each field from the most trustworthy source the page has:
 *
 * 1. JSON-LD (article node, `@graph` references resolved),
 * 2. OpenGraph / `article:*` and other `<meta>` tags (Dublin Core, Parse.ly, Sailthru),
 * 3. microdata and `<time datetime>` in the article,
 * 4. what the page prints near the headline: bylines ("Von …"), dates ("27. November 2026"),
 * 5. the address itself (a date in the URL path).
 *
 * Reads the document, never changes it. Missing values are omitted, never guessed.
 * @module utils/extract/metadata
 */
import { ARTICLE_BODY_SELECTORS, BYLINE_SELECTORS, DATE_SELECTORS } from './article-markup';
import { agencyName, dedupe, isLegalEntity, isPlausibleName, mentionsAgency, parseByline, type Byline } from './byline';
import { isLanguageTag } from './language-tag';
import { atOffsetOf, atPrintedOffset, findDateInText, formatParts, isUtcInstant, toIsoDate, type DateOptions } from './dates';
import { TEXT_NODE, bodiesOf, compileSelectors, findAll, findFirst, hasWordIn, nameWords, namesOf, shortTextOf, tagOf, textOf, type Matcher } from './dom';
import { firstOf, isObject, readJsonLd, stringOf, typesOf, type JsonLd, type JsonObject } from './jsonld';
import type { DeclaredImage } from './captions';
import { blockText, collapseWhitespace, decodeEntities, shortBlockText, withoutInvisibles } from './text';
import { findHeadline, kickerText, similarity, siteNameFromTitle, siteParts } from './title';
import type { ArticleMetadata } from './types';

/** What the body extraction needs to know about the page, found while reading metadata. */
export interface PageHints {
  /** The visible headline element, when there is one. */
  headline?: Element;
  /** The kicker's element when printed apart from the headline: metadata, not body text. */
  kicker?: Element;
  /** Elements that CMS markup declares as the article body. */
  bodyContainers: Element[];
  /** The zone in which the outlet's dates are meant (from the page's language). */
  timeZone?: string;
  /** True when the page declares itself an article (JSON-LD article node, og:type article). */
  declaresArticle?: boolean;
  /** Images the page describes in JSON-LD, with caption and credit where given. */
  images: DeclaredImage[];
  /**
   * Whether the article shows a paywall offer ("Jetzt weiterlesen mit Plus") without declaring it.
   * A function, as it searches the page: it matters only behind a short body (../index.ts).
   */
  showsPaywallOffer: () => boolean;
}

export interface MetadataResult {
  metadata: ArticleMetadata;
  hints: PageHints;
}

const IS_ARTICLE_BODY = compileSelectors(ARTICLE_BODY_SELECTORS);
const IS_BYLINE = compileSelectors(BYLINE_SELECTORS);
const IS_DATE = compileSelectors(DATE_SELECTORS);
const IS_SECTION_LABEL = compileSelectors(['[itemprop~="articleSection"]', '.ressort', '.rubrik', '.article-section', '.article__section']);

/**
 * Time zones of languages spoken (almost) only in one zone, so that UTC timestamps can be
 * shown as the outlet's local day. Languages spread over several zones (en, es, pt …) stay UTC.
 */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin', 'de-at': 'Europe/Vienna', 'de-ch': 'Europe/Zurich', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam',
  pl: 'Europe/Warsaw', cs: 'Europe/Prague', da: 'Europe/Copenhagen', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', no: 'Europe/Oslo',
  fi: 'Europe/Helsinki', hu: 'Europe/Budapest', el: 'Europe/Athens', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', zh: 'Asia/Shanghai',
};

/** Countries (ISO code, which is also the country's domain) that keep one time zone. */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', li: 'Europe/Vaduz', lu: 'Europe/Luxembourg', be: 'Europe/Brussels',
  nl: 'Europe/Amsterdam', fr: 'Europe/Paris', it: 'Europe/Rome', pl: 'Europe/Warsaw', cz: 'Europe/Prague', sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest', si: 'Europe/Ljubljana', hr: 'Europe/Zagreb', dk: 'Europe/Copenhagen', se: 'Europe/Stockholm', no: 'Europe/Oslo',
  fi: 'Europe/Helsinki', gr: 'Europe/Athens', ie: 'Europe/Dublin', uk: 'Europe/London', gb: 'Europe/London', jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul', cn: 'Asia/Shanghai', in: 'Asia/Kolkata', bo: 'America/La_Paz', co: 'America/Bogota', pe: 'America/Lima',
  ve: 'America/Caracas', uy: 'America/Montevideo', py: 'America/Asuncion', ar: 'America/Argentina/Buenos_Aires',
};

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'published_time', 'datepublished', 'dc.date.issued',
  'dc.date.created', 'dcterms.created', 'dcterms.issued', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'publication_date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date', 'article.published',
  'og:published_time', 'date.created', 'created', 'release_date',
];
/** Date tags that do not say which date they mean (publication, change, generation of the page). */
const GENERIC_DATE_META = ['date', 'dc.date', 'dcterms.date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'article.updated'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'cxenseparse:author', 'byl', 'citation_author'];

/** Reads the metadata of `doc`; `url` resolves relative canonical links and supplies a URL date. */
export function extractMetadata(doc: Document, url: string): MetadataResult {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const article = ld.article;

  const lang = normalizeLang(doc.documentElement?.getAttribute('lang') ?? stringOf(article?.inLanguage) ?? meta.first('og:locale', 'content-language', 'dc.language', 'language'));
  const timeZone = zoneFor(lang, url);
  const dateOptions: DateOptions = timeZone ? { timeZone } : {};

  const publisher = nameOf(ld.resolve(firstOf(article?.publisher)));
  const siteName = siteNameOf([clean(publisher), meta.first('og:site_name', 'application-name', 'apple-mobile-web-app-title')]);

  const pageTitle = clean(doc.title);
  const headline = findHeadline(
    doc,
    [clean(stringOf(article?.headline)), meta.first('og:title'), meta.first('twitter:title'), meta.first('dc.title'), pageTitle].filter((t): t is string => !!t),
    siteName ?? siteNameFromHost(pageTitle ?? '', url),
  );

  const kicker = headline.kicker && kickerText(headline.kicker);
  const outlet = (siteName && outletName(siteName, headline.title, url)) ?? siteNameFromTitle(doc.title ?? '', headline.title);

  const bodyContainers = findAll(doc, IS_ARTICLE_BODY).filter((el) => (el.textContent ?? '').trim().length >= 200);
  const scope = articleScope(doc, headline.element, bodyContainers[0]);

  const credits = readCredits(ld, meta, scope, siteName, headline.element);

  const genericDate = meta.date(GENERIC_DATE_META, dateOptions);
  // The date printed in the article's date element, read once on first use (up to three rules ask).
  let printedMarked: { value: string | undefined } | undefined;
  const markedInScope = () => (printedMarked ??= { value: markedDate(scope, dateOptions, headline.element) }).value;
  // Read as declared first: an instant declared in UTC takes the offset of the local time the
  // article prints for it, and only failing that the zone guessed from language and domain.
  const declaredInstant =
    iso(stringOf(article?.datePublished) ?? stringOf(article?.dateCreated), {}) ??
    iso(stringOf(ld.page?.datePublished), {}) ??
    meta.date(PUBLISHED_META, {}) ??
    microdataDate(scope, IS_PUBLISHED_PROP, {});
  const declaredChange =
    iso(stringOf(article?.dateModified), {}) ??
    iso(stringOf(ld.page?.dateModified), {}) ??
    meta.date(MODIFIED_META, {}) ??
    microdataDate(scope, IS_MODIFIED_PROP, {});
  const atPrintedTime = declaredInstant && inPrintedZone(declaredInstant, declaredChange, markedInScope);
  const declaredPublished = atPrintedTime || iso(declaredInstant, dateOptions);
  // The last change at the offset the printed time gave the publication, else like it in the zone.
  const modifiedTime = declaredChange && ((atPrintedTime && atOffsetOf(declaredChange, atPrintedTime)) || iso(declaredChange, dateOptions));
  // A republished article: the page prints the day of its last declared change as its date, and
  // the text clipped is the version of that day ("1. Januar 2023" for a guide first put online
  // in 2021). A change dated before the publication is no republication.
  const republished =
    declaredPublished && modifiedTime && modifiedTime.slice(0, 10) > declaredPublished.slice(0, 10) && markedInScope()?.slice(0, 10) === modifiedTime.slice(0, 10)
      ? modifiedTime
      : undefined;

  const publishedTime =
    republished ??
    declaredPublished ??
    // A bare `date` meta tag is often the day the page was generated or last changed: the date
    // the article prints (in its date element, else in its text) wins over it (on the same day,
    // the more precise one).
    samePrinted(markedInScope() ?? (genericDate ? printedDate(scope, headline.element, headline.title) : undefined), genericDate) ??
    // A date in the address (WordPress permalinks) is the publication day; a date found in the
    // text could also be an event the article talks about.
    urlDate(url) ??
    printedDate(scope, headline.element, headline.title) ??
    (scope !== bodiesOf(doc)[0] ? printedDate(bodiesOf(doc)[0] ?? scope, headline.element, headline.title) : undefined);

  const section = firstSection(
    clean(stringOf(article?.articleSection)) ?? meta.first('article:section', 'parsely-section', 'section', 'category') ?? printedSection(scope),
  );

  return {
    metadata: {
      title: headline.title.normalize('NFC'),
      ...(kicker && { kicker: kicker.normalize('NFC') }),
      authors: credits.authors,
      agencies: credits.agencies,
      ...(outlet && { siteName: outlet }),
      ...(section && { section }),
      ...(publishedTime && { publishedTime }),
      ...(modifiedTime && modifiedTime !== publishedTime && { modifiedTime }),
      ...(lang && { lang }),
      ...excerptField(meta.first('description', 'og:description', 'twitter:description', 'dc.description') ?? clean(stringOf(article?.description))),
      ...canonicalField(doc, url, meta),
      isPartial: declaresPaywall(article, ld.page, meta),
    },
    hints: {
      ...(headline.element && { headline: headline.element }),
      ...(headline.kickerElement && { kicker: headline.kickerElement }),
      bodyContainers,
      ...(timeZone && { timeZone }),
      declaresArticle: article !== null || /^article$/i.test(meta.first('og:type') ?? ''),
      images: declaredImages(ld, url),
      showsPaywallOffer: () => showsPaywallOffer(scope),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Authors and agencies

/** Names that stand for a desk or an account, not a writer. */
const DESK_NAME = /^(?:redaktion|red\.?|online-?redaktion|lokalredaktion|newsdesk|news desk|nachrichtenredaktion|staff|admin|administrator|team|editor|webmaster|gast)$/i;

function isDeskName(name: string): boolean {
  return DESK_NAME.test(name.trim());
}

function readCredits(ld: JsonLd, meta: MetaTags, scope: Element, siteName: string | undefined, headline: Element | undefined): Byline {
  const publisher = nameOf(ld.resolve(firstOf(ld.article?.publisher)));
  // A desk ("Redaktion"), the outlet ("Werretal Bote" for werretal-bote.de) or a company
  // ("Beispiel Webdesign GmbH", often the agency that built the site) yields to a person named elsewhere.
  const outletNames = [siteName, publisher].filter((n): n is string => !!n);
  // …also by its initials: "WB" as the author of an article in the "Werretal Bote".
  const outletKeys = [...outletNames.map(compactName), ...outletNames.map(initialsOf).filter((i): i is string => !!i)];
  const outlet = (name: string) => isDeskName(name) || isLegalEntity(name) || outletKeys.includes(compactName(name));
  const fromLd = jsonLdCredits(ld);
  const marked = markedByline(scope, outlet, headline);
  // "Writer, outlet, place" loses the place in each byline as printed (markedByline does so per
  // element, before co-authors marked apart are joined).
  const fromMeta = withoutPlace(metaCredits(meta), outlet);
  // A printed "Von …" line is read when the markup names no person, or only by a first name or
  // login ("Jonas" in the author box, "Eine Kolumne von Jonas Feld" in the text).
  const markedPerson = marked.authors.some((n) => !outlet(n)) && !(marked.authors.length === 1 && !/\s/.test(marked.authors[0]!));
  const labelled = markedPerson ? { authors: [], agencies: [] } : withoutPlace(labelledByline(scope, headline), outlet);

  // People first, most specific source first: JSON-LD persons; the byline the markup marks in
  // the article; the author meta tag (often a site-wide default); a "Von …" line; a name in the
  // date line under the headline; and only then an organisation named as JSON-LD author
  // (usually the outlet itself).
  const sources = [fromLd.persons, marked.authors, fromMeta.authors, labelled.authors];
  let people = sources.find((names) => names.some((n) => !outlet(n))) ?? sources.find((names) => names.length > 0);
  const aroundHeadline = headline ? linesAroundHeadline(headline) : [];
  if (!people) {
    const dated = datedByline(aroundHeadline);
    if (dated.length > 0) people = dated;
  }
  // JSON-LD often names only the first of several writers the byline prints: the fuller list wins.
  if (people === fromLd.persons && includesAll(marked.authors, people) && marked.authors.length > people.length) people = marked.authors;
  // JSON-LD naming someone the page does not print, against a printed byline the author meta
  // tags repeat: two sources outvote one. WordPress SEO plugins name the account that posted
  // the story ("Kathleen Ditton"); the byline and the analytics tags name who wrote it.
  if (people === fromLd.persons && marked.authors.length > 0 && sameNames(marked.authors, fromMeta.authors) && !includesAny(marked.authors, people)) people = marked.authors;
  // Beside a person, the outlet or a desk is where the person works, not a second writer:
  // "Von Nada Tawfik, BBC News" credits Nada Tawfik.
  const named = people?.some((n) => !outlet(n)) ? people.filter((n) => !outlet(n)) : people;
  const authors = named ? fullerNames(named, sources) : fromLd.organizations.filter((name) => !publisher || name.toLowerCase() !== publisher.toLowerCase());
  // Agencies are additive: JSON-LD names the writer, the printed byline adds "dpa".
  const agencies = dedupe([...fromLd.agencies, ...marked.agencies, ...fromMeta.agencies, ...labelled.agencies, ...headlineAgencies(aroundHeadline)]);
  return { authors: dedupe(authors), agencies };
}

/**
 * A byline without the place that ends "writer, outlet, place": "By Nada Tawfik, BBC News, New
 * York" is one writer reporting for BBC News from New York.
 */
function withoutPlace(byline: Byline, isOutlet: (name: string) => boolean): Byline {
  const names = byline.authors;
  const n = names.length;
  if (n < 3 || !isOutlet(names[n - 2]!) || isOutlet(names[n - 1]!) || names.slice(0, n - 2).every(isOutlet)) return byline;
  return { ...byline, authors: names.slice(0, n - 1) };
}

/** True when `names` contains every one of `wanted` (case-insensitive). */
function includesAll(names: readonly string[], wanted: readonly string[]): boolean {
  const have = new Set(names.map((n) => n.toLowerCase()));
  return wanted.every((n) => have.has(n.toLowerCase()));
}

function includesAny(names: readonly string[], wanted: readonly string[]): boolean {
  const have = new Set(names.map((n) => n.toLowerCase()));
  return wanted.some((n) => have.has(n.toLowerCase()));
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return includesAll(a, b) && includesAll(b, a);
}

/** "Werretal-Bote.de", "Werretal Bote" and "werretalbote" are one outlet: letters only, no TLD. */
function compactName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.(?:de|at|ch|com|net|org|info|eu|co\.uk|fr|it|es)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "Werretal Bote" → "wb": the initials of a name of two or more words, else undefined. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : undefined;
}

/**
 * A byline that names a writer only by a login or first name ("Jonas", "annabeispiel")
 * takes the full name another source prints for the same person ("Jonas Feld", "Anna
 * Beispiel").
 */
function fullerNames(names: readonly string[], sources: readonly (readonly string[])[]): string[] {
  if (names.length !== 1 || /\s/.test(names[0]!)) return [...names];
  const login = compactName(names[0]!);
  if (login.length < 3) return [...names];
  for (const source of sources) {
    for (const candidate of source) {
      if (!/\s/.test(candidate)) continue;
      const full = compactName(candidate);
      if (full === login || (full.startsWith(login) && candidate.toLowerCase().startsWith(names[0]!.toLowerCase() + ' '))) return [candidate];
    }
  }
  return [...names];
}

function jsonLdCredits(ld: JsonLd): { persons: string[]; organizations: string[]; agencies: string[] } {
  const persons: string[] = [];
  const organizations: string[] = [];
  const agencies: string[] = [];
  const raw = ld.article?.author ?? ld.article?.creator ?? ld.page?.author;
  for (const item of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
    const node = ld.resolve(item);
    const isOrganization = isObject(node) && typesOf(node).some((t) => /Organization|Corporation/.test(t));
    for (const name of creditedNames(node)) {
      const parsed = parseByline(name);
      agencies.push(...parsed.agencies);
      if (isOrganization) {
        if (parsed.agencies.length === 0 && isPlausibleName(name)) organizations.push(name);
      } else {
        persons.push(...parsed.authors);
      }
    }
  }
  const source = nameOf(ld.resolve(firstOf(ld.article?.sourceOrganization)));
  if (source && agencyName(source)) agencies.push(agencyName(source)!);
  return { persons, organizations, agencies };
}

/**
 * The label of a `twitter:labelN`/`twitter:dataN` pair that names the writer: WordPress SEO
 * plugins print every post's author so ("Verfasst von" → "Anna Beispiel"), also on themes that
 * show no byline.
 */
const WRITTEN_BY_LABEL = /^(?:written by|verfasst von|geschrieben von|autor(?:in)?|author|escrito por|écrit par|scritto da)$/i;

function labelledMetaAuthors(meta: MetaTags): string[] {
  const values: string[] = [];
  for (let n = 1; n <= 4; n++) {
    const label = meta.first(`twitter:label${n}`);
    const value = label && WRITTEN_BY_LABEL.test(label) ? meta.first(`twitter:data${n}`) : undefined;
    if (value) values.push(value);
  }
  return values;
}

/**
 * The names a JSON-LD author node gives: one, or several in a `name` array. Some CMSs print the
 * byline's links into the name ("<a href=…>Anna Beispiel</a>"): the text is the name.
 */
function creditedNames(node: unknown): string[] {
  const names = isObject(node) && Array.isArray(node.name) ? node.name.map((name) => stringOf(name)) : [nameOf(node)];
  return names.map((name) => clean(name?.replace(/<[^>]*>/g, ' '))).filter((name): name is string => !!name);
}

function metaCredits(meta: MetaTags): Byline {
  for (const candidates of [...AUTHOR_META.map((key) => meta.all(key)), labelledMetaAuthors(meta)]) {
    const values = candidates.filter((v) => !/^https?:\/\//i.test(v));
    if (values.length === 0) continue;
    // "Beispiel-Verlag GmbH, Wendenau, Germany": the publisher's imprint, not a writer (nor three).
    const parsed = values.map(parseByline).filter((b) => !b.authors.some(isLegalEntity));
    if (parsed.length === 0) continue;
    return { authors: parsed.flatMap((b) => b.authors), agencies: parsed.flatMap((b) => b.agencies) };
  }
  return { authors: [], agencies: [] };
}

const BYLINE_HINT = /autor|author|byline|verfasser|writer|creator/i;
/** Class words of byline elements beyond the selectors in ./article-markup.ts. */
const BYLINE_WORDS = new Set(['author', 'authors', 'autor', 'autoren', 'byline', 'verfasser', 'writer', 'creator']);
/** …and of elements near them that are not the name (portrait, biography, social links). */
const NOT_BYLINE_WORDS = new Set(['avatar', 'image', 'img', 'photo', 'picture', 'bio', 'description', 'desc', 'social', 'links', 'follow', 'more', 'posts']);

/**
 * How a `<br>` reads in a byline: as a separator, like the bar in "Anna Beispiel | Lemgo". The
 * lines of "Von Anna Beispiel<br>Lemgo" or "Anna Beispiel<br>Redakteurin" are not one name.
 */
const LINE_BREAK = ' | ';

/** Labels that introduce a byline inside a short line: "05.02.2020 – Redaktion: Eberhard Fuhr". */
const BYLINE_LABEL = /(?:^|[\s|•·,–—-])(?:von|by|vom|text|autor(?:in)?|autoren|redaktion|veröffentlicht von|geschrieben von|verfasst von|posted by|written by|eine? (?:beitrag|kommentar|gastbeitrag|kolumne|glosse|analyse|reportage) von)\s*:?(?:\s*\|)*\s+(?=\p{Lu}|\p{Ll}+\b)/iu;

/** The byline of an element the markup marks as one (`itemprop=author`, `.byline`, `.author` …). */
function markedByline(scope: Element, isOutlet: (name: string) => boolean, headline: Element | undefined): Byline {
  const tried = new Set<Element>();
  const attempt = (el: Element): Byline | null => {
    if (tried.has(el) || isInForeignBlock(el, scope, headline)) return null;
    tried.add(el);
    // A "byline" in a figure credits the picture or video ("Video | buchmesse.example.de"), not the text.
    if (el.closest('figure, figcaption')) return null;
    // Some CMSs encode twice: "Redacci&oacute;n" arrives as text.
    const text = decodeEntities(bylineText(el));
    if (!text) return null;
    const parsed = withoutPlace(parseByline(text), isOutlet);
    if (parsed.authors.length > 0 || parsed.agencies.length > 0) fallback ??= parsed;
    // A marked byline that names only the outlet or a desk: a person may be marked further on.
    return parsed.agencies.length > 0 || parsed.authors.some((n) => !isOutlet(n)) ? parsed : null;
  };
  let fallback: Byline | undefined;
  const marked = findAll(scope, IS_BYLINE);
  for (const el of marked) {
    const found = attempt(el);
    if (!found) continue;
    // Co-authors each in their own element of the same kind beside it ("<a class=author>" × 3).
    for (const other of marked) {
      if (other === el || tried.has(other) || other.contains(el) || el.contains(other) || !isSameKindNearby(el, other)) continue;
      const more = attempt(other);
      if (!more) continue;
      found.authors = dedupe([...found.authors, ...more.authors]);
      found.agencies = dedupe([...found.agencies, ...more.agencies]);
    }
    return found;
  }
  let checked = 0;
  const bioBoxes: Element[] = [];
  for (const el of findAll(scope, (e) => BYLINE_HINT.test(e.getAttribute('class') ?? ''), 200)) {
    if (checked++ > 3000) break;
    // "article-author-date": the date printed in the author line, never a name.
    if (el.localName === 'time') continue;
    const words = nameWords(namesOf(el));
    if (!words.some((w) => BYLINE_WORDS.has(w) || /^(?:autoren|author|autor)\w+$/.test(w))) continue;
    if (words.some((w) => NOT_BYLINE_WORDS.has(w))) {
      if (words.includes('bio')) bioBoxes.push(el);
      continue;
    }
    const found = attempt(el);
    if (found) return found;
  }
  // Last, the author box with a biography at the end of the article: its heading or link names the writer.
  for (const el of bioBoxes) {
    const found = attempt(el);
    if (found) return found;
  }
  return fallback ?? { authors: [], agencies: [] };
}

/** Words that open two-word place names, which a date line prints like a name ("Bad Salzuflen"). */
const PLACE_PREFIX = /^(?:bad|sankt|st\.?|neu|alt|groß|gross|klein|ober|unter|nieder|hohen|markt|burg|schloss|stadt|landkreis|kreis)$/i;

/**
 * The short blocks printed right below the headline (up to four after it and after its parent,
 * with their small parts), then the two right above it, where the kicker stands: where a page
 * prints its date line and credits.
 */
function linesAroundHeadline(headline: Element): Element[] {
  const lines: Element[] = [];
  for (let cur: Element | null = headline, depth = 0; cur && depth < 2; cur = cur.parentElement, depth++) {
    for (let sib = cur.nextElementSibling, n = 0; sib && n < 4; sib = sib.nextElementSibling, n++) {
      lines.push(sib, ...findAll(sib, (e) => e.children.length <= 4, 20));
    }
  }
  for (let sib = headline.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling, n++) lines.push(sib);
  return lines;
}

/** Longest line by the headline read as an agency credit ("Keystone-SDA / dpa / AFP"). */
const MAX_AGENCY_LINE_CHARS = 40;
const IS_PICTURE = compileSelectors(['img', 'picture', 'figure', 'video']);

/**
 * Agencies credited on a line of their own by the headline, with no writer: "<p class=credit>
 * JIJI</p>", "(dpa)", "dpa/lnw". The line holds nothing but agency names and stands on its own
 * ("die <i>Deutsche Presse-Agentur</i> meldete" mentions an agency), and no picture stands beside
 * it: a "Reuters" under the lead photo credits the photo.
 */
function headlineAgencies(lines: readonly Element[]): string[] {
  for (const line of lines) {
    const text = shortTextOf(line, MAX_AGENCY_LINE_CHARS);
    // Most lines by a headline name no agency: one pattern test spares them the byline parser.
    if (!text || !mentionsAgency(text)) continue;
    const parsed = parseByline(text);
    if (parsed.authors.length > 0 || parsed.agencies.length === 0) continue;
    if (!standsAlone(line) || isPictureCredit(line, text)) continue;
    return parsed.agencies;
  }
  return [];
}

/** True when `line` holds a picture, or stands in a block of a picture and nothing but it. */
function isPictureCredit(line: Element, text: string): boolean {
  if (findFirst(line, IS_PICTURE)) return true;
  const block = line.parentElement;
  return block !== null && findFirst(block, IS_PICTURE) !== null && shortTextOf(block, text.length) === text;
}

/** True when no text stands beside `el` in its parent: a line of its own, not words in a sentence. */
function standsAlone(el: Element): boolean {
  for (let node = el.parentElement?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && /\S/.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

/**
 * A name printed without a label in the date line under (or above) the headline:
 * "04.02.2026 | 13:10 Uhr | Anna Beispiel", "25.10.2026 – Anna Beispiel". Only a line of a date
 * and exactly one other part, and that part a name of two to four capitalised words.
 */
function datedByline(lines: readonly Element[]): string[] {
  for (const line of lines) {
    const text = shortTextOf(line, 100, LINE_BREAK);
    if (text === null || text.length < 12 || !findDateInText(text)) continue;
    const parts = text.split(/\s*[|•·]\s*|\s+[–—-]\s+/).map((p) => p.trim()).filter(Boolean);
    const other = parts.filter((p) => !findDateInText(p) && !/^\d{1,2}[:.]\d{2}(?:\s*uhr)?$/i.test(p));
    if (parts.length < 2 || other.length !== 1) continue;
    const words = other[0]!.split(' ');
    if (words.length < 2 || words.length > 4 || PLACE_PREFIX.test(words[0]!) || !words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w))) continue;
    if (isPlausibleName(other[0]!)) return [other[0]!];
  }
  return [];
}

/** Same tag and class, and a common ancestor at most three levels up: items of one author list. */
function isSameKindNearby(a: Element, b: Element): boolean {
  if (tagOf(a) !== tagOf(b) || (a.getAttribute('class') ?? '') !== (b.getAttribute('class') ?? '')) return false;
  let ancestor: Element | null = a.parentElement;
  for (let depth = 0; ancestor && depth < 3; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(b)) return true;
  }
  return false;
}

/** A byline printed as text: "Von Anna Beispiel", "Veröffentlicht am … von gizzmo". */
function labelledByline(scope: Element, headline: Element | undefined): Byline {
  // Walk text nodes (cheap) and look at the element around a text that carries a label.
  const found: Byline = { authors: [], agencies: [] };
  let visited = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (++visited > 20_000) return true;
      if (child.nodeType === 1) {
        if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test((child as Element).tagName)) continue;
        if (walk(child)) return true;
        continue;
      }
      if (child.nodeType !== 3 || !BYLINE_WORD.test(child.nodeValue ?? '')) continue;
      const el = child.parentElement;
      if (!el) continue;
      // The line the label is on: the text node's element, or its parent for "<b>Von</b> Anna".
      for (const line of [el, el.parentElement]) {
        if (!line || line === scope.parentElement) continue;
        const parsed = bylineFromLine(line, scope, headline);
        if (parsed) {
          found.authors = parsed.authors;
          found.agencies = parsed.agencies;
          return true;
        }
      }
    }
    return false;
  };
  walk(scope);
  return found;
}

/** The end of a short line naming the kind of piece: "Blog Beitrag", "Ein Gastkommentar", "Interview". */
const CREDIT_NOUN_BEFORE = /^[\s|•·,–—-]*(?:\p{L}+[\s-])?\p{L}*(?:beitrag|artikel|kommentar|kolumne|glosse|bericht|reportage|interview|analyse|essay|rezension|kritik)\s*$/iu;

/** The byline labels that are nouns, as BYLINE_LABEL matches them without a colon (a line break may follow). */
const NOUN_LABEL = /^[\s|•·,–—-]*(?:text|autor(?:in)?|autoren|redaktion)[\s|]+$/i;

const BYLINE_WORD = /\b(?:von|by|vom|text|autor(?:in)?|autoren|redaktion|posted|written|veröffentlicht|geschrieben|verfasst)\b/i;

function bylineFromLine(el: Element, scope: Element, headline: Element | undefined): Byline | null {
  // The line around a "von" in running text is often the whole article: read no more than a byline's length.
  const text = shortTextOf(el, 140, LINE_BREAK);
  if (text === null || text.length < 5) return null;
  const label = BYLINE_LABEL.exec(text);
  if (!label || isInForeignBlock(el, scope, headline)) return null;
  // "von"/"by" in running text ("Bilder von der Feier") is no byline; after a date, a
  // separator or "Posted in …" it is.
  const before = text.slice(0, label.index);
  // A noun label without a colon ("Text Anna Beispiel") opens the line; inside a phrase ("All Text
  // Elements", "die Redaktion Süd") it is a word of the sentence.
  if (NOUN_LABEL.test(label[0]) && before.trim() && !/[|•·–—]\s*$/.test(before)) return null;
  // "Blog-Beitrag von Anna Beispiel", "Gastkommentar von …": a word for the piece before "von" makes it a credit too.
  if (before.trim() && /^[\s|•·,–—-]*(?:von|by|vom)\b/i.test(label[0]) && !/(?:[|•·–—]|\d|\buhr|\b(?:posted|published|veröffentlicht|erstellt|geschrieben|filed)\b.*)\s*$/i.test(before) && !CREDIT_NOUN_BEFORE.test(before)) return null;
  // "Posted in Datenschutz by Anna on …": read from the label on, to the end of the name's line
  // ("Von Anna Beispiel<br>Lemgo / Kreis Lippe": the place on the next line is no co-author).
  const lineEnd = text.indexOf(LINE_BREAK, label.index + label[0].length);
  const parsed = parseByline(text.slice(label.index, lineEnd >= 0 ? lineEnd : undefined).replace(/^[\s|•·,–—-]+/, ''));
  // After a noun ("Kritik von Anwohnern") only a full name is taken, not one word.
  if (before.trim() && CREDIT_NOUN_BEFORE.test(before) && !parsed.authors.every((n) => /\s/.test(n))) return null;
  return parsed.authors.length > 0 || parsed.agencies.length > 0 ? parsed : null;
}

/**
 * Blocks of text: an author card is made of them (its name one block), a label such as a section
 * name holds none (".article-section" may name a part of the page, a download list).
 */
const IS_BLOCK = compileSelectors(['p', 'div', 'ul', 'ol', 'li', 'table', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The name in a byline element: `itemprop=name` or `content` where marked, else its short text. */
function bylineText(el: Element): string {
  const content = el.getAttribute('content');
  if (content && !/^https?:/i.test(content)) return content;
  const named = Array.from(el.querySelectorAll('[itemprop~="name"]')).find((name) => namesTheWriter(name, el));
  const namedText = named ? named.getAttribute('content') ?? textOf(named) : '';
  if (namedText) return namedText;
  const text = shortTextOf(el, 100, LINE_BREAK);
  // An author card of blocks ("<p class=card__name>Anna Beispiel</p><p class=card__job>Redakteurin</p>"):
  // the block named as the name.
  if (text !== null && findFirst(el, IS_BLOCK)) {
    const name = findFirst(el, (e) => IS_BLOCK(e) && nameWords(namesOf(e)).some((w) => w === 'name' || w === 'fn') && !findFirst(e, IS_BLOCK));
    const nameText = name ? shortTextOf(name, 80) : null;
    if (nameText) return nameText;
  }
  if (text !== null) return text;
  // An author box with a biography: the name is its link or heading.
  const link = el.querySelector('a[rel="author"], a[href*="/autor"], a[href*="/author"], .fn, .name, h2, h3, h4, strong');
  const linkText = textOf(link);
  return linkText.length <= 80 ? linkText : '';
}

/**
 * True when `name` (an `itemprop=name` inside the byline element `box`) is the writer's, not
 * the name of another item printed in the box: a breadcrumb's "Hyundai › Tests", a category.
 */
function namesTheWriter(name: Element, box: Element): boolean {
  for (let cur = name.parentElement; cur && cur !== box; cur = cur.parentElement) {
    if (!cur.hasAttribute('itemscope')) continue;
    return hasWordIn(cur.getAttribute('itemprop'), 'author') || /(?:Person|Organization)$/i.test(cur.getAttribute('itemtype') ?? '');
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Dates

// Compiled selectors: in a page's document the browser finds them (see findAll in ./dom.ts).
const IS_PUBLISHED_PROP = compileSelectors(['[itemprop~="datePublished"]']);
const IS_MODIFIED_PROP = compileSelectors(['[itemprop~="dateModified"]']);

function microdataDate(scope: Element, isDateProp: Matcher, options: DateOptions): string | undefined {
  const root = scope.ownerDocument ?? scope;
  for (const el of findAll(root, isDateProp, 10)) {
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? textOf(el);
    const found = iso(value, options);
    if (found) return found;
  }
  return undefined;
}

const DATE_HINT = /date|datum|time|publish|posted|meta|info|erstellt|veroeff/i;
/** Class words of elements that print a date. */
const DATE_WORDS = new Set(['date', 'datum', 'time', 'timestamp', 'published', 'posted', 'pubdate', 'dateline', 'meta', 'info', 'erstellt', 'veroeffentlicht']);
/** A date introduced as the publication date: "Veröffentlicht am 27.11.2026", "Erschienen: …". */
const PUBLISHED_LABEL = /(?<!\p{L})(?:veröffentlicht|erschienen|publiziert|erstellt|geschrieben|datum|published|posted|publiziert|date)(?:\s+(?:am|on|den))?\s*:?\s*(?:\p{L}+,?\s+)?(?=\d)/iu;
/** An update label directly followed by a date: "Aktualisiert am 12.03.2026", "Zuletzt geändert: 3. März 2026". */
const UPDATED_DATE = /(?<!\p{L})(?:zuletzt\s+)?(?:aktualisiert|geändert|updated|last updated)(?:\s+(?:am|on))?\s*:?\s*(?:\p{L}+,?\s+)?(?=\d)/iu;
const UPDATED_LABEL = /(?:aktualisiert|geändert|updated|update|modified|stand)\b/i;

/**
 * A date in an element marked as one: `<time>`, `.entry-date`, a Blogger `abbr.published` with
 * the date in its title, a class named "date" or "datum".
 */
function markedDate(scope: Element, options: DateOptions, headline: Element | undefined): string | undefined {
  const fromElement = (el: Element): string | undefined => {
    if (isInForeignBlock(el, scope, headline)) return undefined;
    const text = textOf(el);
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content') ?? (/^\d{4}-\d{2}-\d{2}/.test(el.getAttribute('title') ?? '') ? el.getAttribute('title') : null);
    if (UPDATED_LABEL.test(text) && !PUBLISHED_LABEL.test(text)) return undefined;
    if (text.length > 160 && !attr) return undefined;
    if (labelledAsUpdate(el, text) || isTeaserDate(el)) return undefined;
    return iso(attr, options) ?? iso(text, options) ?? (el.firstElementChild && text.length <= 160 ? iso(spacedText(el), options) : undefined);
  };
  // One walk: it stops at the first marked date element that gives a date, and meanwhile notes
  // the elements whose class only hints at a date, tried after every marked one has failed.
  let found: string | undefined;
  const hinted: Element[] = [];
  findAll(
    scope,
    (el) => {
      if (IS_DATE(el)) return (found = fromElement(el)) !== undefined;
      if (hinted.length < 200 && DATE_HINT.test(el.getAttribute('class') ?? '')) hinted.push(el);
      return false;
    },
    1,
  );
  if (found) return found;
  for (const el of hinted) {
    if (!nameWords(namesOf(el)).some((w) => DATE_WORDS.has(w))) continue;
    found = fromElement(el);
    if (found) return found;
  }
  return undefined;
}

/**
 * True when the line around a date element labels it as the last change: "<h4>Zuletzt geändert
 * am:</h4><ul><li class=timestamp>15.10.2026</li></ul>". The line is the nearest wrapper (of up to
 * three) that holds more than the date's own text (`own`): its label, not the labels of the lines
 * beside it.
 */
function labelledAsUpdate(el: Element, own: string): boolean {
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const line = shortTextOf(cur, 80);
    if (line === null) return false;
    if (line === own) continue;
    return UPDATED_LABEL.test(line) && !PUBLISHED_LABEL.test(line);
  }
  return false;
}

/** A date in a link that also holds a heading: the date of a teaser to another article. */
function isTeaserDate(el: Element): boolean {
  const link = el.closest('a[href]');
  return link !== null && findFirst(link, IS_TEASER_HEADING) !== null;
}

const IS_TEASER_HEADING = compileSelectors(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The text of `el` with a space where an element starts or ends: a date printed in parts
 * ("<span>Apr</span> <span>04</span><span>2013</span>") reads "Apr 04 2013", not "Apr 042013".
 */
function spacedText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        text += ' ';
        walk(child);
        text += ' ';
      }
    }
  };
  walk(el);
  return collapseWhitespace(text);
}

/** A wrapper of the headline with more text than this holds more than the article's header. */
const HEADLINE_WRAPPER_MAX_CHARS = 6000;

/** A date printed in the text: labelled ("Veröffentlicht am …"), else the first one near the headline. */
function printedDate(scope: Element, headline: Element | undefined, title: string): string | undefined {
  // Block text, not textContent: inline <style> and <script> hold no dates worth reading.
  const scopeText = collapseWhitespace(blockText(scope));
  const labelled = PUBLISHED_LABEL.exec(scopeText);
  if (labelled) {
    const parts = findDateInText(scopeText.slice(labelled.index, labelled.index + labelled[0].length + 40));
    if (parts) return formatParts(parts);
  }
  // A page that prints only when the article was last changed ("Aktualisiert am 12.03.2026"):
  // that day is closer to the publication than a date the text talks about.
  const updated = UPDATED_DATE.exec(scopeText);
  if (updated) {
    const parts = findDateInText(scopeText.slice(updated.index, updated.index + updated[0].length + 40));
    if (parts) return formatParts(parts);
  }
  // The nearest wrapper of the headline that prints a date: the header block, then the article.
  let depth = 0;
  for (let cur = headline?.parentElement ?? null; cur && depth++ < 4; cur = cur.parentElement) {
    const lines = shortBlockText(cur, HEADLINE_WRAPPER_MAX_CHARS);
    if (lines === null) break;
    const parts = findDateInText(collapseWhitespace(lines));
    if (parts) return formatParts(parts);
    if (cur === scope) break;
  }
  const printedTitle = textOf(headline) || title;
  const at = printedTitle ? scopeText.indexOf(printedTitle) : -1;
  const near = at >= 0 ? scopeText.slice(Math.max(0, at - 300), at + printedTitle.length + 1500) : scopeText.slice(0, 2000);
  const parts = findDateInText(near);
  return parts ? formatParts(parts) : undefined;
}

/**
 * A publication instant declared in UTC, restated at the offset of the local time the article
 * prints for it, so that its date is the day the page shows; undefined when nothing printed
 * gives that offset, or when the printed time could as well be the declared last change.
 */
function inPrintedZone(declared: string, change: string | undefined, printedDate: () => string | undefined): string | undefined {
  if (!isUtcInstant(declared)) return undefined;
  const printed = printedDate();
  if (!printed || (change && change !== declared && atPrintedOffset(change, printed))) return undefined;
  return atPrintedOffset(declared, printed);
}

/**
 * The printed date, or the declared one when both name the same day and the declared one says
 * more (a time, an offset); the declared one alone when nothing is printed.
 */
function samePrinted(printed: string | undefined, declared: string | undefined): string | undefined {
  if (!printed || !declared) return printed ?? declared;
  return printed.slice(0, 10) === declared.slice(0, 10) && declared.length > printed.length ? declared : printed;
}

/** A date in the address: /2026/11/27/, /2026-11-27-, /20261127/. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /(?:^|\/|[-_])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])/.exec(path);
  if (!m) return undefined;
  return toIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
}

function iso(value: string | null | undefined, options: DateOptions): string | undefined {
  return toIsoDate(value, options);
}

/**
 * The site's name: the first declared one that is a name; a web address only when nothing else
 * is declared, and then by its host ("https://www.example-blog.de/" → "example-blog.de").
 */
function siteNameOf(declared: readonly (string | undefined)[]): string | undefined {
  const names = declared.filter((name): name is string => !!name);
  const isAddress = (name: string) => /^https?:\/\/\S+$/i.test(name);
  const name = names.find((n) => !isAddress(n));
  if (name) return name;
  for (const address of names) {
    try {
      return new URL(address).hostname.replace(/^www\./, '') || undefined;
    } catch {
      // not an address after all: try the next one
    }
  }
  return undefined;
}

/**
 * The outlet's name as a coverage report lists it, from the name the page declares. A tagline
 * beside the name goes: the part that matches the site's address is the name ("Schnäppchen-Blog
 * • DealDoktor" on dealdoktor.de), else the first ("MIXED.de | VR, AR und KI"). So does the
 * headline, when a template declares the page's whole title as the site's name ("Achtsam durch die
 * Krise | Die FURCHE").
 */
function outletName(declared: string, headline: string, url: string): string | undefined {
  const parts = siteParts(declared);
  if (parts.length < 2) return parts[0];
  const named = parts.filter((part) => !headline || similarity(part, headline) < 0.8);
  const labels = hostLabels(url);
  return named.find((part) => namesHost(part, labels)) ?? named[0] ?? parts[0];
}

/**
 * The part of a page title that names the site by its address ("sheego ♥ Magazin" in "Magic
 * Cleaning | sheego ♥ Magazin" on sheego.de), for a page that declares no site name: a short
 * part at either end. Only when exactly one part names it: "Bremen feiert | Bremen.de" proves nothing.
 */
function siteNameFromHost(title: string, url: string): string | undefined {
  const parts = siteParts(title);
  if (parts.length < 2) return undefined;
  const labels = hostLabels(url);
  const named = parts.filter((part) => namesHost(part, labels));
  const site = named.length === 1 ? named[0]! : undefined;
  return site && (site === parts[0] || site === parts[parts.length - 1]) && site.split(/\s+/).length <= MAX_SITE_NAME_WORDS ? site : undefined;
}

/** Words of a site name read from a title: more is a headline that happens to name the site. */
const MAX_SITE_NAME_WORDS = 4;

/** True when `part` is the site's address in words: "Werretal Bote" or "WB" for werretal-bote.de. */
function namesHost(part: string, labels: readonly string[]): boolean {
  const compact = compactName(part);
  return labels.some((label) => compact === label || initialsOf(part) === label || (Math.min(compact.length, label.length) >= 4 && (compact.includes(label) || label.includes(compact))));
}

/** The names in a site's address, letters and digits only: "www.herz-und-blut.de" → ["herzundblut"]. */
function hostLabels(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  const labels = host.toLowerCase().split('.').slice(0, -1);
  return labels.filter((label) => !/^www\d*$/.test(label)).map(compactName).filter((label) => label.length >= 2);
}

/**
 * One section (Ressort): the first of a list of categories that blog software declares as the
 * section ("Region, News, Wirtschaft, Newsletter" → "Region"). A comma between digits is kept.
 */
function firstSection(value: string | undefined): string | undefined {
  return value?.split(/,(?!\d)/).map((part) => part.trim()).find(Boolean);
}

/** The section label printed in the article ("Lokal" in `.ressort`), when short. */
function printedSection(scope: Element): string | undefined {
  const el = findAll(scope, IS_SECTION_LABEL, 1)[0];
  if (!el || findFirst(el, IS_BLOCK)) return undefined;
  const text = el.getAttribute('content') ?? textOf(el);
  return text && text.length <= 40 ? text : undefined;
}

// ---------------------------------------------------------------------------------------------
// Page areas

/**
 * The part of the page the article lives in: the nearest `<article>`, schema.org Article or
 * `<main>` around the headline (or the body container), else the whole body.
 */
function articleScope(doc: Document, headline: Element | undefined, container: Element | undefined): Element {
  const start = headline ?? container;
  for (let cur = start?.parentElement ?? null; cur; cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'ARTICLE' || tag === 'MAIN' || /Article|BlogPosting/.test(cur.getAttribute('itemtype') ?? '') || cur.getAttribute('role') === 'main') {
      return cur;
    }
    if (tag === 'BODY') break;
  }
  return bodiesOf(doc)[0] ?? doc.documentElement;
}

const FOREIGN_HINT = /comment|kommentar|related|sidebar|teaser|recommend|nav|menu|popular|respond|repl/i;
const FOREIGN_WORDS = new Set(['comment', 'comments', 'kommentare', 'related', 'sidebar', 'teaser', 'teasers', 'recommended', 'nav', 'menu', 'popular', 'respond', 'reply', 'replies', 'recentcomments']);

/**
 * True when `el` sits in a comment list, a sidebar or a teaser for another article. A block that
 * holds the headline is the article's own, whatever its name says (a `right-sidebar` layout).
 */
function isInForeignBlock(el: Element, scope: Element, headline: Element | undefined): boolean {
  // A sidebar inside the <article> element is the article's own (its author box, its date);
  // a sidebar of the page or of <main> holds widgets about other posts.
  const ownSidebar = tagOf(scope) === 'ARTICLE' || /Article|BlogPosting/.test(scope.getAttribute('itemtype') ?? '');
  for (let cur: Element | null = el; cur && cur !== scope; cur = cur.parentElement) {
    if (headline && cur !== el && cur.contains(headline)) break;
    const tag = tagOf(cur);
    // A <footer> inside the article holds its byline ("Posted by …"); the page footer is outside the scope.
    // Inside the article, an <aside> or <footer> holds its meta line; on the whole page, a sidebar.
    if (tag === 'NAV' || ((tag === 'FOOTER' || tag === 'ASIDE') && scope.ownerDocument?.body === scope)) return true;
    const names = namesOf(cur);
    if (FOREIGN_HINT.test(names) && nameWords(names).some((w) => FOREIGN_WORDS.has(w) && !(ownSidebar && w === 'sidebar'))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// <meta> tags

interface MetaTags {
  first(...keys: string[]): string | undefined;
  all(key: string): string[];
  date(keys: readonly string[], options: DateOptions): string | undefined;
}

function readMetaTags(doc: Document): MetaTags {
  const map = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const value = collapseWhitespace(decodeEntities(el.getAttribute('content') ?? ''));
    if (!key || !value) continue;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return {
    first: (...keys) => keys.map((k) => map.get(k)?.[0]).find((v) => v !== undefined),
    all: (key) => map.get(key) ?? [],
    date(keys, options) {
      for (const key of keys) for (const value of map.get(key) ?? []) {
        const found = toIsoDate(value, options);
        if (found) return found;
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small fields

function nameOf(node: unknown): string | undefined {
  if (typeof node === 'string') return clean(node);
  if (!isObject(node)) return undefined;
  const name = stringOf(node.name) ?? (typeof node.givenName === 'string' ? [node.givenName, node.familyName].filter((p) => typeof p === 'string').join(' ') : undefined);
  return clean(name);
}

/** The article's images as JSON-LD describes them (ImageObject with caption and credit). */
function declaredImages(ld: JsonLd, base: string): DeclaredImage[] {
  const raw = ld.article?.image ?? ld.page?.primaryImageOfPage;
  const images: DeclaredImage[] = [];
  for (const item of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
    const node = ld.resolve(item);
    const address = typeof node === 'string' ? node : isObject(node) ? stringOf(node.contentUrl) ?? stringOf(node.url) : undefined;
    if (!address) continue;
    let url: string;
    try {
      url = new URL(address, base).href;
    } catch {
      continue;
    }
    if (!isObject(node)) continue;
    const caption = clean(stringOf(node.caption) ?? stringOf(node.description));
    const credit =
      clean(stringOf(node.creditText)) ??
      nameOf(ld.resolve(firstOf(node.copyrightHolder))) ??
      nameOf(ld.resolve(firstOf(node.author))) ??
      nameOf(ld.resolve(firstOf(node.creator))) ??
      clean(stringOf(node.copyrightNotice));
    images.push({ url, ...(caption && { caption }), ...(credit && { credit }) });
  }
  return images;
}

const PAYWALL_CLASS = /paywall|regwall|plus-?teaser|abo-?teaser|premium-?teaser|subscriber-?only|piano-?offer|(?:^|[\s_-])locked(?:$|[\s_-])/i;
const PAYWALL_TEXT = /\b(?:(?:jetzt |hier )?weiterlesen mit|nur für (?:abonnent|abonnement)|exklusiv für (?:abonnent|abo)|(?:plus|premium|abo)-(?:artikel|inhalt)|dieser (?:artikel|beitrag) ist (?:nur )?für (?:abonnent|abo)|subscribe to (?:continue|read)|to continue reading)/i;

/**
 * PAYWALL_TEXT without its leading word boundary: it matches wherever PAYWALL_TEXT matches in
 * any part of a text, so a page whose whole text lacks it has no element saying so.
 */
const PAYWALL_TEXT_ANYWHERE = new RegExp(PAYWALL_TEXT.source.replace(/^\\b/, ''), PAYWALL_TEXT.flags);

/** A paywall offer in the article: an element named so, or a short text saying so. */
function showsPaywallOffer(scope: Element): boolean {
  for (const el of findAll(scope, (e) => PAYWALL_CLASS.test(e.getAttribute('class') ?? ''), 5)) {
    if (textOf(el).length > 0) return true;
  }
  if (!PAYWALL_TEXT_ANYWHERE.test(scope.textContent ?? '')) return false;
  return (
    findAll(
      scope,
      (e) => {
        if (!/^(?:P|DIV|SPAN|H2|H3|H4|A|STRONG)$/.test(tagOf(e)) || e.children.length > 3) return false;
        const text = e.textContent ?? '';
        return text.length < 300 && PAYWALL_TEXT.test(text);
      },
      1,
    ).length > 0
  );
}

function declaresPaywall(article: JsonObject | null, page: JsonObject | null, meta: MetaTags): boolean {
  const locked = (value: unknown) => value === false || (typeof value === 'string' && /^false$/i.test(value.trim()));
  if (locked(article?.isAccessibleForFree) || locked(page?.isAccessibleForFree)) return true;
  const parts = article?.hasPart;
  if ((Array.isArray(parts) ? parts : [parts]).some((p) => isObject(p) && locked(p.isAccessibleForFree))) return true;
  const tier = meta.first('article:content_tier', 'content_tier');
  return tier !== undefined && /^(?:locked|metered|premium)$/i.test(tier);
}

function excerptField(value: string | undefined): { excerpt?: string } {
  const excerpt = clean(value);
  return excerpt ? { excerpt } : {};
}

function canonicalField(doc: Document, base: string, meta: MetaTags): { canonicalUrl?: string } {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.first('og:url');
  if (!href) return {};
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? { canonicalUrl: url.href } : {};
  } catch {
    return {};
  }
}

/**
 * The outlet's zone: the country in the page's language tag ("es-BO"), else the country of its
 * domain (".bo"), else the language (`de` → Europe/Berlin). Countries only where one zone covers
 * (almost) all of it.
 */
function zoneFor(lang: string | undefined, url: string): string | undefined {
  const l = lang?.toLowerCase();
  const region = l?.split('-')[1];
  let tld: string | undefined;
  try {
    tld = new URL(url).hostname.split('.').pop();
  } catch {
    tld = undefined;
  }
  return (
    (region && COUNTRY_ZONES[region]) ||
    (tld && COUNTRY_ZONES[tld]) ||
    (l && (LANGUAGE_ZONES[l] ?? LANGUAGE_ZONES[l.split('-')[0]!])) ||
    undefined
  );
}

function normalizeLang(value: string | null | undefined): string | undefined {
  const v = value?.trim().replace('_', '-');
  return isLanguageTag(v) ? v : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = collapseWhitespace(withoutInvisibles(decodeEntities(value)));
  return t || undefined;
}
