import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvOptions } from '../csv';
import { collectionNamesOf, hostileClippings, INBOX, labelsFor, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const collectionNames = collectionNamesOf([INBOX, PRESS_COLLECTION]);
const english: CsvOptions = { separator: ',', labels: labelsFor('en'), collectionNames, timeZone: 'Europe/Berlin' };

/** Reads the CSV back as a spreadsheet program would: BOM off, RFC 4180 fields. */
function cells(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCsv', () => {
  it('should write the coverage report like its golden file', async () => {
    const actual = toCsv(hostileClippings(), english);

    await expect(actual).toMatchFileSnapshot('../__fixtures__/csv/coverage.csv');
  });

  it('should write the German Excel preset like its golden file', async () => {
    const actual = toCsv(hostileClippings(), { ...english, separator: ';', labels: labelsFor('de') });

    await expect(actual).toMatchFileSnapshot('../__fixtures__/csv/coverage-de.csv');
  });

  it('should start with a UTF-8 byte order mark and end lines with CRLF', () => {
    const bytes = new TextEncoder().encode(toCsv([makeClipping()], english));

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.match(/\r\n/g)).toHaveLength(2); // header and one row
    expect(text.match(/\n/g)).toHaveLength(2); // no bare LF
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([',', ';'] as const)('should read back every cell exactly with separator %j, quotes and line breaks included', (separator) => {
    const [header, ...rows] = cells(toCsv(hostileClippings(), { ...english, separator }), separator);

    expect(header).toEqual(['Published', 'Clipped', 'Outlet', 'Kicker', 'Headline', 'Authors', 'Agencies', 'Section', 'URL', 'Tags', 'Words', 'Partial', 'Note', 'Collection']);
    const hostile = rows.find((row) => row[2] === 'Lippische Landes-Zeitung')!;
    expect(hostile).toEqual([
      '2026-11-26',
      '2026-11-28',
      'Lippische Landes-Zeitung',
      "'@Lemgo: \"Dachzeile\" mit 'Zitat'",
      '\'---\ntitle: "gehackt"\n# Stadtwerke: =HYPERLINK("https://evil.example") [klick](javascript:alert(1)) <img src=x onerror=alert(1)>',
      "'-Max Muster, Erika \"Eri\" Beispiel",
      'dpa',
      "'+Lokales; Lemgo",
      'https://www.lz.example/lokal/lemgo/artikel(1).html?a=1&b=2',
      "'=1+1, Straße; Bau, Größter Erfolg 🎉",
      '312',
      'yes',
      'Zeile eins\n---\n=Zeile drei, mit "Anführungszeichen"\r\nund Tab\tam Ende',
      'Presse Stadtwerke',
    ]);
  });

  it.each(['=SUM(A1)', '+49 5261', '-5 Grad', '@Rathaus', '\tTab', '\rCR', '\nLF', '=HYPERLINK("x")\nzweite Zeile'])('should neutralise the formula-like cell %j', (title) => {
    const [, row] = cells(toCsv([makeClipping({ title })], english), ',');

    expect(row![4]).toBe(`'${title}`);
  });

  it('should leave numbers as numbers, for sums', () => {
    const [, row] = cells(toCsv([makeClipping({ wordCount: 1234 })], english), ',');

    expect(row![10]).toBe('1234');
  });

  it('should fall back to the clipping day in the given time zone when the page has no date', () => {
    const clipping = makeClipping({ publishedTime: undefined, clippedAt: Date.UTC(2026, 10, 27, 23, 30) });

    const [, berlin] = cells(toCsv([clipping], english), ',');
    const [, utc] = cells(toCsv([clipping], { ...english, timeZone: 'UTC' }), ',');

    expect([berlin![0], berlin![1]]).toEqual(['', '2026-11-28']);
    expect(utc![1]).toBe('2026-11-27');
  });
});
