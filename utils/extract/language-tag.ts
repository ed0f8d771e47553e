/**
 * The one test of a language tag: what the extractor accepts from a page's `lang`, `og:locale`
 * or `inLanguage`, what the extension writes into markup (`lang` attributes of the article frame
 * and the press review) and what it accepts from the reader (the library's language field). In
 * utils/extract, which imports nothing from outside itself, so the Node CLI can use it too.
 * @module utils/extract/language-tag
 */

/** A BCP 47 language tag as pages declare them: "de", "de-DE", "en-GB", "zh-Hant-TW". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function isLanguageTag(value: string | undefined): value is string {
  return value !== undefined && LANGUAGE_TAG.test(value);
}
