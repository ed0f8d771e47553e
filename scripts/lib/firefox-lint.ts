/**
 * The `web-ext lint` (addons-linter) warnings the Firefox package is known to raise, each with
 * the library code that raises it and why it stays. `npm run lint:firefox` fails on any error
 * and on any warning not explained here (and in the README, "Firefox" → "web-ext lint").
 * Warnings are told apart by the library code around them, not by position: bundle chunks are
 * minified and renamed on every build, but the libraries' own names and strings survive.
 */

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface KnownWarning {
  code: string;
  /** The library whose code raises it. */
  source: string;
  /** Matches the minified code around the reported position. */
  signature: RegExp;
  /** Why it stays: shown by the lint script, explained at length in the README. */
  why: string;
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: 'DOMPurify',
    signature: /createDocument\([^)]*[`'"]template[`'"]/,
    why: "the sanitizer's fallback parse, into an inert <template> document, of the string it then cleans",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: 'Preact',
    signature: /dangerouslySetInnerHTML/,
    why: 'Preact’s dangerouslySetInnerHTML support, which Pressclip never uses (ESLint forbids it)',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: '@mozilla/readability',
    signature: /_attempts\.push|getElementsByTagName\([`'"]noscript[`'"]\)/,
    why: 'Readability restoring its snapshot of, or unwrapping <noscript> images in, the detached copy of the page it reads',
  },
];

/** The known warning `message` is, given the text of the file it points into; undefined if none. */
export function explainWarning(message: LintMessage, fileText: string | undefined): KnownWarning | undefined {
  if (!fileText || message.line === undefined) return undefined;
  const line = fileText.split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  const around = line.slice(Math.max(0, column - 400), column + 200);
  return KNOWN_WARNINGS.find((known) => known.code === message.code && known.signature.test(around));
}
