/**
 * The headline as the page shows it. Meta titles (og:title, `<title>`, JSON-LD headline) are
 * often SEO variants or carry the outlet's name; the visible headline is the `<h1>` (or the
 * element a CMS marks as the headline) that agrees with them. The kicker (Dachzeile) printed
 * above or inside the headline is split off.
 * @module utils/extract/title
 */
import { KICKER_SELECTORS } from './article-markup';
import { hasFurnitureName } from './prune';
import { closestMatch, compileSelectors, findAll, isAfter, nameWords, namesOf, tagOf, textOf } from './dom';
import { withoutDates } from './dates';
import { collapseWhitespace, isBlockTag, withoutInvisibles } from './text';

const IS_HEADLINE = compileSelectors(['h1', 'h2', '[itemprop~="headline"]', '.entry-title', '.post-title', '.article-title', '.article__title', '.headline']);
const IS_KICKER = compileSelectors(KICKER_SELECTORS);
const IS_ARTICLE_OR_MAIN = compileSelectors(['article', 'main', '[role="main"]']);
/** A breadcrumb trail, by its class, id, label or schema.org type. */
const IS_BREADCRUMB = (el: Element): boolean =>
  /breadcrumb/i.test(namesOf(el)) || /breadcrumb/i.test(el.getAttribute('aria-label') ?? '') || (el.getAttribute('itemtype') ?? '').endsWith('BreadcrumbList');
/** Kicker-like parts inside a headline element, by name. */
const KICKER_WORDS = /(?:^|[\s_-])(?:kicker|dachzeile|spitzmarke|topline|toptitle|overline|roofline|supertitle|label|eyebrow)(?:$|[\s_-])/i;
/** Separators between a title and the outlet's name in `<title>`. */
const SITE_SEPARATOR = /\s+[|–—·•»«:/-]{1,2}\s+|\s+::\s+/;

export interface Headline {
  title: string;
  kicker?: string;
  /** The headline element in the page, when the title was read from one. */
  element?: Element;
  /** The kicker's own element when it is printed outside the headline element. */
  kickerElement?: Element;
}

/**
 * Finds the headline. `metaTitles` are the declared titles in order of trust (JSON-LD headline,
 * og:title, twitter:title, `<title>`); `siteName` is stripped from them.
 */
