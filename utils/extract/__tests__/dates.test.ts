import { describe, expect, it } from 'vitest';
import { atOffsetOf, atPrintedOffset, findDateInText, formatParts, toIsoDate, withoutDates } from '../dates';

describe('toIsoDate', () => {
  it.each([
    ['2026-11-27T14:30:00+01:00', {}, '2026-11-27T14:30:00+01:00'],
    ['2026-11-27T14:30:00+0100', {}, '2026-11-27T14:30:00+01:00'],
    ['2026-11-27 14:30:00', {}, '2026-11-27T14:30:00'],
    ['2026-11-27', {}, '2026-11-27'],
    ['2026-11-27T14:30:00.123Z', {}, '2026-11-27T14:30:00Z'],
    // A UTC instant shown in the outlet's zone: 23:30 UTC on the 26th is the 27th in Berlin.
    ['2026-11-26T23:30:00Z', { timeZone: 'Europe/Berlin' }, '2026-11-27T00:30:00+01:00'],
    ['2026-07-01T22:15:00+00:00', { timeZone: 'Europe/Berlin' }, '2026-07-02T00:15:00+02:00'],
    ['Fri, 27 Nov 2026 14:30:00 +0100', {}, '2026-11-27T14:30:00+01:00'],
    ['Thu, 26 Nov 2026 22:30:00 -0500', { timeZone: 'Europe/Berlin' }, '2026-11-26T22:30:00-05:00'],
    ['Thu, 26 Nov 2026 23:30:00 GMT', { timeZone: 'Europe/Berlin' }, '2026-11-27T00:30:00+01:00'],
    ['26 Nov 2026 23:30 UTC', {}, '2026-11-26T23:30:00Z'],
    ['Thu, 31 Nov 2026 10:00:00 +0100', {}, undefined],
    ['1795786200', {}, '2026-11-27T13:30:00Z'],
    ['27.11.2026', {}, '2026-11-27'],
    ['27.11.2026, 14:30 Uhr', {}, '2026-11-27T14:30:00'],
    ['27. November 2026', {}, '2026-11-27'],
    ['27. Nov. 2026', {}, '2026-11-27'],
    ['3. Jänner 2027', {}, '2027-01-03'],
    ['November 27, 2026', {}, '2026-11-27'],
    ['not a date', {}, undefined],
    ['2026-02-30', {}, undefined],
    ['', {}, undefined],
  ])('should turn %j into %j', (value, options, expected) => {
    expect(toIsoDate(value, options)).toBe(expected);
  });
});

describe('findDateInText', () => {
  it.each([
    ['Veröffentlicht am 27. November 2026 um 14:30 Uhr', '2026-11-27T14:30:00'],
    ['Lemgo, 27.11.26 – Der Rat', '2026-11-27'],
    ['Stand: 5.1.2027', '2027-01-05'],
    ['Posted on March 5, 2014 by Helge', '2014-03-05'],
    ['5 de mayo de 2022', '2022-05-05'],
    ['15 августа 2016, 13:43', '2016-08-15T13:43:00'],
    ['Opublikowano: 3 października 2020', '2020-10-03'],
    ['Praha, 12. července 2021', '2021-07-12'],
    ['Київ, 1 грудня 2022', '2022-12-01'],
    ['den 4 augusti 2019', '2019-08-04'],
    ['Version 1.2.3 ist erschienen', null],
    ['Im Jahr 2026 wurden 1.200 Menschen gezählt', null],
  ])('should find the date in %j', (text, expected) => {
    const parts = findDateInText(text);

    expect(parts ? formatParts(parts) : null).toBe(expected);
  });
});

describe('withoutDates', () => {
  it.each([
    ['24.01.2022 - Meldung', ' - Meldung'],
    ['Magazin - 15. Februar 2026, 14:30 Uhr', 'Magazin - '],
    ['Ausgabe 2026-04-20 und November 3, 2026', 'Ausgabe und '],
    ['Version 3.6.9 vom 31.02.2026', 'Version 3.6.9 vom 31.02.2026'],
  ])('should take the dates out of %j', (text, expected) => {
    expect(withoutDates(text).replace(/\s+/g, ' ')).toBe(expected);
  });
});

describe('atPrintedOffset', () => {
  it.each([
    ['a time printed five hours behind', '2026-02-25T02:25:54Z', '2026-02-24T21:25:00', '2026-02-24T21:25:54-05:00'],
    ['a time printed an hour ahead', '2026-03-04T23:30:00+00:00', '2026-03-05T00:30:00', '2026-03-05T00:30:00+01:00'],
    ['a half-hour offset', '2026-03-04T10:00:00Z', '2026-03-04T15:30', '2026-03-04T15:30:00+05:30'],
    ['the same wall clock', '2026-03-04T10:00:00+00:00', '2026-03-04T10:00:00', '2026-03-04T10:00:00Z'],
    ['a printed time that is no offset of the instant', '2026-03-04T10:00:00Z', '2026-03-04T12:07:00', undefined],
    ['a printed time a quarter-hour off, more likely another moment', '2026-03-04T10:00:00Z', '2026-03-04T12:15:00', undefined],
    ['a printed day without a time', '2026-03-04T02:00:00Z', '2026-03-03', undefined],
    ['an instant that is not in UTC', '2026-03-04T10:00:00+01:00', '2026-03-04T12:00:00', undefined],
    ['more than a day apart', '2026-03-04T10:00:00Z', '2026-03-06T10:00:00', undefined],
  ])('should handle %s', (_case, instant, printed, expected) => {
    expect(atPrintedOffset(instant, printed)).toBe(expected);
  });
});

describe('atOffsetOf', () => {
  it('should restate a UTC instant at the offset of another date', () => {
    expect(atOffsetOf('2026-02-25T04:00:10Z', '2026-02-24T21:25:54-05:00')).toBe('2026-02-24T23:00:10-05:00');
  });

  it('should leave what is not a UTC instant or has no offset to compare', () => {
    expect([atOffsetOf('2026-02-25T04:00:10+01:00', '2026-02-24T21:25:54-05:00'), atOffsetOf('2026-02-25T04:00:10Z', '2026-02-24')]).toEqual([undefined, undefined]);
  });
});
