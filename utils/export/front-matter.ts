/**
 * YAML front matter for a clipping, written by the `yaml` library (never by concatenation), in
 * the shape Obsidian reads as properties. Pure.
 * @module utils/export/front-matter
 */
import { stringify } from 'yaml';
import type { Clipping } from '@/utils/db';

/** C0/C1 control characters other than tab and newline: they break YAML readers and terminals. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export interface FrontMatterContext {
  collectionName: string;
}

/** The property record of a clipping; empty values are left out so readers see only what is known. */
export function frontMatterFields(c: Clipping, { collectionName }: FrontMatterContext): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    title: c.title,
    kicker: c.kicker,
    authors: c.authors,
    agencies: c.agencies,
    outlet: c.siteName,
    section: c.section,
    dateline: c.dateline,
    published: c.publishedTime,
    modified: c.modifiedTime,
    clipped: new Date(c.clippedAt).toISOString(),
    url: c.url,
    canonical: c.canonicalUrl !== c.url ? c.canonicalUrl : undefined,
    lang: c.lang,
    tags: c.tags,
    collection: collectionName,
    partial: c.isPartial || undefined,
    words: c.wordCount,
    note: c.note,
  };
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

/** The `---`-delimited YAML block; control characters are dropped from every value. */
export function toFrontMatter(fields: Record<string, unknown>): string {
  const cleaned = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, clean(v)]));
  // JSON-style double quotes: every value stays on one line, newlines written as \n, so no line of
  // the block can ever read as a `---` delimiter, even to a naive front-matter splitter.
  const yaml = stringify(cleaned, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true });
  return `---\n${yaml}---`;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(CONTROL, '');
  if (Array.isArray(value)) return value.map(clean);
  return value;
}
