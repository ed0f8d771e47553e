/**
 * UI strings through the browser's i18n (public/_locales/<lang>/messages.json), so the UI
 * follows the browser language. Dates and numbers follow the same language.
 * @module utils/i18n
 */
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The UI string for `key`, with `$1`… replaced by `substitutions`. Falls back to the key. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  return browser.i18n.getMessage(key, values.length ? values : undefined) || key;
}

/**
 * The UI language (e.g. "de" or "en-US"): the browser's, where our strings are in that language;
 * else the language of the catalogue the browser picked for us (a French browser gets English
 * strings, so English dates). Checked against the catalogue because the two can differ: Debian's
 * chromium without its locale files shows German strings under --lang=de yet reports "en-US".
 */
export function uiLanguage(): string {
  const browserLanguage = browser.i18n.getUILanguage?.() || '';
  const catalogue = browser.i18n.getMessage('uiLocale');
  if (!catalogue) return browserLanguage || 'en';
  return primaryLanguage(browserLanguage) === primaryLanguage(catalogue) ? browserLanguage : catalogue;
}

function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** "27. Nov. 2026" / "Nov 27, 2026" for an ISO string or epoch ms; '' for nothing or nonsense. */
export function formatDate(value: string | number | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (value === undefined || value === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}

/**
 * A clipping's language by name in the UI language ("Deutsch", "Spanish"), from its code ("de",
 * "es-AR"); "Unknown" for none, and the code itself where the browser has no name for it.
 */
export function languageName(code: string): string {
  if (!code) return t('langUnknown');
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed language tag: shown as it was stored
  }
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** "1 clipping" / "3 clippings", by the UI language's plural rules. */
export function clippingCount(count: number): string {
  const one = new Intl.PluralRules(uiLanguage()).select(count) === 'one';
  return t(one ? 'clippingCountOne' : 'clippingCountOther', formatNumber(count));
}
