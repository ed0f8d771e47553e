/**
 * The words exported documents use, in the user's language (the exporters themselves have no
 * locale; see utils/export/labels.ts).
 */
import type { ExportLabels } from '@/utils/export/labels';
import { t, uiLanguage } from '@/utils/i18n';

/** Read once, all at call time: the labels are a snapshot of one language. */
export function exportLabels(): ExportLabels {
  const language = uiLanguage();
  const numbers = new Intl.NumberFormat(language);
  const readArticleAt = t('docReadArticleAt', '$1');
  const summary = t('docSummary', '$1', '$2');
  return {
    language,
    published: t('docPublished'),
    clipped: t('docClipped'),
    outlet: t('docOutlet'),
    kicker: t('docKicker'),
    headline: t('docHeadline'),
    authors: t('docAuthors'),
    agencies: t('docAgencies'),
    section: t('docSection'),
    url: t('docUrl'),
    tags: t('docTags'),
    words: t('docWords'),
    partial: t('docPartial'),
    note: t('docNote'),
    collection: t('docCollection'),
    yes: t('docYes'),
    no: t('docNo'),
    partialNotice: t('docPartialNotice'),
    readArticleAt: (outlet) => readArticleAt.replace('$1', () => outlet),
    pressReview: t('docPressReview'),
    period: t('docPeriod'),
    contents: t('docContents'),
    outlets: t('docOutlets'),
    summary: (clippings, outlets) => summary.replace('$1', numbers.format(clippings)).replace('$2', numbers.format(outlets)),
    printHint: t('docPrintHint'),
    source: t('docSource'),
  };
}

/** The user's time zone, for the days in file names and tables. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
