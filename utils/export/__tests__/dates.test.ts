import { describe, expect, it } from 'vitest';
import { clippingDay, dayInZone, publishedDay } from '../dates';

describe('publishedDay', () => {
  it.each([
    ['2026-11-26T23:30:00+01:00', 'Europe/Berlin', '2026-11-26'],
    ['2026-11-26T23:30:00-05:00', 'Europe/Berlin', '2026-11-26'],
    ['2026-11-26', 'UTC', '2026-11-26'],
    ['Thu, 26 Nov 2026 23:30:00 GMT', 'Europe/Berlin', '2026-11-27'],
    ['gestern', 'UTC', undefined],
    [undefined, 'UTC', undefined],
  ])('should read %j in %s as %j', (value, zone, expected) => {
    expect(publishedDay(value, zone)).toBe(expected);
  });
});

describe('clippingDay', () => {
  it('should use the day the clipping was clipped where the page gave no date, in the given zone', () => {
    const clipping = { publishedTime: undefined, clippedAt: Date.UTC(2026, 11, 31, 23, 30) };

    expect(clippingDay(clipping, 'Europe/Berlin')).toBe('2027-01-01');
    expect(clippingDay(clipping, 'America/New_York')).toBe('2026-12-31');
    expect(dayInZone(clipping.clippedAt, 'UTC')).toBe('2026-12-31');
  });
});
