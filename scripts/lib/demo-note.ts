/**
 * What clipping the bundled demo article (demo/index.html) must yield as a Markdown note — the
 * Foundation's promise: front matter with title, outlet, author, date, URL and tags; a body with
 * the article text and the photo caption with its credit; none of the comment form, the spam
 * notice, the author box or the navigation. Used by `npm run demo` to check what it wrote and by
 * the end-to-end tests in every browser.
 */
import { parse } from 'yaml';

export const DEMO_HEADLINE = 'Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch';
export const DEMO_TAGS = ['Werretal', 'Radverkehr'];

/** Properties the note's front matter must have, for the demo article served at `url`. */
export function expectedDemoProperties(url: string, tags: readonly string[] = DEMO_TAGS): Record<string, unknown> {
  return {
    title: DEMO_HEADLINE,
    outlet: 'Werretal-Bote',
    authors: ['Jana Köster'],
    published: '2026-11-26T14:30:00+01:00',
    dateline: 'Altenbruch',
    url,
    tags: [...tags],
  };
}

/** Text the body must hold: a sentence of the article, the photo caption and its credit. */
export const DEMO_BODY = [
  'Nach zwei Jahren Bauzeit ist die neue Fuß- und Radwegbrücke über die Werre freigegeben.',
  'Bürgermeisterin Petra Kämper (Mitte) und Bauamtsleiter Jonas Ude durchschneiden das Band an der neuen Werrebrücke.',
  '(Foto: Stadt Altenbruch)',
];

/** What the page has around the article, which the note must not: each with what it is. */
export const DEMO_BOILERPLATE: readonly [string, string][] = [
  ['comment form', 'Schreibe einen Kommentar'],
  ['comment form', 'Kommentar abschicken'],
  ['spam notice', 'Akismet'],
  ['author box', 'Veröffentlicht von'],
  ['author box', 'berichtet seit 2019'],
  ['navigation', 'Startseite'],
  ['related articles', 'Das könnte Sie auch interessieren'],
  ['footer', 'Impressum'],
];

/** The note's front matter as data (empty when it has none). */
export function frontMatterOf(markdown: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1];
  return block ? ((parse(block) as Record<string, unknown> | null) ?? {}) : {};
}

/** Everything wrong with the demo article's note; empty when it is as promised. */
export function demoNoteProblems(markdown: string, url: string, tags: readonly string[] = DEMO_TAGS): string[] {
  const problems: string[] = [];
  const front = frontMatterOf(markdown);
  for (const [key, value] of Object.entries(expectedDemoProperties(url, tags))) {
    if (JSON.stringify(front[key]) !== JSON.stringify(value)) problems.push(`front matter "${key}" is ${JSON.stringify(front[key])}, expected ${JSON.stringify(value)}`);
  }
  // Markdown may set part of a line in bold or italics (a dateline, a caption): read it as text.
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5).replace(/\*\*|__|\*|_/g, '');
  for (const text of DEMO_BODY) if (!body.includes(text)) problems.push(`the body lacks "${text}"`);
  for (const [what, text] of DEMO_BOILERPLATE) if (markdown.includes(text)) problems.push(`the note holds the ${what} ("${text}")`);
  return problems;
}
