/**
 * Dates as pages write them, turned into ISO 8601: machine formats (ISO, RFC 2822, Unix time)
 * and the ways German and other European pages print them ("27. November 2026",
 * "27.11.2026, 14:30 Uhr", "Nov 27, 2026"). Pure string functions: no clock, no locale.
 * @module utils/extract/dates
 */

/**
 * Month names and abbreviations: German incl. Austrian, English, French, Spanish, Italian, Dutch,
 * Portuguese, Scandinavian, and Polish, Czech, Russian and Ukrainian in the genitive a date uses
 * ("15 августа 2016", "3 października 2020") as well as the nominative.
 */
const MONTHS: Readonly<Record<string, number>> = (() => {
  const names: [number, string[]][] = [
    [1, ['januar', 'jänner', 'jaenner', 'january', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'jan', 'stycznia', 'styczeń', 'ledna', 'leden', 'января', 'январь', 'січня']],
    [2, ['februar', 'feber', 'february', 'février', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro', 'feb', 'febr', 'lutego', 'luty', 'února', 'únor', 'февраля', 'февраль', 'лютого']],
    [3, ['märz', 'maerz', 'march', 'mars', 'marzo', 'maart', 'março', 'marco', 'mär', 'mrz', 'mar', 'maa', 'marca', 'marzec', 'března', 'březen', 'марта', 'март', 'березня']],
    [4, ['april', 'avril', 'abril', 'aprile', 'apr', 'avr', 'abr', 'kwietnia', 'kwiecień', 'dubna', 'duben', 'апреля', 'апрель', 'квітня']],
    [5, ['mai', 'may', 'mayo', 'maggio', 'mei', 'maio', 'mag', 'maj', 'maja', 'května', 'květen', 'мая', 'май', 'травня']],
    [6, ['juni', 'june', 'juin', 'junio', 'giugno', 'junho', 'jun', 'czerwca', 'czerwiec', 'června', 'červen', 'июня', 'июнь', 'червня']],
    [7, ['juli', 'july', 'juillet', 'julio', 'luglio', 'julho', 'jul', 'juil', 'lipca', 'lipiec', 'července', 'červenec', 'июля', 'июль', 'липня']],
    [8, ['august', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'aug', 'ago', 'sierpnia', 'sierpień', 'srpna', 'srpen', 'августа', 'август', 'серпня']],
    [9, ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'sep', 'sept', 'set', 'września', 'wrzesień', 'září', 'сентября', 'сентябрь', 'вересня']],
    [10, ['oktober', 'october', 'octobre', 'octubre', 'ottobre', 'outubro', 'okt', 'oct', 'out', 'ott', 'października', 'październik', 'října', 'říjen', 'октября', 'октябрь', 'жовтня']],
    [11, ['november', 'novembre', 'noviembre', 'novembro', 'nov', 'listopada', 'listopad', 'listopadu', 'ноября', 'ноябрь', 'листопада']],
    [12, ['dezember', 'december', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'desember', 'dez', 'dec', 'dic', 'grudnia', 'grudzień', 'prosince', 'prosinec', 'декабря', 'декабрь', 'грудня']],
  ];
  const table: Record<string, number> = {};
  for (const [month, words] of names) for (const word of words) table[word] = month;
  return table;
})();

/** Latin letters with accents (À–ž) and Cyrillic (Ѐ–ӿ); "października" is the longest name. */
const MONTH_WORD = String.raw`[A-Za-zÀ-žЀ-ӿ]{3,12}\.?`;
const TIME = String.raw`(?:[,\s]+(?:um\s+|at\s+|-\s*|\|\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:Uhr|h|(am|pm|AM|PM))?)?`;

/** A date found in text, as calendar parts (no time zone: text dates are local). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const TEXT_DATE_PATTERNS: readonly { re: RegExp; parts: (m: RegExpExecArray) => DateParts | null }[] = [
  // 27.11.2026, 27.11.26, 27. 11. 2026 — optionally with a time
  {
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)${TIME}`),
    parts: (m) => withTime({ year: fullYear(m[3]!), month: Number(m[2]), day: Number(m[1]) }, m, 4),
  },
  // 27. November 2026, 27 Nov. 2026, 5 de mayo de 2022, 7. oktober 2020
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_WORD})\s+(?:de\s+)?(\d{4})${TIME}`, 'i'),
    parts: (m) => monthParts(m[3]!, m[2]!, m[1]!, m, 4),
  },
  // November 27, 2026 · Nov 27th 2026
  {
    re: new RegExp(String.raw`\b(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, 'i'),
    parts: (m) => monthParts(m[3]!, m[1]!, m[2]!, m, 4),
  },
  // 2026-11-27, 2026/11/27, 2026.11.27
  {
    re: new RegExp(String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)${TIME}`),
    parts: (m) => withTime({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m, 4),
  },
];

/** The same patterns, global, compiled once: text dates are looked for in many lines of a page. */
const GLOBAL_TEXT_DATE_PATTERNS = TEXT_DATE_PATTERNS.map(({ re, parts }) => ({ global: new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), parts }));

