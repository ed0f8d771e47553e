/**
 * `npm run extract -- page.html [--url URL] [--format json|markdown]`
 * `curl -s URL | npm run extract -- - --url URL`
 *
 * Runs Pressclip's extractor on a saved page, exactly as the content script does in the browser,
 * and prints the result: the ExtractResult as JSON (what the popup receives), or the article as
 * Markdown. The page is parsed with jsdom, whose HTML parser builds the same tree as a browser.
 * Exit codes: 0 extracted, 1 not extracted (the reason is printed), 2 bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlToMarkdown } from '../utils/export/html-to-markdown';
import { extractArticle, type ExtractedArticle } from '../utils/extract';
import { decodeHtml } from './lib/decode-html';

const USAGE = `usage: npm run extract -- <page.html | -> [--url URL] [--format json|markdown]

  <page.html>   a saved page; "-" or no file reads the page from standard input
  --url URL     the address the page was saved from (resolves links and images);
                defaults to the file's file:// address
  --format      json (default): the result the popup receives
                markdown: the article as Markdown with its metadata on top`;

const FORMATS = ['json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseCommandLine() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length > 1) fail(`Expected one page, got ${positionals.length}: ${positionals.join(', ')}`);
  const format = values.format as Format;
  if (!FORMATS.includes(format)) fail(`Invalid format "${values.format}". Options: ${FORMATS.join(', ')}`);
  const file = positionals[0] && positionals[0] !== '-' ? resolve(positionals[0]) : undefined;
  let url = values.url ?? (file ? pathToFileURL(file).href : 'about:blank');
  try {
    url = new URL(url).href;
  } catch {
    fail(`Invalid --url "${values.url}": give an absolute address such as https://www.example.org/lokales/artikel.html`);
  }
  return { file, url, format };
}

function readInput(file: string | undefined): Uint8Array {
  try {
    return readFileSync(file ?? 0); // 0: standard input
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`Cannot read ${file ?? 'standard input'}: ${reason}`);
  }
}

function toMarkdown(article: ExtractedArticle): string {
  const german = /^de\b/i.test(article.lang ?? '');
  const credit = [...article.authors, ...article.agencies].join(', ');
  const facts = [
    ['Outlet', article.siteName],
    ['Section', article.section],
    ['Author', credit],
    ['Published', article.publishedTime],
    ['Dateline', article.dateline],
    ['Source', article.canonicalUrl ?? article.url],
    ['Partial', article.isPartial ? 'yes: the page shows a teaser or declares a paywall' : undefined],
  ].filter(([, value]) => value);
  const header = [
    article.kicker ? `*${article.kicker}*\n` : '',
    `# ${article.title}\n`,
    facts.map(([label, value]) => `- ${label}: ${value}`).join('\n'),
  ].filter(Boolean);
  return `${header.join('\n')}\n\n${htmlToMarkdown(article.contentHtml, { creditLabel: german ? 'Foto' : 'Photo' })}\n`;
}

function main(): void {
  const { file, url, format } = parseCommandLine();
  const { text } = decodeHtml(readInput(file));
  const { window } = new JSDOM(text, { url, virtualConsole: new VirtualConsole() });
  const result = extractArticle(window.document, { url });
  window.close();

  if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.ok) process.stdout.write(toMarkdown(result.article));
  if (!result.ok) {
    console.error(`Not extracted: ${result.reason}${result.title ? ` ("${result.title}")` : ''}`);
    process.exitCode = 1;
  }
}

main();