export function findHeadline(doc: Document, metaTitles: readonly string[], siteName: string | undefined): Headline {
  const stripped = metaTitles.map((t) => stripSiteName(t, siteName)).filter(Boolean);
  // A template that declares only the outlet ("ICON Magazine", "ICON • ICON Magazine") as every
  // title says nothing about the article: the page's own headline must be found without it.
  const declared = stripped.filter((t) => !namesOnlySite(t, siteName));
  const declaredKeys = new Set(declared.map(normalize));
  // Each candidate is compared with every declared title: their words are split once.
  const declaredWords = declared.map(wordsOf);
  let best: { score: number; headline: Headline; order: number } | null = null;
  // The first <h1> that agrees at least loosely with a meta title: a subheading further down
  // (an <h2> in the body that happens to share more words with the SEO title) does not beat it.
  let leadingH1: { score: number; headline: Headline; order: number } | null = null;
  const printed: Headline[] = [];
  const candidates: Headline[] = [];
  let index = 0;
  for (const el of findAll(doc, IS_HEADLINE, 31)) {
    if (index++ > 30) break;
    const isH1 = tagOf(el) === 'H1';
    // An <h1> that says exactly what the page declares is the headline wherever the template
    // puts it (the last breadcrumb item, a page-header "teaser" block).
    const confirmed = isH1 && declaredKeys.has(normalize(textOf(el)));
    if ((!confirmed && !isInArticleArea(el)) || isSiteLogo(el)) continue;
    const headline = readHeadlineElement(el);
    if (headline.title.length < 3 || headline.title.length > 300) continue;
    if ((siteName && same(headline.title, siteName)) || GENERIC_LABEL.test(headline.title)) continue;
    if (isH1) printed.push(headline);
    candidates.push(headline);
    const full = headline.kicker ? `${headline.kicker} ${headline.title}` : headline.title;
    const titleWords = tokens(headline.title);
    const fullWords = headline.kicker ? tokens(full) : titleWords;
    const score = confirmed ? 1 : Math.max(0, ...declaredWords.map((words) => Math.max(wordOverlap(titleWords, words), wordOverlap(fullWords, words))));
    // An h1 is the headline by default; other headline-like elements must agree with a meta title.
    const candidate = { score: score + (isH1 ? 0.15 : 0), headline, order: index };
    if (isH1 && score >= 0.3 && !leadingH1) leadingH1 = candidate;
    if (candidate.score > (best?.score ?? 0)) best = candidate;
  }
  if (best && leadingH1 && best.order > leadingH1.order && best.score < 0.9 && tagOf(best.headline.element!) !== 'H1') best = leadingH1;
  // A headline found as the last item of a breadcrumb that the article prints again: the printed
  // one is the article's, with its lead, byline and date. (A page header above the <article> that
  // prints the byline and date with the headline stays the headline.)
  if (best?.headline.element && closestMatch(best.headline.element, IS_BREADCRUMB)) {
    const key = normalize(best.headline.title);
    const printedAgain = candidates.find((c) => c !== best!.headline && c.element && normalize(c.title) === key && closestMatch(c.element, IS_ARTICLE_OR_MAIN));
    if (printedAgain) best = { ...best, headline: printedAgain };
  }
  if (best && (best.score >= 0.55 || declared.length === 0)) return withDeclaredKicker(withKickerSplit(best.headline, candidates), declared);
  // One <h1> that says something other than the meta titles: the page prints it as the headline,
  // the meta titles are the SEO variant. With several unrelated <h1>s, the meta title decides.
  if (printed.length === 1) return printed[0]!;
  // No <h1> (or only navigation labels as <h1>) and meta titles that name the site or section
  // ("Aktuelles - Schwimmen | Verband"): the heading that opens the article's text is its headline.
  // The first heading followed by any paragraph decides: a later one is a subheading of the text.
  const opening = candidates.find((c) => c.element && /^H[12]$/.test(tagOf(c.element)) && opensText(c.element, 1));
  if (opening?.element && opensText(opening.element, OPENING_TEXT_CHARS) && precedesMostText(doc, opening.element)) return opening;
  const element = best && best.score >= 0.3 && best.headline.element && tagOf(best.headline.element) === 'H1' ? best.headline.element : undefined;
  if (declared.length === 0 && !best) {
    const titled = titledBlock(doc, siteName);
    if (titled) return titled;
  }
  return { title: declared[0] ?? best?.headline.title ?? stripped[0] ?? '', ...(element && { element }) };
}

/**
 * True when every part of a declared title names the outlet: "ICON • ICON Magazine" for "ICON
 * Magazine". A declared site name in parts may itself be a page title ("Achtsam durch die Krise |
 * Die FURCHE"), so it proves nothing.
 */
function namesOnlySite(title: string, siteName: string | undefined): boolean {
  const site = siteName && normalize(siteName);
  if (!site || siteParts(siteName).length > 1) return false;
  return siteParts(title).every((part) => isPartOfSite(normalize(part), site));
}

/** True when a normalized title part is the normalized site name or a piece of it ("icon" of "icon magazine"). */
function isPartOfSite(part: string, site: string): boolean {
  return part === site || (part.length > 2 && site.includes(part));
}

/** A block named as a title: `<div class="title-text">`, `<span class="l-headline">`. */
const TITLE_NAME = /(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])/i;

/**
 * The headline of a page whose meta titles name only the outlet and which marks no heading
 * element: the first block its class names as a title, above the article's text. Only the
 * innermost such block counts, and a logo or a block of other content does not.
 */
function titledBlock(doc: Document, siteName: string | undefined): Headline | undefined {
  const titled = findAll(doc, (el) => TITLE_NAME.test(namesOf(el)), 40);
  for (const el of titled) {
    if (titled.some((other) => other !== el && el.contains(other))) continue;
    const title = withoutInvisibles(textOf(el));
    if (title.length < 3 || title.length > 200 || (siteName && same(title, siteName)) || GENERIC_LABEL.test(title)) continue;
    if (isSiteLogo(el) || !isInArticleArea(el) || el.closest('a') || !precedesMostText(doc, el)) continue;
    return { title, element: el };
  }
  return undefined;
}

