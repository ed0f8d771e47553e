import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../text';

describe('decodeEntities', () => {
  it.each([
    ['&#8222;Titel&#8220;', '„Titel“'],
    ['Redacci&oacute;n Central', 'Redacción Central'],
    ['&Uuml;berblick &amp; Stra&szlig;e', 'Überblick & Straße'],
    ['Fran&ccedil;ois &ndash; &bdquo;Zitat&ldquo;', 'François – „Zitat“'],
    ['&unknown; &qacute; <b>', '&unknown; &qacute; <b>'],
  ])('should decode %j', (raw, expected) => {
    expect(decodeEntities(raw)).toBe(expected);
  });
});
