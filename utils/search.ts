/**
 * Words for full-text search: how clipping text and a typed query become comparable terms.
 * German-aware folding ("Brücke", "Bruecke" and "BRÜCKE" are one term), stop words dropped, every
 * query word matched as a word beginning. Pure: used by the library index (utils/library-index)
 * when it indexes a clipping and when it answers a query.
 * @module utils/search
 */
import type { Clipping } from '@/utils/db';

/** Terms shorter than this are neither indexed nor searched (a single letter matches everything). */
export const MIN_TERM_LENGTH = 2;
/** Longer runs of letters are cut: nobody types 40 characters of one word. */
const MAX_TERM_LENGTH = 40;

/**
 * Words so common in German and English news that an index entry for them costs more than it
 * finds. Folded spelling (see `foldText`). A query made only of stop words finds nothing.
 */
const STOP_WORDS = new Set(
  (
    'aber als am an auch auf aus bei bin bis da dass das dem den der des die dies diese dieser doch ' +
    'du ein eine einem einen einer eines er es fuer hat hatte ich ihr im in ist ja kann mit nach ' +
    'nicht noch nur ob oder sein sich sie sind so um und uns vom von vor war waren wie wird wir ' +
    'wurde zu zum zur ueber ' +
    'a an and are as at be been but by for from had has have he her his i in into is it its of ' +
    'on or she that the their them they this to was we were which will with you'
  ).split(' '),
);

const TOKEN = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case with German transliteration (ä→ae, ö→oe, ü→ue, ß→ss) and other accents removed
 * (é→e), so that people who type "Bruecke" and people who type "Brücke" find the same clippings.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => FOLD[c as keyof typeof FOLD])
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '');
}
const FOLD = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' } as const;

/** The distinct searchable terms of a text: folded, at least two characters, no stop words. */
export function termsOf(text: string, into: Set<string> = new Set()): Set<string> {
  for (const match of foldText(text).matchAll(TOKEN)) {
    const term = match[0].length > MAX_TERM_LENGTH ? match[0].slice(0, MAX_TERM_LENGTH) : match[0];
    if (term.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(term)) into.add(term);
  }
  return into;
}

/** The fields of a clipping that search covers, as the issue asks and a press office expects. */
export type SearchableClipping = Pick<Clipping, 'title' | 'text' | 'captions' | 'note' | 'authors' | 'agencies'> &
  Partial<Pick<Clipping, 'kicker' | 'siteName' | 'section'>>;

/**
 * Every term of a clipping: headline, kicker, body, captions with their photo credits, note,
 * authors, agencies, outlet and section. Sorted, so the result is deterministic.
 */
export function clippingTerms(clipping: SearchableClipping): string[] {
  const terms = new Set<string>();
  for (const text of [clipping.title, clipping.kicker, clipping.text, clipping.note, clipping.siteName, clipping.section, ...clipping.authors, ...clipping.agencies]) {
    if (text) termsOf(text, terms);
  }
  for (const caption of clipping.captions) {
    termsOf(caption.text, terms);
    if (caption.credit) termsOf(caption.credit, terms);
  }
  return [...terms].sort();
}

/**
 * The terms of a typed query. Every term must occur in a clipping (AND), each as the beginning
 * of a word: "stadt" finds "Stadtrat". Stop words and single letters are dropped; duplicates and
 * terms that another term already covers as a prefix ("stadt stadtrat" → "stadtrat") too.
 */
export function parseSearchQuery(query: string): string[] {
  const terms = [...termsOf(query)];
  return terms.filter((term) => !terms.some((other) => other !== term && other.startsWith(term))).sort();
}
