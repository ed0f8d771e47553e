/**
 * A generated library for benchmarks: realistic clippings in German and English, from 50
 * outlets, in 8 collections, tags drawn from a skewed distribution (a few tags on most
 * clippings, a long tail of rare ones), articles of a few hundred words with subheadings,
 * links and captioned photos with credits. Deterministic for a given seed. Fictional text.
 *
 * The export benchmark's own generator; the library benchmark (issue 8) has another one, and
 * the two are meant to be merged.
 */
import type { Clipping, Collection } from '@/utils/db';

const DE_WORDS =
  'die der das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei Stadt Rat Bürgermeisterin Kreis Gemeinde Verwaltung Haushalt Millionen Euro Schule Straße Brücke Verkehr Bauarbeiten Sitzung Antrag Fraktion Mehrheit Bürger Anwohner Verein Feuerwehr Polizei Kirche Markt Innenstadt Radweg Planung Kosten Zuschuss Förderung Land Bund Wochen Jahren Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Abend Morgen erklärte sagte betonte kündigte kritisierte begrüßte forderte beschloss neue neuen alten großen kleinen ersten letzten weiteren öffentlichen gestern heute künftig bereits allerdings dennoch zudem außerdem Größe Übergang Lösung Gespräch Öffentlichkeit'.split(' ');
const EN_WORDS =
  'the of and to in a is that for on was with as by at from it be this have are which an has not were but been their after more its also said would about one new two first council town mayor county school road bridge traffic budget million pounds meeting plan residents police fire church market centre cycle path funding government weeks years Monday Tuesday Wednesday Thursday Friday evening morning announced criticised welcomed approved proposed opposed public local community project works building development services spokesperson officials members committee report'.split(' ');
