/**
 * schema.org JSON-LD as pages really ship it: several scripts, `@graph` arrays, nodes that
 * refer to each other by `@id` (Yoast, Rank Math and most publishing CMSs put the author
 * Person and the publisher Organization in separate nodes), stray control characters and
 * HTML comments around the JSON.
 * @module utils/extract/jsonld
 */

export type JsonObject = Record<string, unknown>;

/** Article types, including the news subtypes and blog/live formats. */
const ARTICLE_TYPE = /^(?:(?:News|Reportage|ReportageNews|Analysis|AnalysisNews|Opinion|OpinionNews|Report|Review|ReviewNews|Background|BackgroundNews|AskPublicNews|Satirical|Scholarly|Tech|Advertiser ?Content)?Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)$/;
/** Written works that are not typed as articles but are read like one: a how-to, a recipe. */
const GUIDE_TYPE = /^(?:HowTo|Recipe)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/;

export interface JsonLd {
  /** The node describing the article, if any. */
  article: JsonObject | null;
  /** The WebPage node (Yoast keeps dates there), if any. */
  page: JsonObject | null;
  /** Follows an `{ "@id": … }` reference to the node it names; returns other values unchanged. */
  resolve(value: unknown): unknown;
}

/** Reads every JSON-LD script of `doc`. Broken scripts are skipped: other sources remain. */
export function readJsonLd(doc: Document): JsonLd {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) collect(data, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };

  const articles = nodes.filter((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const page = nodes.find((node) => typesOf(node).some((t) => PAGE_TYPE.test(t))) ?? null;
  let article = articles.sort((a, b) => richness(b) - richness(a))[0] ?? nodes.find((node) => typesOf(node).some((t) => GUIDE_TYPE.test(t))) ?? null;
  // A WebPage whose mainEntity is the article (some CMSs nest it there).
  if (!article && page) {
    const main = resolve(firstOf(page.mainEntity));
    if (isObject(main) && typesOf(main).some((t) => ARTICLE_TYPE.test(t))) article = main;
  }
  return { article, page, resolve };
}

/**
 * The `@type` values of a node. Some templates write `"type"`: schema.org has no property of
 * that name, so in a JSON-LD script it can only mean the type.
 */
export function typesOf(node: JsonObject): string[] {
  const type = node['@type'] ?? node.type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A string value, or the first string of an array / `@value` object. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(stringOf).find((v) => v !== undefined);
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value'];
  return undefined;
}

function collect(data: unknown, into: JsonObject[]): void {
  if (Array.isArray(data)) {
    for (const item of data) collect(item, into);
    return;
  }
  if (!isObject(data)) return;
  into.push(data);
  const graph = data['@graph'];
  if (graph !== undefined) collect(graph, into);
}

/** How much of an article a node describes: the richest article node wins over stubs. */
function richness(node: JsonObject): number {
  return ['headline', 'author', 'datePublished', 'articleBody', 'publisher', 'image'].filter((k) => node[k] !== undefined).length;
}

function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw line breaks and tabs inside strings are the most common defect; outside strings they
    // are white space anyway.
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}
