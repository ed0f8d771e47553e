/**
 * The words an exported document uses for its own headings and field names. Exporters are pure
 * and have no locale, so the caller passes these in (the options page builds them with t(), in
 * the user's language; see entrypoints/options/views/export-labels.ts).
 * @module utils/export/labels
 */

export interface ExportLabels {
  /** BCP 47 language of the labels, for dates in the report and its `lang` attribute. */
  language: string;
  published: string;
  clipped: string;
  outlet: string;
  kicker: string;
  headline: string;
  authors: string;
  agencies: string;
  section: string;
  url: string;
  tags: string;
  words: string;
  partial: string;
  note: string;
  collection: string;
  yes: string;
  no: string;
  /** Said of a clipping holding only part of the article (paywall, teaser). */
  partialNotice: string;
  /** "Read the article at Werretal-Bote": the link line of a link + excerpt note. */
  readArticleAt: (outlet: string) => string;
  /** "Press review": the report's name on its cover and in its title. */
  pressReview: string;
  period: string;
  contents: string;
  outlets: string;
  /** "12 clippings from 5 outlets". */
  summary: (clippings: number, outlets: number) => string;
  /** Shown on screen only: how to turn the report into a PDF. */
  printHint: string;
  source: string;
}
