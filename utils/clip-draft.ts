/**
 * Turns what was captured from a page and what the user chose into the draft that is saved:
 * the whole article, only the selection (with the article's metadata), or a link. Also the
 * metadata form's conversions (the popup edits strings; the clipping stores lists and ISO dates).
 * Pure: no DOM, no extension APIs, no clock. Sanitizing the HTML is the caller's step.
 * @module utils/clip-draft
 */
import type { ClippingDraft, ClippingKind } from '@/utils/db';
import type { ArticleMetadata, ExtractedArticle } from '@/utils/extract/types';
import type { CapturedSelection } from '@/utils/selection';
import { normalizeTags } from '@/utils/tags';

/** What the popup or the background knows about the page. */
export interface ClipSource {
  /** The page's address. */
  url: string;
  /** The page's title (document.title, or the tab's title where the page could not be read). */
  title: string;
  /** The extracted article, or null where none was found or the page could not be read. */
  article: ExtractedArticle | null;
  selection: CapturedSelection | null;
}

/** What the user chose besides the content. */
export interface ClipChoices {
  tags: readonly string[];
  collectionId: string;
  note: string;
}

/** The kinds of clipping this source allows, best first. */
export function availableKinds(source: ClipSource): ClippingKind[] {
  const kinds: ClippingKind[] = [];
  if (source.article) kinds.push('article');
  if (source.selection) kinds.push('selection');
  if (isLinkable(source.url)) kinds.push('link');
  return kinds;
}

/** Web pages and local files can be kept as a link; browser pages (chrome://, about:) cannot. */
export function isLinkable(url: string): boolean {
  return /^(?:https?|file):\/\//i.test(url);
}

/**
 * The content of a clipping of `kind`: the whole article; the selection inside the article's
 * metadata; or a link — the article's metadata (or the page's title and address where no
 * article was found) without its body, but with the selected text, so nothing the reader marked
 * is lost. Throws for a kind the source does not allow (see `availableKinds`).
 */
export function clipContent(source: ClipSource, kind: ClippingKind): ExtractedArticle {
  if (!availableKinds(source).includes(kind)) {
    throw new Error(`Cannot clip "${kind}" here. Options: ${availableKinds(source).join(', ') || 'none'}`);
  }
  if (kind === 'article') return source.article!;
  const base = source.article ?? pageAsLink(source);
  const selection = source.selection;
  return {
    ...base,
    contentHtml: selection?.html ?? '',
    text: selection?.text ?? '',
    wordCount: selection?.wordCount ?? 0,
    // Only the captions of images that are part of the selection.
    captions: selection ? base.captions.filter((caption) => caption.text !== '' && selection.text.includes(caption.text)) : [],
  };
}

function pageAsLink(source: ClipSource): ExtractedArticle {
  return {
    url: source.url,
    title: source.title.replace(/\s+/g, ' ').trim(),
    authors: [],
    agencies: [],
    isPartial: false,
    contentHtml: '',
    text: '',
    wordCount: 0,
    captions: [],
  };
}

/** The record to hand to the background: content plus choices, tags normalised, note trimmed. */
export function buildDraft(content: ExtractedArticle, kind: ClippingKind, choices: ClipChoices): ClippingDraft {
  return {
    ...content,
    kind,
    tags: normalizeTags(choices.tags),
    collectionId: choices.collectionId,
    note: choices.note.trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// The metadata form

/** The metadata a journalist corrects before saving, as the form's text fields hold it. */
export interface MetadataFields {
  title: string;
  kicker: string;
  /** Names separated by commas. */
  authors: string;
  agencies: string;
  siteName: string;
  section: string;
  /** The place the story was filed from ("Lemgo"), as its dateline prints it. */
  dateline: string;
  /** YYYY-MM-DD (the value of an `<input type="date">`), or '' for none. */
  date: string;
  excerpt: string;
}

export function fieldsOf(metadata: MetadataFieldSource): MetadataFields {
  return {
    title: metadata.title,
    kicker: metadata.kicker ?? '',
    authors: metadata.authors.join(', '),
    agencies: metadata.agencies.join(', '),
    siteName: metadata.siteName ?? '',
    section: metadata.section ?? '',
    dateline: metadata.dateline ?? '',
    date: dateOf(metadata.publishedTime),
    excerpt: metadata.excerpt ?? '',
  };
}

type MetadataFieldSource = Pick<ArticleMetadata, 'title' | 'kicker' | 'authors' | 'agencies' | 'siteName' | 'section' | 'dateline' | 'publishedTime' | 'excerpt'>;

/**
 * `article` with the form's values. Empty fields remove the value (missing values are omitted,
 * never guessed); an unchanged date keeps the article's exact time and offset.
 */
export function applyFields(article: ExtractedArticle, fields: MetadataFields): ExtractedArticle {
  const { kicker: _kicker, siteName: _siteName, section: _section, dateline: _dateline, publishedTime, excerpt: _excerpt, ...rest } = article;
  const text = (value: string) => value.replace(/\s+/g, ' ').trim();
  const optional = <K extends string>(key: K, value: string) => (text(value) ? ({ [key]: text(value) } as Record<K, string>) : {});
  const date = withDate(publishedTime, fields.date);
  return {
    ...rest,
    title: text(fields.title),
    authors: parseNames(fields.authors),
    agencies: parseNames(fields.agencies),
    ...optional('kicker', fields.kicker),
    ...optional('siteName', fields.siteName),
    ...optional('section', fields.section),
    ...optional('dateline', fields.dateline),
    ...optional('excerpt', fields.excerpt),
    ...(date && { publishedTime: date }),
  };
}

/** "Jana Köster, Ole Brandt; dpa" → three names; empty entries and duplicates dropped. */
export function parseNames(value: string): string[] {
  const names = value.split(/[,;\n]/).map((name) => name.replace(/\s+/g, ' ').trim());
  return [...new Set(names.filter(Boolean))];
}

/** The calendar date of an ISO 8601 time as written (in the article's own offset), or ''. */
export function dateOf(iso: string | undefined): string {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '';
}

/** `iso` moved to `date` (YYYY-MM-DD), keeping its time and offset; undefined when `date` is ''. */
export function withDate(iso: string | undefined, date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return date;
  return date + iso.slice(10);
}
