/**
 * Article pages that carry the hostile corpus everywhere a clipper reads: the body, the
 * captions, the headline (`<title>`, OpenGraph, JSON-LD, `<h1>`), the byline, the author meta
 * tag, the outlet, section and description, and the root elements' attributes. Many payloads
 * share a page, so a few page loads cover the whole corpus. Fictional text; pure.
 */
import { ATTACKER_ORIGIN, HOSTILE_PAYLOADS, type HostilePayload } from './payloads';

export interface HostilePage {
  /** Where the page is served, e.g. "/hostile-3.html". */
  path: string;
  html: string;
  /** Payloads inserted as markup into the article body, each after a "Probe <n>" marker. */
  body: readonly HostilePayload[];
  /** Payloads written (as strings) into the page's metadata and captions, by where. */
  metadata: Readonly<Record<MetadataSlot, HostilePayload>>;
  captions: readonly HostilePayload[];
}

export type MetadataSlot = 'headline' | 'jsonLdAuthor' | 'metaAuthor' | 'byline' | 'outlet' | 'section' | 'description' | 'publisher' | 'rootAttribute';
const SLOTS: readonly MetadataSlot[] = ['headline', 'jsonLdAuthor', 'metaAuthor', 'byline', 'outlet', 'section', 'description', 'publisher', 'rootAttribute'];
const CAPTIONS_PER_PAGE = 8;

const FILLER = [
  'Der Kreistag hat am Donnerstag über den Nachtragshaushalt beraten und die Entscheidung nach langer Aussprache vertagt.',
  'Die Verwaltung soll bis zur nächsten Sitzung darlegen, wie sich die gestiegenen Energiekosten auf die Schulen im Kreis auswirken.',
  'Vertreter mehrerer Fraktionen forderten, die Sanierung der Sporthallen nicht weiter zu verschieben, obwohl die Mittel knapp sind.',
  'Der Landrat verwies auf die Zuschüsse des Landes, die erst im Frühjahr bewilligt werden, und bat um Geduld bei den Bauvorhaben.',
  'Anwohnerinnen und Anwohner verfolgten die Debatte auf der Zuschauertribüne und meldeten sich in der Einwohnerfragestunde zu Wort.',
  'Im Anschluss stellte die Kämmerei die Zahlen zur Gewerbesteuer vor, die im dritten Quartal deutlich über den Erwartungen lagen.',
];

/** Text a metadata slot can hold: the payload's string on one line, as pages usually have it. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** JSON inside `<script type="application/ld+json">`: `<` escaped so no string ends the element. */
function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Splits `payloads` over `count` pages. Every payload goes into a body; metadata slots and
 * captions take payloads spread over the corpus (a stride coprime with its size), so each page
 * mixes families.
 */
export function hostilePages(count: number, payloads: readonly HostilePayload[] = HOSTILE_PAYLOADS): HostilePage[] {
  const perPage = Math.ceil(payloads.length / count);
  const pick = (i: number) => payloads[(i * 37) % payloads.length]!;
  const handlers = payloads.filter((p) => p.category === 'event-handler');
  return Array.from({ length: count }, (_, page) => {
    const body = payloads.slice(page * perPage, (page + 1) * perPage);
    const base = page * (SLOTS.length + CAPTIONS_PER_PAGE);
    const metadata = Object.fromEntries(SLOTS.map((slot, k) => [slot, slot === 'rootAttribute' ? handlers[page % handlers.length]! : pick(base + k)])) as Record<MetadataSlot, HostilePayload>;
    const captions = Array.from({ length: CAPTIONS_PER_PAGE }, (_, k) => pick(base + SLOTS.length + k));
    const path = `/hostile-${page + 1}.html`;
    return { path, body, metadata, captions, html: render(page, body, metadata, captions) };
  });
}

function render(page: number, body: readonly HostilePayload[], m: Record<MetadataSlot, HostilePayload>, captions: readonly HostilePayload[]): string {
  const headline = oneLine(m.headline.source);
  const published = `2026-11-${String(10 + page).padStart(2, '0')}T09:30:00+01:00`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description: m.description.source,
    articleSection: m.section.source,
    datePublished: published,
    author: { '@type': 'Person', name: m.jsonLdAuthor.source },
    publisher: { '@type': 'Organization', name: m.publisher.source },
    image: `${ATTACKER_ORIGIN}/beacon/ld-image-${page}.jpg`,
  };
  // The root elements carry a handler, as in clippers that copied the page's <html> attributes.
  const rootHandler = m.rootAttribute.source.match(/\s(on\w+=\S+?)(?=[\s>])/)?.[1] ?? `onload=pwn(${m.rootAttribute.n})`;
  const paragraphs = body.map((p, i) => `<p>Probe ${p.n}: ${FILLER[i % FILLER.length]} ${p.source}</p>`);
  const figures = captions.map(
    (p, k) =>
      `<figure class="wp-caption"><img src="/bild-${page}-${k}.jpg" alt="${escapeAttribute(p.source)}" width="800" height="533"><figcaption class="wp-caption-text">${p.source} (Foto: Agentur ${k + 1})</figcaption></figure>`,
  );
  // Figures spread through the text, as on a news site.
  const content = paragraphs.flatMap((p, i) => (i % 8 === 4 && figures[Math.floor(i / 8)] ? [figures[Math.floor(i / 8)]!, p] : [p]));
  const unplaced = figures.slice(Math.ceil((paragraphs.length - 4) / 8));
  return `<!doctype html>
<html lang="de" ${rootHandler}>
<head>
<meta charset="utf-8">
<title>${escapeText(headline)}</title>
<meta property="og:title" content="${escapeAttribute(headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escapeAttribute(m.outlet.source)}">
<meta property="article:section" content="${escapeAttribute(m.section.source)}">
<meta property="article:published_time" content="${published}">
<meta name="author" content="${escapeAttribute(m.metaAuthor.source)}">
<meta name="description" content="${escapeAttribute(m.description.source)}">
<script type="application/ld+json">${jsonLd(ld)}</script>
</head>
<body ${rootHandler.replace(/^on\w+/, 'onpageshow')}>
<header class="site-header"><p class="site-title"><a href="/">Kreisblatt</a></p><nav><ul><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="main">
<article class="post">
<header class="entry-header"><h1 class="entry-title">${escapeText(headline)}</h1>
<p class="byline">Von <span class="author">${m.byline.source}</span> · <time datetime="${published}">${published.slice(0, 10)}</time></p></header>
<div class="entry-content">
${[...content, ...unplaced].join('\n')}
</div>
</article>
</main>
<footer><p>© Kreisblatt · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>`;
}
