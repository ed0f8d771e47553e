import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const localesDir = new URL('../../public/_locales/', import.meta.url);
const languages = readdirSync(localesDir);
type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, localesDir), 'utf8'));
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('UI translations', () => {
  const english = load('en');

  it('should have English and German', () => {
    expect(languages.sort()).toEqual(['de', 'en']);
  });

  it.each(languages.filter((l) => l !== 'en'))('should translate every English message into %s with the same placeholders', (lang) => {
    const other = load(lang);

    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(placeholders(other[key]!.message), key).toEqual(placeholders(message));
      expect(other[key]!.message.trim(), key).not.toBe('');
    }
  });
});
