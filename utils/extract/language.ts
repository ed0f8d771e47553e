/**
 * The article's language read from its text, for pages that declare none (no `lang`, no
 * `og:locale`, no `inLanguage`) or only the English that CMS templates ship with: the library's
 * language filter and the exports need the right one.
 *
 * Why not a language-identification package: the smallest maintained one (franc-min) is about
 * 55 KiB gzipped, close to the whole content script's budget, and models some 80 languages. Press
 * clippings need far fewer, and an article is long enough for the two signals used here: the
 * writing system, and for Latin script the share of each language's commonest function words.
 * The guess is withheld when it is not clear: a coverage report is better served by "unknown"
 * than by a wrong language.
 * @module utils/extract/language
 */

/** How much text is read: the opening of an article shows its language as well as the whole. */
const SAMPLE_CHARS = 3000;
/** Fewer letters than this (a caption, a teaser) give no guess. */
const MIN_LETTERS = 80;
/** Fewer words than this give no guess from function words. */
const MIN_WORDS = 25;
/** The winning language's function words must make up at least this share of the words … */
const MIN_SHARE = 0.12;
/** … and outnumber each rival's by this factor, counting only the words the two do not share … */
const MIN_LEAD = 1.5;
/** … which must be at least this many. */
const MIN_DISTINCT_WORDS = 5;
/**
 * A declared English gives way to the text's language only when that language's own function
 * words outnumber the English ones by this factor: an English article quoting a German source at
 * length keeps its English.
 */
const OVERRIDE_LEAD = 3;
/** English as CMS templates declare it by default ("en", "en-US", "en_GB" …), whatever the text. */
const TEMPLATE_DEFAULT = /^en(?:[-_]|$)/i;
/** The share of the letters a writing system must have to decide (quotes in another one do not). */
const SCRIPT_SHARE = 0.5;

/**
 * Writing systems other than Latin that each point at one language. Cyrillic and Arabic serve
 * several languages and are told apart below; Han characters are Chinese unless kana join them.
 */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, 'han'],
  [/\P{Script=Hangul}+/gu, 'ko'],
  [/\P{Script=Cyrillic}+/gu, 'cyrillic'],
  [/\P{Script=Arabic}+/gu, 'arabic'],
  [/\P{Script=Greek}+/gu, 'el'],
  [/\P{Script=Hebrew}+/gu, 'he'],
  [/\P{Script=Thai}+/gu, 'th'],
];
const LETTER = /\p{L}/u;
const NOT_KANA = /[^\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/** Japanese writes a good part of its text in kana; Chinese has none. */
const KANA_SHARE_FOR_JAPANESE = 0.1;

/**
 * The commonest function words of each language: frequent in any news text and, as far as
 * possible, not words of the others. Shared ones ("la", "en", "og") count for each language that
 * has them, so the balance of the distinctive ones decides. The lists of the languages that are
 * least likely on a German or English news site leave out their words that are common elsewhere
 * ("a", "de", "o"), so that they never outvote Spanish or French on those alone.
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to is that it was for with are this have from be by not they has but which you his her been were would their will',
  de: 'der die und das ist nicht mit sich auf für dem den ein eine auch von zu im bei wird sind wie aus nach noch aber oder sie werden hat',
  fr: 'de le la les et des est une du pour dans que qui pas sur au avec ce il sont par plus mais nous ont été cette aux elle',
  es: 'de el los las del que y en por con una para es se su al lo como más pero sus está fue ha muy también sobre entre',
  it: 'il di che e la per un del della è non sono con una gli anche nel alla più dei delle si ha questo come ma stato',
  pt: 'de o os da do das dos que e em um uma para com não no na por mais se ao como foi são pelo pela também mas',
  nl: 'de het een en van is dat op te zijn niet met voor er ook maar om aan bij hij worden wordt naar dan nog deze wel',
  pl: 'w na z do to po co się nie że jest przez dla są jego już może oraz czy który także jak ale od tym został była było jej ich gdy tylko',
  cs: 'je že jsou jako pro jeho byl už když být však které který také podle její bylo ještě jen nebo jejich byla mezi',
  sv: 'och att det som en är på för med av inte till den har om jag var ett men de från kan så vid efter också eller',
  da: 'og at det er en til på som de med for ikke har af den et i der var fra kan også efter eller skal men blev være sig mig dig nu hvad noget meget mod sagde',
  no: 'og i er det på som en til av for med at har ikke den de et var fra om kan også etter eller skal men ble være seg meg deg nå hva noe mye mot sa',
  fi: 'ja on ei se että hän oli ovat mutta kun myös tai niin kuin joka sen ole tämä ne vain jo nyt voi sekä jotka olla mukaan',
  hu: 'az és hogy nem egy van meg ez már csak mint még volt ami azt vagy kell lesz pedig után szerint között ezt majd',
  tr: 've bir bu için ile olarak çok daha gibi ama kadar sonra olan var değil her şey ise ancak göre',
  ro: 'și în că să din care este sunt pentru fost cu pe sau după prin acest această lui lor fi mai au',
};
/** Function word → the languages that have it, so that each word of the text is looked up once. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words.split(' ')) index.set(word, [...(index.get(word) ?? []), lang]);
  }
  return index;
})();
/** A word of a Latin-script text once lower-cased (the letters `isLatinLetter` accepts). */
const WORD = /[a-z\u00df-\u00f6\u00f8-\u024f]+/g;

/**
 * The language of an article: the page's declared tag (`declared`), unless that is missing or is
 * the template default English while `text` is clearly in another language; then the primary
 * subtag read from the text ("de", "es" …), or undefined when the text does not tell.
 */
export function articleLanguage(declared: string | undefined, text: string): string | undefined {
  if (!declared) return guessLanguage(text);
  if (!TEMPLATE_DEFAULT.test(declared)) return declared;
  return guessLanguage(text, 'en') ?? declared;
}

/**
 * The primary language subtag ("de", "en", "zh" …) of `text`, or undefined when the text is too
 * short or its language is not clearly one of those told apart here. With `contested`, the answer
 * is another language whose words clearly outnumber that one's (OVERRIDE_LEAD), or undefined.
 */
export function guessLanguage(text: string, contested?: string): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { letters, latin } = countLetters(sample);
  if (letters < MIN_LETTERS) return undefined;
  if (latin >= SCRIPT_SHARE * letters) return byFunctionWords(sample, contested);
  for (const [others, script] of SCRIPTS) {
    const inScript = lengthWithout(sample, others);
    if (inScript < SCRIPT_SHARE * letters) continue;
    if (script === 'han') return lengthWithout(sample, NOT_KANA) >= KANA_SHARE_FOR_JAPANESE * inScript ? 'ja' : 'zh';
    if (script === 'cyrillic') return cyrillicLanguage(sample);
    if (script === 'arabic') return arabicLanguage(sample);
    return script;
  }
  return undefined;
}

