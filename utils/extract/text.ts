/**
 * Plain-text helpers shared by the extractor's parts. Pure string and DOM reading only.
 * @module utils/extract/text
 */

/** Elements that start a new line in the plain text of an article. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** True for an element (by upper-case tag name) that starts a new line of text. */
export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Elements whose content is never text (a DOM without scripting keeps <noscript> content as markup). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);
const CELL_TAGS = new Set(['TD', 'TH']);

/** Soft hyphens and zero-width characters, which CMSs put into headlines and names for line breaking. */
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** `s` without soft hyphens and zero-width characters: "Mat\u00ADthi\u00ADas" is "Matthias". */
export function withoutInvisibles(s: string): string {
  return s.replace(INVISIBLES, '');
}

/** `text` as a literal inside a regular expression: "dpa-AFX" and "co.uk" match only themselves. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs of white space that folding changes: all but a lone ordinary space, which stays as it is.
 * Most white space in text is such a space; matching and replacing each one made folding a long
 * text several times slower. (`\s` holds the non-breaking space; the zero-width space is added.)
 */
const FOLDED_WHITE_SPACE = / [\s\u200b]+|[^\S ][\s\u200b]*|\u200b[\s\u200b]*/g;

/** Folds runs of white space (including non-breaking and zero-width spaces) into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(FOLDED_WHITE_SPACE, ' ').trim();
}

export interface BlockTextOptions {
  /** Element tags (upper case) whose text is left out, e.g. FIGCAPTION for the body without captions. */
  skip?: ReadonlySet<string>;
}

/**
 * The text of `root` with one line per block element, as a reader would copy it: no empty
 * lines, white space folded inside each line, table cells kept apart by a space.
 */
export function blockText(root: Node, options: BlockTextOptions = {}): string {
  return blockTextWithin(root, options, Infinity) ?? '';
}

/**
 * `blockText(root)` when it is at most `max` characters long, else null. Cheaper on a big
 * wrapper: the walk stops at the first line past the limit.
 */
export function shortBlockText(root: Node, max: number): string | null {
  return blockTextWithin(root, {}, max);
}

function blockTextWithin(root: Node, options: BlockTextOptions, max: number): string | null {
  const lines: string[] = [];
  // The length of the lines joined so far, newlines included.
  let length = -1;
  let current = '';
  const flush = () => {
    const line = collapseWhitespace(current);
    if (line) {
      lines.push(line);
      length += line.length + 1;
    }
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && length <= max; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || options.skip?.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
      else if (CELL_TAGS.has(tag)) current += ' \t ';
    }
  };
  if (root.nodeType === 1 && BLOCK_TAGS.has((root as Element).tagName.toUpperCase())) flush();
  walk(root);
  flush();
  return length <= max ? lines.join('\n') : null;
}

/**
 * The last line of `blockText(root, options)`, read from the end of `root`: once a block element
 * with text is found, nothing before it can change the last line, so the rest is not walked.
 */
export function lastBlockLine(root: Node, options: BlockTextOptions = {}): string {
  for (let child = root.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || options.skip?.has(tag)) continue;
      if (BLOCK_TAGS.has(tag)) {
        const line = lastBlockLine(child, options);
        if (line) return line;
        continue;
      }
    } else if (child.nodeType !== 3) continue;
    // Text outside a block joins its neighbours on one line: read the whole of `root` then.
    if (!/[^\s\u00a0\u200b]/.test(child.textContent ?? '')) continue;
    const text = blockText(root, options);
    return text.slice(text.lastIndexOf('\n') + 1);
  }
  return '';
}

/** A letter or digit of any script, for code points beyond ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Hyphen, apostrophes and dot: they join two runs of letters into one word ("Stadt-Werke", "Müller’s", "z.B"). */
const isWordJoiner = (code: number) => code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e;

/** What LETTER_OR_DIGIT said of each character of the Basic Multilingual Plane so far: 0 not asked, 1 yes, 2 no. */
let letterOrDigitSeen: Uint8Array | undefined;

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  letterOrDigitSeen ??= new Uint8Array(0x10000);
  let seen = letterOrDigitSeen[code]!;
  if (seen === 0) letterOrDigitSeen[code] = seen = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return seen === 1;
}

/**
 * Words as a reader counts them: runs of letters or digits, hyphenated compounds as one (a
 * hyphen, apostrophe or dot between two letters joins them).
 */
export function countWords(text: string): number {
  // One pass over the characters: an article's words need neither an array nor a regular
  // expression match per word, which took three times as long on a 3,000-character article.
  let count = 0;
  let inWord = false;
  let joinPending = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // A character beyond the Basic Multilingual Plane is two code units.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    if (isLetterOrDigit(code)) {
      if (!inWord && !joinPending) count++;
      inWord = true;
      joinPending = false;
    } else {
      joinPending = inWord && isWordJoiner(code);
      inWord = false;
    }
  }
  return count;
}

/** Accents HTML names as `&<letter><accent>;` ("&oacute;" → "ó"), by their combining mark. */
const ACCENT_MARKS: Readonly<Record<string, string>> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', szlig: 'ß', ndash: '–', mdash: '—', hellip: '…',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', laquo: '«', raquo: '»',
};

/**
 * Decodes character references left in attribute values and JSON-LD strings by CMSs that
 * escape twice ("&#8222;Titel&#8220;" in og:title, "Redacci&oacute;n" in a JSON-LD name).
 * Numeric references, the XML names, accented Latin letters and common punctuation: enough for
 * what pages double-escape, never markup.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return namedEntity(name) ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function namedEntity(name: string): string | undefined {
  const known = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (known) return known;
  const accented = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
  if (!accented) return undefined;
  const composed = (accented[1]! + ACCENT_MARKS[accented[2]!.toLowerCase()]!).normalize('NFC');
  // Only letters that exist precomposed ("é", "ç"): never a letter with a loose combining mark.
  return composed.length === 1 ? composed : undefined;
}