/**
 * A lead-in printed in the headline without markup of its own ("<em>Gedenktag </em>Erinnerung an
 * …") when the page's declared title is exactly the rest: the lead-in is the kicker.
 */
function withDeclaredKicker(headline: Headline, declared: readonly string[]): Headline {
  if (headline.kicker) return headline;
  const title = headline.title;
  for (const d of declared) {
    const at = title.toLowerCase().lastIndexOf(d.toLowerCase());
    if (at <= 0 || at + d.length !== title.length) continue;
    const kicker = title.slice(0, at).replace(/[\s:|–—-]+$/, '').trim();
    if (kicker && kicker.length <= 80 && kicker.split(' ').length <= 6 && /[\s:|–—-]$/.test(title.slice(0, at))) return { ...headline, title: title.slice(at), kicker };
  }
  return headline;
}

/**
 * The same headline printed twice, once whole (a breadcrumb's <h1>) and once with its kicker
 * set apart (the article header): the one that tells kicker and title apart is kept.
 */
function withKickerSplit(headline: Headline, candidates: readonly Headline[]): Headline {
  if (headline.kicker) return headline;
  const key = normalize(headline.title);
  return candidates.find((c) => c.kicker && normalize(`${c.kicker} ${c.title}`) === key) ?? headline;
}

/** Paragraph text that makes a heading the opening of an article rather than of a list or a form. */
const OPENING_TEXT_CHARS = 250;

/**
 * True when at least `minChars` of paragraphs follow `heading` (as siblings, or siblings of its
 * wrapper) before the next heading: it heads running text.
 */
function opensText(heading: Element, minChars: number): boolean {
  for (let cur: Element | null = heading, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    let chars = 0;
    for (let sib = cur.nextElementSibling, n = 0; sib && n < 12; sib = sib.nextElementSibling, n++) {
      if (/^H[1-3]$/.test(tagOf(sib))) break;
      // Paragraphs up to the next heading inside the sibling: what follows that one is its text.
      const inner = sib.querySelector('h1, h2, h3');
      const paragraphs = tagOf(sib) === 'P' ? [sib] : Array.from(sib.querySelectorAll('p')).filter((p) => !inner || isAfter(inner, p));
      for (const p of paragraphs) chars += textOf(p).length;
      if (chars >= minChars) return true;
      if (inner) break;
    }
    if (cur.nextElementSibling) return false;
  }
  return false;
}

/** True when most of the page's paragraph text comes after `heading`, not before it. */
function precedesMostText(doc: Document, heading: Element): boolean {
  let before = 0;
  let after = 0;
  // The paragraphs come in document order: once one follows the heading, all the rest do, and
  // the order need not be worked out again for each.
  let following = false;
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, 400)) {
    const chars = (p.textContent ?? '').length;
    following ||= isAfter(p, heading);
    if (following) after += chars;
    else before += chars;
  }
  return after >= before;
}

/** Page labels set as <h1> on article pages of small sites: not a headline. */
const GENERIC_LABEL = /^(?:home|start|startseite|aktuelles|aktuell|news|nachrichten|neuigkeiten|blog|presse|pressemitteilungen?|pressemeldungen?|lokales|archiv|suche|search|menu|menü|navigation|kontakt|impressum|artikel|beitrag|meldung|meldungen)$/i;

/** The outlet's logo set as <h1> (WordPress themes do): a link home, or a site-title class. */
function isSiteLogo(el: Element): boolean {
  if (/(?:^|[\s_-])(?:site-title|site-name|logo|brand|branding|masthead)(?:$|[\s_-])/i.test(namesOf(el))) return true;
  const link = el.querySelector('a');
  if (!link || textOf(link) !== textOf(el)) return false;
  const href = link.getAttribute('href') ?? '';
  return link.getAttribute('rel') === 'home' || /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/.test(href);
}

/** Trailing parts of a headline element that are a subtitle or a date line, not the title. */
const SUBTITLE_WORDS = /(?:^|[\s_-])(?:subtitle|sub-title|subline|untertitel|subheadline|dek|deck|date|datum|meta|category|categories)(?:$|[\s_-])/i;

