/**
 * The coverage report as CSV: one row per clipping, for Excel, LibreOffice or Numbers. Pure.
 *
 * - UTF-8 with a byte order mark: without it Excel reads UTF-8 as the local code page and
 *   garbles every umlaut. No `sep=` line: it makes Excel ignore the BOM.
 * - Quoting per RFC 4180 by papaparse; CRLF line ends.
 * - Formula injection neutralised: a cell starting with `=`, `+`, `-`, `@`, tab, CR or LF gets
 *   a leading `'`, so a headline such as `=HYPERLINK(…)` is shown, never evaluated.
 * @module utils/export/csv
 */
import Papa from 'papaparse';
import type { Clipping } from '@/utils/db';
import { dayInZone, publishedDay } from './dates';
import type { ExportLabels } from './labels';
import { compareNewestFirst, sortNewestFirst } from './markdown';
import { forEachPage, surveyClippings, type ClippingSource, type StagedSliceOptions } from './source';

/** `,` for most spreadsheet programs; `;` for Excel in German (and other comma-decimal) locales. */
export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  separator: CsvSeparator;
  labels: ExportLabels;
  /** Collection names by id, for the collection column. */
  collectionNames: ReadonlyMap<string, string>;
  /** IANA time zone for the day a clipping was clipped. */
  timeZone: string;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\ufeff';
/**
 * Papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so a
 * multi-line cell starting with `=` slips through; this one looks only at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The report; the first line is the header row in the labels' language. */
export function toCsv(clippings: readonly Clipping[], options: CsvOptions): string {
  const lines = [csvLines([csvHeader(options.labels)], options.separator), csvLines(sortNewestFirst(clippings).map((c) => csvRow(c, options)), options.separator)];
  return `${BOM}${lines.filter(Boolean).join('\r\n')}\r\n`;
}

/**
 * The same report from a source read page by page: the same bytes as `toCsv`, each page's rows
 * moved into a Blob as they are done.
 */
export async function writeCsv(source: ClippingSource, options: CsvOptions & StagedSliceOptions): Promise<Blob> {
  const order = await surveyClippings(source, ({ id, clippedAt }) => ({ id, clippedAt }), compareNewestFirst, options);
  const parts: BlobPart[] = [BOM, csvLines([csvHeader(options.labels)], options.separator), '\r\n'];
  await forEachPage(
    source,
    order.map((key) => key.id),
    { work: (clipping) => csvRow(clipping, options), collect: (rows) => parts.push(new Blob([csvLines(rows, options.separator), '\r\n'])) },
    options,
  );
  return new Blob(parts, { type: CSV_MIME });
}

function csvHeader(labels: ExportLabels): string[] {
  return [
    labels.published,
    labels.clipped,
    labels.outlet,
    labels.kicker,
    labels.headline,
    labels.authors,
    labels.agencies,
    labels.section,
    labels.url,
    labels.tags,
    labels.words,
    labels.partial,
    labels.note,
    labels.collection,
  ];
}

function csvRow(c: Clipping, { labels, collectionNames, timeZone }: CsvOptions): (string | number)[] {
  return [
    publishedDay(c.publishedTime, timeZone) ?? '',
    dayInZone(c.clippedAt, timeZone),
    c.siteName ?? '',
    c.kicker ?? '',
    c.title,
    c.authors.join(', '),
    c.agencies.join(', '),
    c.section ?? '',
    c.url,
    c.tags.join(', '),
    c.wordCount, // a number: never prefixed, so spreadsheets can sum it
    c.isPartial ? labels.yes : labels.no,
    c.note,
    collectionNames.get(c.collectionId) ?? '',
  ];
}

/** Rows as CSV lines joined by CRLF, without a final line break ('' for no rows). */
function csvLines(rows: (string | number)[][], separator: CsvSeparator): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows, {
    delimiter: separator,
    newline: '\r\n',
    quotes: false, // quote only where needed (separator, quote, line break, formula prefix)
    escapeFormulae: FORMULA_START,
  });
}
