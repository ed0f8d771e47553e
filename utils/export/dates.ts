/**
 * Calendar days for file names, CSV cells and report headings. Pure: the time zone is a
 * parameter, never read from the machine, so the same input gives the same output everywhere.
 * @module utils/export/dates
 */
import type { Clipping } from '@/utils/db';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-27" for an instant, as the calendar reads in `timeZone` (an IANA name such as "Europe/Berlin"). */
export function dayInZone(epochMs: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The day a publication time names. An ISO time with an offset ("2026-11-26T23:30:00+01:00")
 * is read as written: that is the day printed in the paper, whatever the reader's time zone.
 * Other parseable times fall back to `timeZone`; nonsense gives undefined.
 */
export function publishedDay(value: string | undefined, timeZone: string): string | undefined {
  if (!value) return undefined;
  const match = ISO_DAY.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : dayInZone(time, timeZone);
}

/** The day a coverage report files a clipping under: its publication day, else the day it was clipped. */
export function clippingDay(clipping: Pick<Clipping, 'publishedTime' | 'clippedAt'>, timeZone: string): string {
  return publishedDay(clipping.publishedTime, timeZone) ?? dayInZone(clipping.clippedAt, timeZone);
}