/**
 * Reads a headline element. Headlines often carry a kicker inside the <h1>
 * (`<span class="kicker">Klimaschutz</span><span>Bohren, bis es heiß wird</span>`) and
 * sometimes a subtitle or date line after a <br> or in <small>; the title is what remains.
 */
function readHeadlineElement(el: Element): Headline {
  const parts = headlineParts(el).map((part) => ({ ...part, text: withoutInvisibles(part.text) })).filter((part) => part.text.trim());
  // Trailing <small> or subtitle-classed parts are not the title.
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (!(last.element && (tagOf(last.element) === 'SMALL' || SUBTITLE_WORDS.test(namesOf(last.element))))) break;
    parts.pop();
  }
  const first = parts[0];
  const rest = parts.slice(1).map((p) => p.text).join(' ').trim();
  const firstIsKicker =
    first?.element !== undefined &&
    parts.length > 1 &&
    first.text.length <= 80 &&
    rest.replace(/^[\s:|–—-]+/, '').length >= 10 &&
    (KICKER_WORDS.test(namesOf(first.element)) ||
      IS_KICKER(first.element) ||
      first.separated ||
      // A styled lead-in: "<span class="h1small">Initiative Energieeffizienz</span> Kostenloser …"
      (namesOf(first.element) !== '' && (first.text.split(' ').length >= 2 || /:$/.test(first.text))));
  if (first && firstIsKicker) {
    const kicker = first.text.replace(/[\s:|–—-]+$/, '');
    const title = rest.replace(/^[\s:|–—-]+/, '').trim();
    if (kicker && title) return { title, kicker, element: el };
  }
  const title = joinHeadlineParts(parts);
  const above = kickerAbove(el);
  return { title, element: el, ...(above && { kicker: above.text, kickerElement: above.element }) };
}

/**
 * Joins the parts of a headline with a space, except before punctuation that follows an element
 * ("<span>Ehrenamt</span>: Wer hilft wem …"). Spaces the page prints inside a text run stay
 * as printed (French "Tunisie : Au-dessous", "iOS 13 ?").
 */
function joinHeadlineParts(parts: readonly HeadlinePart[]): string {
  let title = '';
  parts.forEach((part, i) => {
    const glued = i > 0 && parts[i - 1]!.element !== undefined && part.element === undefined && /^[:,.;!?]/.test(part.text);
    title += i === 0 || glued ? part.text : ` ${part.text}`;
  });
  return title.replace(/\s+/g, ' ').trim();
}

interface HeadlinePart {
  text: string;
  /** The child element the part comes from; undefined for loose text. */
  element?: Element;
  /** True when the part is set apart from what follows: its own element followed by a <br> or another element. */
  separated: boolean;
}

/**
 * The visible parts of a headline element: its child elements and loose text runs. A headline
 * wrapped in a single element is read from inside that element.
 */
function headlineParts(el: Element): HeadlinePart[] {
  let root = el;
  while (root.children.length === 1 && textOf(root.children[0]) === textOf(root) && !/^(?:BR|A)$/.test(tagOf(root.children[0]!))) root = root.children[0]!;
  const parts: HeadlinePart[] = [];
  const children = Array.from(root.childNodes);
  // Text nodes with no element between them are one run of text, joined as they are: a parser or
  // a script may split a word across several (linkedom at each character reference, "Pr|ä|sident";
  // React with an empty comment between). Only an element between them makes a word break.
  let run: { part: HeadlinePart; raw: string } | undefined;
  children.forEach((node, i) => {
    if (node.nodeType === 1) {
      run = undefined;
      const child = node as Element;
      if (tagOf(child) === 'BR' || child.getAttribute('aria-hidden') === 'true' || /(?:^|[\s_-])(?:visually-hidden|sr-only|hidden)(?:$|[\s_-])/i.test(namesOf(child))) {
        // A separator (": " for screen readers, a <br>) ends the previous part.
        if (parts.length > 0) parts[parts.length - 1]!.separated = true;
        return;
      }
      const text = textOf(child);
      if (!text) return;
      const next = children.slice(i + 1).find((n) => n.nodeType === 1 || (n.nodeValue ?? '').trim() !== '');
      const inline = /^(?:EM|I|B|STRONG|SPAN|A|ABBR|Q|MARK|SUP|SUB|CODE)$/.test(tagOf(child));
      parts.push({ text, element: child, separated: !inline || next?.nodeType === 1 });
      return;
    }
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (!run) {
        if (!raw.trim()) return;
        const previous = parts[parts.length - 1];
        // Loose text after a <br> or a hidden separator continues the loose text before it.
        if (previous && !previous.element) run = { part: previous, raw: `${previous.text} ` };
        else {
          run = { part: { text: '', separated: false }, raw: '' };
          parts.push(run.part);
        }
      }
      run.raw += raw;
      run.part.text = run.raw.replace(/\s+/g, ' ').trim();
    }
  });
  return parts;
}

