/**
 * Clippings as Markdown documents: YAML front matter with the metadata, then the article.
 * Deterministic: same input, same bytes (no clock, no locale, stable order, LF, final newline).
 * @module utils/export/markdown
 */
import type { Clipping, Collection } from '@/utils/db';
import { frontMatterFields, toFrontMatter } from './front-matter';
import { htmlToMarkdown } from './html-to-markdown';

export interface CollectionExport {
  collection: Pick<Collection, 'name'>;
  clippings: readonly Clipping[];
}

/** One clipping as a complete Markdown note: front matter, headline, article, source line. */
export function clippingToMarkdown(clipping: Clipping, collectionName: string): string {
  const creditLabel = clipping.lang?.toLowerCase().startsWith('de') ? 'Foto' : 'Photo';
  const body = htmlToMarkdown(clipping.contentHtml, { creditLabel });
  const parts = [
    toFrontMatter(frontMatterFields(clipping, { collectionName })),
    `# ${oneLine(clipping.title)}`,
    body,
    clipping.note ? `> ${oneLine(clipping.note)}` : '',
  ];
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/**
 * A collection as one Markdown file: each clipping a note with its own front matter, newest
 * first, separated by a blank line (the layout Pandoc reads as several metadata blocks; the
 * first block is the file's properties in Obsidian).
 */
export function collectionToMarkdown({ collection, clippings }: CollectionExport): string {
  return [...clippings].sort(newestFirst).map((c) => clippingToMarkdown(c, collection.name)).join('\n');
}

function newestFirst(a: Clipping, b: Clipping): number {
  return b.clippedAt - a.clippedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