/**
 * Letters in `text`, and how many of them are Latin ones (with the accented letters of European
 * languages). One pass over character codes: an article's text is mostly Latin and punctuation,
 * and only the other characters need the slower Unicode test.
 */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLatinLetter(code)) {
      latin++;
      letters++;
    } else if (code >= 0x250 && LETTER.test(text[i]!)) letters++;
  }
  return { letters, latin };
}

/** Basic Latin, Latin-1 and Latin Extended-A/B letters (× and ÷ are not). */
function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** How many characters of `text` are left once `pattern` (global) removes the others: counted without an array of matches. */
function lengthWithout(text: string, pattern: RegExp): number {
  return text.replace(pattern, '').length;
}

/** Ukrainian writes і, ї, є, ґ and never ы, э; Russian the other way round. Others stay unknown. */
function cyrillicLanguage(text: string): string | undefined {
  const ukrainian = /[іїєґ]/iu.test(text);
  const russian = /[ыэ]/iu.test(text);
  if (russian && !ukrainian) return 'ru';
  if (ukrainian && !russian) return 'uk';
  return undefined;
}

/** Persian adds پ چ ژ گ to the Arabic alphabet; without them the text is taken for Arabic. */
function arabicLanguage(text: string): string {
  return /[پچژگ]/u.test(text) ? 'fa' : 'ar';
}

function byFunctionWords(text: string, contested: string | undefined): string | undefined {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const hits: (readonly string[])[] = [];
  const totals = new Map<string, number>();
  for (const word of words) {
    const languages = LANGUAGES_OF_WORD.get(word);
    if (!languages) continue;
    hits.push(languages);
    for (const lang of languages) totals.set(lang, (totals.get(lang) ?? 0) + 1);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1]);
  const [best, bestTotal] = ranked[0] ?? ['', 0];
  if (bestTotal < MIN_SHARE * words.length) return undefined;
  if (contested !== undefined && (best === contested || !leads(hits, best, contested, OVERRIDE_LEAD))) return undefined;
  for (const [rival, total] of ranked.slice(1)) {
    if (total * MIN_LEAD < bestTotal) break;
    if (!leads(hits, best, rival, MIN_LEAD)) return undefined;
  }
  return best;
}

/**
 * True when the words of `lang` that `rival` does not have outnumber the reverse by `factor`:
 * between close languages (Spanish and Portuguese, Danish and Norwegian) the words both share
 * say nothing. `hits` lists, for each function word of the text, the languages that have it.
 */
function leads(hits: readonly (readonly string[])[], lang: string, rival: string, factor: number): boolean {
  let own = 0;
  let theirs = 0;
  for (const languages of hits) {
    const ours = languages.includes(lang);
    if (ours !== languages.includes(rival)) {
      if (ours) own++;
      else theirs++;
    }
  }
  return own >= MIN_DISTINCT_WORDS && own >= factor * theirs;
}
