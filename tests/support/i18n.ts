/**
 * Gives WXT's fake browser (which has no i18n) the real message catalogue, so unit tests render
 * the strings users see. Paths are relative to the project root, where vitest runs. Substitution follows the browser's rule for `$1`…`$9`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalogue = Record<string, { message: string }>;
const catalogues = new Map<string, Catalogue>();

function catalogue(lang: string): Catalogue {
  let found = catalogues.get(lang);
  if (!found) {
    found = JSON.parse(readFileSync(resolve('public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
    catalogues.set(lang, found);
  }
  return found;
}

/** `browser.i18n.getMessage` for `lang`, without a browser (for tests and Node tools). */
export function translator(lang = 'en'): (key: string, ...substitutions: string[]) => string {
  const messages = catalogue(lang);
  return (key, ...values) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}

export function installMessages(lang = 'en'): void {
  const translate = translator(lang);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, substitutions?: string | string[]) =>
    translate(key, ...(substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]));
  i18n.getUILanguage = () => lang;
}
