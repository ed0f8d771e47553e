/**
 * The one test of a language tag that the extension writes into markup (`lang` attributes of the
 * article frame and the press review) or accepts from the reader (the library's language field).
 * @module utils/language-tag
 */

/** A BCP 47 language tag as pages declare them: "de", "de-DE", "en-GB", "zh-Hant-TW". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function isLanguageTag(value: string | undefined): value is string {
  return value !== undefined && LANGUAGE_TAG.test(value);
}
