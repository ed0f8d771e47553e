/**
 * Clippings as Markdown: one note per clipping (YAML front matter with the metadata, then the
 * article), or all of them in one combined document. Pure and deterministic: same input, same
 * bytes (no clock, no locale, stable order, LF, final newline).
 * @module utils/export/markdown
 */
import type { Clipping } from '@/utils/db';
import { frontMatterFields, toFrontMatter } from './front-matter';
import { createHtmlToMarkdown, htmlToMarkdown, type HtmlToMarkdown } from './html-to-markdown';
import type { ExportLabels } from './labels';
import { forEachPage, sourceOf, surveyClippings, type ClippingSource, type StagedSliceOptions } from './source';
import { outletName } from './outlet';

/**
 * `full`: the whole article. `excerpt`: lead and a link to the original — for sharing coverage
 * without redistributing articles one has no licence to pass on.
 */
export type MarkdownContent = 'full' | 'excerpt';

export interface NoteOptions {
  /** The name of the clipping's collection, for the `collection` property. */
  collectionName: string;
  content: MarkdownContent;
  labels: ExportLabels;
  /** The HTML converter of this export run (images may point into the export's assets/). */
  convert?: HtmlToMarkdown;
}

/** One clipping as a complete note: front matter, headline, article (or lead and link), note. */
export function clippingToMarkdown(clipping: Clipping, options: NoteOptions): string {
  const { collectionName, labels } = options;
  const parts = [
    toFrontMatter(frontMatterFields(clipping, { collectionName })),
    `# ${escapeInline(clipping.title || clipping.url)}`,
    clipping.isPartial ? callout('warning', labels.partialNotice) : '',
    articleMarkdown(clipping, options),
    clipping.note ? callout('note', noteMarkdown(clipping.note)) : '',
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

export interface CombinedOptions {
  /** The document's title: a collection's name, or the name of the view being exported. */
  title: string;
  /** Collection names by id. */
  collectionNames: ReadonlyMap<string, string>;
  content: MarkdownContent;
  labels: ExportLabels;
}

/**
 * All clippings in one document, newest first. One front matter block for the whole file
 * (Obsidian reads only the first block as properties; a second `---` block would render as a
 * heading), then per clipping a `##` headline, its metadata as a list, and the article with
 * its own headings moved one level down.
 */
export function collectionToMarkdown(clippings: readonly Clipping[], options: CombinedOptions): string {
  return [combinedHeader(clippings.length, options), ...combinedSections(sortNewestFirst(clippings), options)].join('\n\n') + '\n';
}

export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/** The same document as `collectionToMarkdown`, built in slices for large views. */
export function buildCombinedMarkdown(clippings: readonly Clipping[], options: CombinedOptions & StagedSliceOptions): Promise<Blob> {
  return writeCombinedMarkdown(sourceOf(clippings), options);
}

/**
 * The same document from a source read page by page (each page's text moves into a Blob as it
 * is done, so neither the clippings nor the document are ever held whole).
 */
export async function writeCombinedMarkdown(source: ClippingSource, options: CombinedOptions & StagedSliceOptions): Promise<Blob> {
  const order = await surveyClippings(source, ({ id, clippedAt }) => ({ id, clippedAt }), compareNewestFirst, options);
  const convert = createHtmlToMarkdown({ headingOffset: 1 });
  const parts: BlobPart[] = [combinedHeader(order.length, options)];
  await forEachPage(
    source,
    order.map((key) => key.id),
    { work: (clipping) => `\n\n${combinedSection(clipping, { ...options, convert })}`, collect: (sections) => parts.push(new Blob(sections)) },
    options,
  );
  parts.push('\n');
  return new Blob(parts, { type: MARKDOWN_MIME });
}

/** The start of a combined document: its front matter and title. */
export function combinedHeader(count: number, { title }: Pick<CombinedOptions, 'title'>): string {
  return `${toFrontMatter({ title, clippings: count })}\n\n# ${escapeInline(title)}`;
}

/** The sections of a combined document, one per clipping, in the order given. */
export function combinedSections(clippings: readonly Clipping[], options: Omit<CombinedOptions, 'title'>): string[] {
  const convert = createHtmlToMarkdown({ headingOffset: 1 });
  return clippings.map((clipping) => combinedSection(clipping, { ...options, convert }));
}

/** One clipping's section of a combined document. */
export function combinedSection(clipping: Clipping, options: Omit<CombinedOptions, 'title'> & { convert: HtmlToMarkdown }): string {
  const { labels, collectionNames } = options;
  const collectionName = collectionNames.get(clipping.collectionId) ?? '';
  const parts = [
    `## ${escapeInline(clipping.title || clipping.url)}`,
    metadataList(clipping, labels, collectionName),
    clipping.isPartial ? callout('warning', labels.partialNotice) : '',
    articleMarkdown(clipping, { ...options, collectionName }),
    clipping.note ? callout('note', noteMarkdown(clipping.note)) : '',
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** Newest clipping first; ties broken by id so the order never depends on the input order. */
export function sortNewestFirst(clippings: readonly Clipping[]): Clipping[] {
  return [...clippings].sort(compareNewestFirst);
}

/** The order of `sortNewestFirst`, for anything with the clipping's id and time. */
export function compareNewestFirst(a: Pick<Clipping, 'id' | 'clippedAt'>, b: Pick<Clipping, 'id' | 'clippedAt'>): number {
  return b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The photo-credit label follows the article's language, as the credit itself does. */
export function creditLabelFor(clipping: Pick<Clipping, 'lang'>): string {
  return clipping.lang?.toLowerCase().startsWith('de') ? 'Foto' : 'Photo';
}

function articleMarkdown(clipping: Clipping, { content, labels, convert }: NoteOptions): string {
  // A link clipping has no article text: it gets the lead and the link in either mode.
  if (content === 'excerpt' || !clipping.contentHtml.trim()) {
    const lead = clipping.excerpt || firstWords(clipping.text, 60);
    const outlet = outletName(clipping);
    const link = isWebUrl(clipping.url) ? `[${escapeInline(labels.readArticleAt(outlet))}](${linkTarget(clipping.url)})` : escapeInline(clipping.url);
    return [lead ? `> ${escapeInline(lead)}` : '', link].filter(Boolean).join('\n\n');
  }
  const creditLabel = creditLabelFor(clipping);
  return convert ? convert(clipping.contentHtml, { creditLabel }) : htmlToMarkdown(clipping.contentHtml, { creditLabel });
}

function metadataList(clipping: Clipping, labels: ExportLabels, collectionName: string): string {
  const rows: [string, string | undefined][] = [
    [labels.kicker, clipping.kicker],
    [labels.outlet, clipping.siteName],
    [labels.published, clipping.publishedTime],
    [labels.authors, clipping.authors.join(', ')],
    [labels.agencies, clipping.agencies.join(', ')],
    [labels.section, clipping.section],
    [labels.tags, clipping.tags.join(', ')],
    [labels.words, clipping.wordCount ? String(clipping.wordCount) : undefined],
    [labels.collection, collectionName],
  ];
  const lines = rows.filter(([, value]) => value).map(([label, value]) => `- **${escapeInline(label)}:** ${escapeInline(value ?? '')}`);
  lines.push(`- **${escapeInline(labels.url)}:** ${isWebUrl(clipping.url) ? linkTarget(clipping.url) : escapeInline(clipping.url)}`);
  return lines.join('\n');
}

/** An Obsidian callout; elsewhere it reads as a plain quote. Each line of `text` stays inside it. */
function callout(kind: 'note' | 'warning', text: string): string {
  return [`> [!${kind}]`, ...text.split(/\r\n|\r|\n/).map((line) => (line ? `> ${line}` : '>'))].join('\n');
}

/**
 * The reader's note keeps its Markdown (emphasis, lists, links to the web), but a note can
 * arrive from a backup file of unknown origin, so it cannot carry raw HTML or links that run
 * script or embed data: `<` opens only web and mail autolinks, and a link target or reference
 * definition with another scheme has its bracket escaped, leaving it as text.
 */
function noteMarkdown(note: string): string {
  return note.replace(NOTE_UNSAFE_HTML, '\\<').replace(NOTE_UNSAFE_LINK, '\\](').replace(NOTE_UNSAFE_DEFINITION, '$1\\[$2\\]:');
}

// Built once, not per note: an export of 10,000 clippings writes as many notes.
/** A safe target: a web or mail address, an anchor, or a relative path (no scheme, no entity). */
const NOTE_SAFE_TARGET = String.raw`\s*<?\s*(?:(?:https?|mailto):|#|\)|[^\s:()<>&]+(?:[\s)>]|$))`;
/** `<` that does not open a web or mail autolink. */
const NOTE_UNSAFE_HTML = /<(?!(?:https?|mailto):[^\s<>]*>)/gi;
/** An inline link whose target is not safe. */
const NOTE_UNSAFE_LINK = new RegExp(String.raw`\]\((?!${NOTE_SAFE_TARGET})`, 'gi');
/** A reference definition whose target is not safe. */
const NOTE_UNSAFE_DEFINITION = new RegExp(String.raw`^(\s{0,3})\[([^\]\n]+)\]:(?!${NOTE_SAFE_TARGET})`, 'gim');

/**
 * Escapes page-derived text so it stays text: no emphasis, code, links, HTML or table cells
 * from a headline such as `[Hier klicken](javascript:…)` or `<img onerror>`.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** `<https://…>`: a link target that may hold parentheses; `<`, `>` and blanks are encoded. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}
