/**
 * The words exported documents use, in the user's language (the exporters themselves have no
 * locale; see utils/export/labels.ts).
 */
import type { ExportLabels } from '@/utils/export/labels';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';

export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/**
 * The labels in the UI language (or, for tests and tools, in the language of `translate`).
 * Read once, all at call time: the labels are a snapshot of one language.
 */
export function exportLabels(translate: Translate = t, language = uiLanguage()): ExportLabels {
  const numbers = new Intl.NumberFormat(language);
  const readArticleAt = translate('docReadArticleAt', '$1');
  const summary = translate('docSummary', '$1', '$2');
  return {
    language,
    published: translate('docPublished'),
    clipped: translate('docClipped'),
    outlet: translate('docOutlet'),
    kicker: translate('docKicker'),
    headline: translate('docHeadline'),
    authors: translate('docAuthors'),
    agencies: translate('docAgencies'),
    section: translate('docSection'),
    url: translate('docUrl'),
    tags: translate('docTags'),
    words: translate('docWords'),
    partial: translate('docPartial'),
    note: translate('docNote'),
    collection: translate('docCollection'),
    yes: translate('docYes'),
    no: translate('docNo'),
    partialNotice: translate('docPartialNotice'),
    readArticleAt: (outlet) => readArticleAt.replace('$1', () => outlet),
    pressReview: translate('docPressReview'),
    period: translate('docPeriod'),
    contents: translate('docContents'),
    outlets: translate('docOutlets'),
    summary: (clippings, outlets) => summary.replace('$1', numbers.format(clippings)).replace('$2', numbers.format(outlets)),
    printHint: translate('docPrintHint'),
    source: translate('docSource'),
  };
}

/** The user's time zone, for the days in file names and tables. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