const REGIONS = ['Lippische', 'Westfälische', 'Werretaler', 'Mindener', 'Herforder', 'Detmolder', 'Bielefelder', 'Paderborner', 'Höxteraner', 'Sauerländer', 'Emsländer', 'Osnabrücker', 'Münsterländer', 'Ostfriesische', 'Weserländer', 'Ravensberger', 'Schaumburger', 'Hamelner', 'Göttinger', 'Kasseler', 'Fuldaer', 'Siegener', 'Soester', 'Lüdenscheider', 'Märkische'];
const PAPERS = ['Landes-Zeitung', 'Rundschau', 'Anzeiger', 'Tageblatt', 'Kurier', 'Bote', 'Nachrichten', 'Post'];
const EN_OUTLETS = ['Valley Courier', 'County Gazette', 'Riverside Herald', 'Market Town Post', 'Evening Echo'];
const SECTIONS = ['Lokales', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Region', 'Panorama'];
const AGENCIES = ['dpa', 'epd', 'KNA', 'AFP', 'Reuters'];
const FIRST = ['Jana', 'Max', 'Erika', 'Jonas', 'Petra', 'Lukas', 'Sophie', 'Mehmet', 'Anna', 'Paul', 'Lea', 'Tobias'];
const LAST = ['Köster', 'Muster', 'Beispiel', 'Ude', 'Kämper', 'Schäfer', 'Yılmaz', 'Hoffmann', 'Brandt', 'Lüdtke', 'Sommer', 'Weiß'];
const TAG_ROOTS = ['Haushalt', 'Verkehr', 'Schule', 'Stadtwerke', 'Radverkehr', 'Bauen', 'Kultur', 'Sport', 'Feuerwehr', 'Kita', 'Umwelt', 'Energie', 'Wohnen', 'Tourismus', 'Landwirtschaft', 'Gesundheit', 'Polizei', 'Wahlen', 'Ehrenamt', 'Kirche'];

/** A small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedLibrary {
  collections: Collection[];
  clippings: Clipping[];
}

export function generateLibrary(count: number, seed = 42): GeneratedLibrary {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const outlets = [...REGIONS.flatMap((r, i) => [`${r} ${PAPERS[i % PAPERS.length]}`, `${r} ${PAPERS[(i + 3) % PAPERS.length]}`]).slice(0, 45), ...EN_OUTLETS];
  const tags = Array.from({ length: 300 }, (_, i) => (i < TAG_ROOTS.length ? TAG_ROOTS[i]! : `${pick(TAG_ROOTS)} ${pick(REGIONS).replace(/e?r?$/, '')} ${i}`));
  const zipfTag = () => tags[Math.min(tags.length - 1, Math.floor(Math.pow(next(), 3) * tags.length))]!;
  const collections: Collection[] = [
    { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: Date.UTC(2025, 0, 1) },
    ...['Presse Stadtwerke', 'Rat und Verwaltung', 'Schulen', 'Verkehr', 'Kultur', 'Wirtschaft', 'Green bonds'].map((name, i) => ({
      id: `collection-${i + 1}`,
      name,
      description: `Berichte: ${name}`,
      defaultTags: [tags[i]!],
      createdAt: Date.UTC(2025, 0, 2 + i),
    })),
  ];

  const clippings: Clipping[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let n = 0; n < count; n++) {
    const outlet = pick(outlets);
    const english = EN_OUTLETS.includes(outlet);
    const words = english ? EN_WORDS : DE_WORDS;
    const sentence = (length: number) => {
      const s = Array.from({ length }, () => pick(words)).join(' ');
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
    };
    const paragraph = () => Array.from({ length: between(2, 4) }, () => sentence(between(8, 18))).join(' ');
    const title = sentence(between(5, 10)).slice(0, -1);
    const host = outlet.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ +/g, '-');
    const url = `https://www.${host}.example/${english ? 'news' : 'lokales'}/${n}-${title.toLowerCase().split(' ').slice(0, 4).join('-').normalize('NFD').replace(/[^a-z-]/g, '')}`;
    const paragraphs = Array.from({ length: between(5, 10) }, paragraph);
    const html: string[] = [];
    if (next() < 0.6) {
      html.push(
        `<figure><img src="https://www.${host}.example/images/${n}.jpg" alt="${sentence(4)}"><figcaption>${sentence(between(6, 12))} (${english ? 'Photo' : 'Foto'}: ${pick(FIRST)} ${pick(LAST)})</figcaption></figure>`,
      );
    }
    paragraphs.forEach((p, i) => {
      if (i === 3) html.push(`<h2>${sentence(3).slice(0, -1)}</h2>`);
      html.push(i === 2 ? `<p>${p} <a href="https://www.${host}.example/dossier">${pick(words)} ${pick(words)}</a></p>` : `<p>${p}</p>`);
    });
    const text = paragraphs.join('\n');
    const clippedAt = start + Math.floor((n / count) * 330 * 86_400_000) + between(0, 86_399_999);
    const published = new Date(clippedAt - between(1, 48) * 3_600_000).toISOString().replace('Z', '+00:00');
    const tagCount = between(0, 5);
    clippings.push({
      id: `gen-${String(n).padStart(6, '0')}-${Math.floor(next() * 1e9).toString(36)}`,
      kind: next() < 0.97 ? 'article' : 'selection',
      url,
      urlKey: url.replace(/^https:\/\/www\./, ''),
      canonicalUrl: next() < 0.5 ? url : undefined,
      title,
      kicker: next() < 0.3 ? sentence(2).slice(0, -1) : undefined,
      authors: next() < 0.85 ? Array.from({ length: between(1, 2) }, () => `${pick(FIRST)} ${pick(LAST)}`) : [],
      agencies: next() < 0.2 ? [pick(AGENCIES)] : [],
      siteName: outlet,
      section: pick(SECTIONS),
      publishedTime: published,
      lang: english ? 'en' : 'de',
      excerpt: paragraphs[0]!.slice(0, 200),
      isPartial: next() < 0.1,
      contentHtml: html.join(''),
      text,
      wordCount: text.split(/\s+/).length,
      captions: [],
      tags: [...new Set(Array.from({ length: tagCount }, zipfTag))],
      collectionId: pick(collections).id,
      note: next() < 0.15 ? sentence(between(5, 15)) : '',
      clippedAt,
      updatedAt: clippedAt + (next() < 0.2 ? between(1, 10) * 86_400_000 : 0),
    });
  }
  return { collections, clippings };
}
