/**
 * Article metadata from what the page declares: JSON-LD first, then OpenGraph/article:*, then
 * plain <meta> tags, then the markup itself. Reads the document, never changes it.
 * @module utils/extract/metadata
 */
import type { ArticleMetadata } from './types';
import { collapseWhitespace } from './text';

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?Article$|^BlogPosting$|^LiveBlogPosting$/;

/** Reads metadata from `doc`. `url` resolves relative canonical links. */
export function extractMetadata(doc: Document, url: string): ArticleMetadata {
  const ld = findArticleJsonLd(doc);
  const meta = (...names: string[]) => readMeta(doc, names);

  const title =
    text(ld?.headline) ?? meta('og:title', 'twitter:title') ?? text(doc.querySelector('h1')?.textContent) ?? text(doc.title) ?? '';

  const authors = dedupe([
    ...personNames(ld?.author),
    ...(ld?.author ? [] : splitNames(meta('author', 'article:author', 'dc.creator', 'DC.creator') ?? '')),
  ]);

  return {
    title,
    authors,
    agencies: [],
    siteName: text(publisherName(ld)) ?? meta('og:site_name', 'application-name') ?? undefined,
    section: text(firstOf(ld?.articleSection)) ?? meta('article:section') ?? undefined,
    publishedTime:
      isoDate(text(ld?.datePublished)) ??
      isoDate(meta('article:published_time', 'date', 'dc.date', 'DC.date', 'DC.date.issued', 'pubdate')) ??
      isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      undefined,
    modifiedTime: isoDate(text(ld?.dateModified)) ?? isoDate(meta('article:modified_time')) ?? undefined,
    lang: normaliseLang(doc.documentElement.getAttribute('lang') ?? text(ld?.inLanguage) ?? meta('og:locale')),
    excerpt: meta('description', 'og:description', 'twitter:description') ?? text(ld?.description) ?? undefined,
    canonicalUrl: canonicalUrl(doc, url),
    isPartial: ld?.isAccessibleForFree === false || ld?.isAccessibleForFree === 'False' || ld?.isAccessibleForFree === 'false',
  };
}

/** Content of the first <meta> whose name or property is one of `names` (case-insensitive). */
function readMeta(doc: Document, names: string[]): string | null {
  const wanted = names.map((n) => n.toLowerCase());
  let best: { rank: number; value: string } | null = null;
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const rank = wanted.indexOf(key);
    if (rank === -1 || (best && best.rank <= rank)) continue;
    const value = text(el.getAttribute('content'));
    if (value) best = { rank, value };
  }
  return best?.value ?? null;
}

/** The first JSON-LD object typed as an article, looking inside @graph and arrays. */
export function findArticleJsonLd(doc: Document): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common and not our problem: other sources remain
    }
    const found = flattenJsonLd(data).find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return null;
}

function flattenJsonLd(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (!isObject(data)) return [];
  const graph = data['@graph'];
  return [data, ...(Array.isArray(graph) ? graph.flatMap(flattenJsonLd) : [])];
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function personNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(personNames);
  if (typeof value === 'string') return splitNames(value);
  if (isObject(value) && typeof value.name === 'string') return splitNames(value.name);
  return [];
}

function publisherName(ld: JsonObject | null): unknown {
  const publisher = firstOf(ld?.publisher);
  return isObject(publisher) ? publisher.name : publisher;
}

/** "Anna Beispiel und Max Muster" → two names; a leading "Von"/"By" is dropped. */
export function splitNames(byline: string): string[] {
  const cleaned = collapseWhitespace(byline).replace(/^(?:von|by|autor(?:in)?:|text:)\s+/i, '');
  return cleaned
    .split(/\s*(?:,|;|&|\bund\b|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 1);
}

function canonicalUrl(doc: Document, base: string): string | undefined {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? readMeta(doc, ['og:url']);
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** ISO 8601 for anything `Date` can parse unambiguously; keeps the page's own offset if ISO already. */
export function isoDate(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  const parsed = new Date(v);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

function normaliseLang(value: string | null | undefined): string | undefined {
  const v = value?.trim().replace('_', '-');
  return v && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(v) ? v : undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = collapseWhitespace(value);
  return t || undefined;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