/** A kicker printed as the element right before the headline (or before its wrapper). */
function kickerAbove(el: Element): { text: string; element: Element } | undefined {
  for (let cur: Element | null = el, depth = 0; cur && depth < 2; cur = cur.parentElement, depth++) {
    const prev = cur.previousElementSibling;
    if (!prev) continue;
    if (KICKER_WORDS.test(namesOf(prev)) || IS_KICKER(prev)) {
      const text = textWithoutBadges(prev);
      if (text.length > 0 && text.length <= 80) return { text: text.replace(/[\s:|–—-]+$/, ''), element: prev };
    }
    if (tagOf(cur.parentElement ?? cur) === 'HGROUP' && /^(?:P|H[2-6])$/.test(tagOf(prev))) {
      const text = textOf(prev);
      if (text.length <= 80) return { text, element: prev };
    }
  }
  return undefined;
}

/**
 * The kicker as the clipping shows it: without a date the template prints in the same line
 * ("24.01.2022 - Meldung - Energiewende" → "Meldung - Energiewende"; a date alone is no kicker)
 * and without the dashes or bars around it ("- Advertorial -").
 */
export function kickerText(raw: string): string | undefined {
  const text = collapseWhitespace(withoutDates(raw))
    .replace(/^[\s|•·,:–—-]+|[\s|•·,:–—-]+$/g, '')
    .replace(/(\s[|•·–—-])(?:\s+[|•·–—-])+\s/g, '$1 ');
  return /\p{L}/u.test(text) ? text : undefined;
}

/** Paid-content badges and icons printed inside kickers ("Plus", "Abo", "Premium"). */
const BADGE_WORDS = /(?:^|[\s_-])(?:badge|icon|plus|premium|abo|paid|paywall|logo|marker)(?:$|[\s_-])/i;

function textWithoutBadges(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !BADGE_WORDS.test(namesOf(child as Element))) {
        // Each line of a kicker is a label of its own: "<div>Rechtsprechung</div><div>Urlaubsrecht</div>".
        if (isBlockTag(tagOf(child as Element)) && /\S\s*$/.test(text) && !/[·|–—-]\s*$/.test(text)) text += ' · ';
        walk(child);
      }
    }
  };
  walk(el);
  return collapseWhitespace(text);
}

/**
 * The outlet's name as the `<title>` prints it beside the headline: "Brücke eröffnet |
 * Werretal-Bote" → "Werretal-Bote", "Stadt Wendenau - Presse - Brücke eröffnet" → "Stadt Wendenau".
 */
export function siteNameFromTitle(docTitle: string, headline: string): string | undefined {
  const parts = siteParts(docTitle);
  if (parts.length < 2 || !headline) return undefined;
  const at = parts.findIndex((part) => similarity(part, headline) >= 0.8);
  if (at === -1) return undefined;
  const site = at === 0 ? parts[parts.length - 1] : parts[0];
  return site && site.length <= 60 && similarity(site, headline) < 0.5 ? site : undefined;
}

/** Separators left at the ends of a part: "Katzendecke | | Uniqz" splits into "Katzendecke" and "| Uniqz". */
const EDGE_SEPARATORS = /^[\s|–—·•»«:/-]+|[\s|–—·•»«:/-]+$/g;

