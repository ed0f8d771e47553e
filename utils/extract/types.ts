/**
 * The shape of an extracted article: the contract between the extractor, the popup, the
 * database and the exporters. Plain JSON only (it crosses `executeScript` by structured clone
 * and is stored and exported unchanged): no Date, no DOM nodes, no undefined-vs-missing tricks.
 * @module utils/extract/types
 */

/** One image caption of the article, with the photo credit split off where the page has one. */
export interface Caption {
  /** The caption without its credit, e.g. "Die neue Brücke über die Werre". */
  text: string;
  /** The photo credit without its label, e.g. "Stadt Lemgo" from "(Foto: Stadt Lemgo)". */
  credit?: string;
  /** Absolute URL of the image the caption belongs to. */
  imageUrl?: string;
  /** The image's alternative text, when it differs from the caption. */
  alt?: string;
}

/** Metadata that a coverage report relies on. Missing values are omitted, never guessed. */
export interface ArticleMetadata {
  /** The headline. */
  title: string;
  /** The line above the headline (German "Dachzeile"), where the page marks one. */
  kicker?: string;
  /** Person names of the authors, in page order, without "Von"/"By" and without agencies. */
  authors: string[];
  /** News agencies credited for the text (dpa, epd, KNA, AFP, Reuters …). */
  agencies: string[];
  /** The outlet, e.g. "Lippische Landes-Zeitung". */
  siteName?: string;
  /**
   * The place the story was filed from, as its dateline prints it: "Lemgo" from "Lemgo. Der Rat …"
   * or from "LEMGO (dpa) – Der Rat …".
   */
  dateline?: string;
  /** The section ("Ressort"), e.g. "Lokales". */
  section?: string;
  /** Publication time as ISO 8601 (with offset when the page gives one). */
  publishedTime?: string;
  /** Last modification time as ISO 8601. */
  modifiedTime?: string;
  /**
   * BCP 47 language tag of the article, e.g. "de" or "de-DE": as the page declares it, else (or
   * when it declares only the template default English) the primary subtag read from the text.
   */
  lang?: string;
  /** The lead paragraph or the page's description. */
  excerpt?: string;
  /** The page's canonical URL, when it declares one. */
  canonicalUrl?: string;
  /**
   * True when the page declares a paywall (schema.org `isAccessibleForFree: false`, also on a
   * part; `article:content_tier` locked or metered) or shows a paywall offer next to a body of
   * fewer than 400 words.
   */
  isPartial: boolean;
}

export interface ExtractedArticle extends ArticleMetadata {
  /** The URL the article was extracted from (the page's address). */
  url: string;
  /** The article body as sanitized HTML: safe to store, still rendered only in a sandbox. */
  contentHtml: string;
  /** The article body as plain text, one block element per line; figure captions are in `captions`. */
  text: string;
  /** Words in `text`. */
  wordCount: number;
  /** Image captions in page order, each once. */
  captions: Caption[];
}

/**
 * Expected, non-exceptional outcomes. Programmer errors still throw.
 * - `not-an-article`: a section front, search result, archive, login page or consent wall;
 * - `empty-body`: nothing readable (a page rendered by script, an empty document);
 * - `too-large`: more elements than `maxElements`, refused before any work.
 */
export type ExtractFailureReason = 'not-an-article' | 'empty-body' | 'too-large';

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailureReason; title?: string };

export interface ExtractOptions {
  /** The page's address; base for relative links and images. Defaults to `doc.URL`. */
  url?: string;
  /** Element cap (default 60,000): bigger pages fail with `too-large` instead of stalling the tab. */
  maxElements?: number;
}
