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
import { sortNewestFirst } from './markdown';

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
export function toCsv(clippings: readonly Clipping[], { separator, labels, collectionNames, timeZone }: CsvOptions): string {
  const header = [
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
  const rows = sortNewestFirst(clippings).map((c) => [
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
  ]);
  const csv = Papa.unparse([header, ...rows], {
    delimiter: separator,
    newline: '\r\n',
    quotes: false, // quote only where needed (separator, quote, line break, formula prefix)
    escapeFormulae: FORMULA_START,
  });
  return `${BOM}${csv}\r\n`;
}