/** The parts of a title or site name between separators, each with a letter or digit. */
export function siteParts(text: string): string[] {
  return collapseWhitespace(text)
    .split(SITE_SEPARATOR)
    .map((part) => part.replace(EDGE_SEPARATORS, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** Removes the outlet's name from a `<title>`-style string: "Brücke eröffnet | Werretal-Bote" → "Brücke eröffnet". */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const t = collapseWhitespace(title);
  const parts = t.split(SITE_SEPARATOR);
  if (parts.length < 2) return t;
  const site = siteName ? normalize(siteName) : '';
  const kept = parts.filter((part) => {
    const p = normalize(part);
    return !(site && (isPartOfSite(p, site) || (site.length > 2 && p.includes(site) && p.length < site.length + 12)));
  });
  if (kept.length > 0 && kept.length < parts.length) return joinParts(t, kept);
  // No site name to match: drop a short last segment ("… - Lokalzeitung") when the first is long.
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length >= 2 && last.split(/\s+/).length <= 4 && first.split(/\s+/).length >= 3 && last.length < first.length) {
    return joinParts(t, parts.slice(0, -1));
  }
  return t;
}

function joinParts(original: string, parts: string[]): string {
  // Keep the separators between kept parts as they were printed.
  const start = original.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = original.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? original.slice(start, end).trim() : parts.join(' - ');
}

/** Token-overlap F-score of two titles, 0…1. */
export function similarity(a: string, b: string): number {
  return wordOverlap(tokens(a), wordsOf(b));
}

/** The words of a text to compare others with: how many, and which. */
interface Words {
  count: number;
  set: ReadonlySet<string>;
}

function wordsOf(text: string): Words {
  const words = tokens(text);
  return { count: words.length, set: new Set(words) };
}

/** F1 of the words of `a` found among `b`'s (what `similarity` returns). */
function wordOverlap(ta: readonly string[], b: Words): number {
  if (ta.length === 0 || b.count === 0) return 0;
  const common = ta.filter((t) => b.set.has(t)).length;
  if (common === 0) return 0;
  const precision = common / ta.length;
  const recall = common / b.count;
  return (2 * precision * recall) / (precision + recall);
}

function tokens(s: string): string[] {
  return normalize(s).split(' ').filter(Boolean);
}

function normalize(s: string): string {
  return withoutInvisibles(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function same(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}


/** Layout words beside "sidebar" that name a page layout, not the sidebar: `right-sidebar`, `sidebar-off`. */
const SIDEBAR_LAYOUT_WORDS = new Set(['no', 'off', 'has', 'with', 'without', 'content', 'wrap', 'wrapper', 'layout', 'left', 'right', 'one', 'two', 'full']);
const OTHER_CONTENT_WORDS = /^(?:related|sidebar|teaser|teasers|recommend\w*|comments?|widget|footer|nav|menu|popular|more)$/;
/**
 * Class tokens that say nothing about an element's role: WordPress post slugs
 * (`category-popular-posts`) and the block types of page builders (`elementor-widget-heading`).
 */
const NO_ROLE_TOKEN = /^(?:category|tag|format|status|type|postid|term|taxonomy|tax|cat|has|single|menu-item)-|^(?:elementor|et_pb_|vc_|wpb_|fl-|so-widget|wp-block)/i;

/** Headlines of teasers in navigation, sidebars and related lists are not the page's headline. */
function isInArticleArea(el: Element): boolean {
  // Up to the article (or main) that holds the headline, at most six levels: layout wrappers
  // further out ("one-sidebar", "content_block right-sidebar") say nothing about it.
  let depth = 0;
  for (let cur = el.parentElement; cur && tagOf(cur) !== 'BODY' && depth++ < 6; cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'A') return false;
    if (namesOtherContent(namesOf(cur))) return false;
    if (tag === 'ARTICLE' || tag === 'MAIN' || cur.getAttribute('role') === 'main') break;
  }
  return !hasFurnitureName(namesOf(el).replace(/\b(?:title|headline)\b/gi, ''));
}

/** True when class and id name a block of other content (a sidebar, a teaser, comments). */
function namesOtherContent(names: string): boolean {
  if (!names) return false;
  const tokens = names.split(/\s+/).filter((token) => token && !NO_ROLE_TOKEN.test(token));
  for (const token of tokens) {
    const words = nameWords(token);
    if (!words.some((w) => OTHER_CONTENT_WORDS.test(w))) continue;
    if (words.includes('sidebar') && words.some((w) => SIDEBAR_LAYOUT_WORDS.has(w))) continue;
    return true;
  }
  return false;
}