/** The first date written in `text`, as calendar parts; null when there is none. */
export function findDateInText(text: string): DateParts | null {
  let best: { index: number; parts: DateParts } | null = null;
  for (const { global, parts } of GLOBAL_TEXT_DATE_PATTERNS) {
    // The first *valid* match of each pattern: "Version 3.6.9" must not hide "11.10.2021".
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (best && m.index >= best.index) break;
      const found = parts(m);
      if (found && isValidDate(found)) {
        best = { index: m.index, parts: found };
        break;
      }
    }
  }
  return best?.parts ?? null;
}

/** `text` without the dates (and times) written in it: "24.01.2022 - Meldung" → " - Meldung". */
export function withoutDates(text: string): string {
  let rest = text;
  for (const { global, parts } of GLOBAL_TEXT_DATE_PATTERNS) {
    let kept = '';
    let at = 0;
    for (const match of rest.matchAll(global)) {
      const found = parts(match as RegExpExecArray);
      if (!found || !isValidDate(found)) continue;
      kept += `${rest.slice(at, match.index)} `;
      at = match.index + match[0].length;
    }
    rest = kept + rest.slice(at);
  }
  return rest;
}

/** Formats calendar parts as ISO 8601 without an offset (a local date or date-time). */
export function formatParts(parts: DateParts): string {
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined) return date;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}`;
}

export interface DateOptions {
  /**
   * IANA zone in which the outlet publishes. UTC instants ("…Z", "+00:00") are rewritten to
   * this zone's offset, so that an article published at 00:30 in Berlin is dated that day and
   * not the day before. Same instant, only the offset changes.
   */
  timeZone?: string;
}

/**
 * ISO 8601 for a machine-readable or printed date: keeps the page's own offset when it gives
 * one, leaves dates without a time as plain dates (no invented midnight, no UTC shift).
 * Returns undefined for anything that is not a plausible date.
 */
export function toIsoDate(value: string | null | undefined, options: DateOptions = {}): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;

  // Fractions of a second are sometimes written after a colon ("…T22:06:08:684Z").
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,:]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(v);
  if (iso) {
    const parts: DateParts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (!isValidDate(parts)) return undefined;
    if (iso[4] === undefined) return formatParts(parts);
    Object.assign(parts, { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) });
    if (!isValidTime(parts)) return formatParts({ year: parts.year, month: parts.month, day: parts.day });
    return atDeclaredOffset(parts, iso[7], options);
  }

  // Unix time in seconds or milliseconds (some CMSs put it in meta tags).
  if (/^\d{10}(?:\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    return fromMillis(ms, options.timeZone);
  }

  // RFC 2822, as feeds and some meta tags write dates: "Thu, 08 May 2014 14:04:53 -0400".
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|Z)$/i.exec(v);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    const parts: DateParts = { year: Number(rfc[3]), month: month ?? 0, day: Number(rfc[1]), hour: Number(rfc[4]), minute: Number(rfc[5]), second: Number(rfc[6] ?? 0) };
    if (!month || !isValidDate(parts) || !isValidTime(parts)) return undefined;
    return atDeclaredOffset(parts, /^[+-]/.test(rfc[7]!) ? rfc[7] : 'Z', options);
  }

  const parts = findDateInText(v);
  return parts ? formatParts(parts) : undefined;
}

/**
 * A date-time as declared: at its own offset, or UTC ("Z") restated in the outlet's zone when
 * one is given; without an offset, the wall-clock time alone.
 */
function atDeclaredOffset(parts: DateParts, rawOffset: string | undefined, options: DateOptions): string {
  const offset = rawOffset ? normalizeOffset(rawOffset) : undefined;
  if (offset === undefined) return formatParts(parts);
  if (offset === '+00:00' && options.timeZone) return inZone(utcMillis(parts), options.timeZone) ?? `${formatParts(parts)}Z`;
  return `${formatParts(parts)}${offset === '+00:00' ? 'Z' : offset}`;
}

/** Longest offset from UTC a zone has (Kiribati, +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;
/**
 * Offsets in use are whole or half hours, but for two rare zones (Nepal, Chatham): a printed
 * time a quarter-hour off is more likely another moment (an update) than another zone.
 */
const OFFSET_STEP_MINUTES = 30;

/**
 * A UTC instant restated at the offset of the local time the page prints for it: declared as
 * "2020-02-25T02:25:54Z" and printed "February 24, 2020 | 9:25pm", it is
 * "2020-02-24T21:25:54-05:00". Same instant, but dated on the day its readers saw. Undefined
 * unless `printed` is a local date-time that lies a whole or half-hour offset from the instant
 * (minutes compared: pages rarely print seconds).
 */
export function atPrintedOffset(instant: string, printed: string): string | undefined {
  const utc = UTC_INSTANT.exec(instant);
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(printed);
  if (!utc || !local) return undefined;
  const offset = minutesOf(local) - minutesOf(utc);
  if (offset % OFFSET_STEP_MINUTES !== 0 || Math.abs(offset) > MAX_OFFSET_MINUTES) return undefined;
  return offset === 0 ? instant.replace(/\+00:00$/, 'Z') : restated(utc, offset);
}

/**
 * A UTC instant restated at the offset another date carries: the page's last change at the
 * offset found for its publication ("2020-02-25T04:00:00Z" beside "…-05:00" → "…T23:00:00-05:00").
 */
export function atOffsetOf(instant: string, reference: string): string | undefined {
  const utc = UTC_INSTANT.exec(instant);
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(reference);
  if (!utc || !offset) return undefined;
  return restated(utc, (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])));
}

const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|\+00:00)$/;

/** True for an ISO date-time in UTC as `toIsoDate` writes it ("…T02:25:54Z", "…+00:00"). */
export function isUtcInstant(value: string): boolean {
  return UTC_INSTANT.test(value);
}

/** Minutes since the epoch of the date and time matched by `m` (year, month, day, hour, minute). */
function minutesOf(m: RegExpExecArray): number {
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) / 60_000;
}

function restated(utc: RegExpExecArray, offset: number): string {
  const shifted = new Date((minutesOf(utc) + offset) * 60_000);
  const local: DateParts = { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: Number(utc[6]) };
  return withOffset(local, offset);
}

/**
 * One formatter per zone, made on first use: building an Intl.DateTimeFormat loads the zone's
 * data and costs far more than formatting with it. `null` marks a zone the runtime does not know.
 */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    } catch {
      format = null; // unknown zone, or no Intl time zone data
    }
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** Rewrites an instant into `timeZone`'s wall clock with that zone's offset, e.g. "…T00:30:00+01:00". */
function inZone(ms: number, timeZone: string): string | undefined {
  const format = zoneFormat(timeZone);
  if (!format) return undefined;
  let fields: Record<string, string>;
  try {
    fields = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  } catch {
    return undefined; // an instant outside the formatter's range
  }
  const local: DateParts = {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
  return withOffset(local, Math.round((utcMillis(local) - Math.floor(ms / 1000) * 1000) / 60_000));
}

/** A wall-clock time with its offset from UTC in minutes: "2026-03-05T00:30:00+01:00". */
function withOffset(local: DateParts, offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${formatParts(local)}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function fromMillis(ms: number, timeZone: string | undefined): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2080) return undefined;
  if (timeZone) {
    const zoned = inZone(ms, timeZone);
    if (zoned) return zoned;
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function utcMillis(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

function normalizeOffset(raw: string): string {
  if (/^z$/i.test(raw)) return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '+00:00';
}

function monthParts(year: string, monthWord: string, day: string, m: RegExpExecArray, timeIndex: number): DateParts | null {
  const month = MONTHS[monthWord.toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  return withTime({ year: Number(year), month, day: Number(day) }, m, timeIndex);
}

function withTime(parts: DateParts, m: RegExpExecArray, i: number): DateParts {
  if (m[i] === undefined) return parts;
  let hour = Number(m[i]);
  const meridiem = m[i + 3]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const timed = { ...parts, hour, minute: Number(m[i + 1]), second: m[i + 2] === undefined ? 0 : Number(m[i + 2]) };
  return isValidTime(timed) ? timed : parts;
}

function fullYear(year: string): number {
  const y = Number(year);
  return year.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

function isValidDate(p: DateParts): boolean {
  // Years far ahead are placeholders ("2099-12-31" for "no expiry"), not publication dates.
  if (p.year < 1990 || p.year > 2080 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  return p.day <= new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
}

function isValidTime(p: DateParts): boolean {
  return (p.hour ?? 0) < 24 && (p.minute ?? 0) < 60 && (p.second ?? 0) < 60;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
