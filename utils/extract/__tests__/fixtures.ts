/**
 * Loads the extraction fixtures (readability-style folders under ../__fixtures__/pages) and
 * formats extracted HTML for review: one block element per line, indented.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { ExtractFailureReason } from '../types';

export const FIXTURES_DIR = fileURLToPath(new URL('../__fixtures__/pages/', import.meta.url));
export const DEFAULT_URL = 'https://fakehost/news/article.html';

export interface Fixture {
  slug: string;
  dir: string;
  source: string;
  url: string;
  /** A failure reason when the page is not an article; undefined for articles. */
  expect?: ExtractFailureReason;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      const configPath = join(dir, 'fixture.json');
      const config = existsSync(configPath) ? (JSON.parse(readFileSync(configPath, 'utf8')) as { url?: string; expect?: ExtractFailureReason }) : {};
      return { slug: entry.name, dir, source: readFileSync(join(dir, 'source.html'), 'utf8'), url: config.url ?? DEFAULT_URL, expect: config.expect };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img',
]);

/** Pretty-prints sanitized article HTML: blocks on their own lines, inline content as is. */
export function formatHtml(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const lines: string[] = [];
  const inline = (node: Node): string => {
    if (node.nodeType === 3) return escape(node.nodeValue ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    return `${open(el)}${Array.from(el.childNodes).map(inline).join('')}${el.localName === 'img' || el.localName === 'br' ? '' : `</${el.localName}>`}`;
  };
  const walk = (el: Element, depth: number) => {
    const pad = '  '.repeat(depth);
    const children = Array.from(el.childNodes);
    const hasBlockChild = children.some((c) => c.nodeType === 1 && BLOCKS.has((c as Element).localName));
    if (!hasBlockChild) {
      const text = `${open(el)}${children.map(inline).join('').trim()}${el.localName === 'img' ? '' : `</${el.localName}>`}`;
      lines.push(pad + text);
      return;
    }
    lines.push(pad + open(el));
    let run = '';
    const flush = () => {
      if (run.trim()) lines.push(`${pad}  ${run.trim()}`);
      run = '';
    };
    for (const child of children) {
      if (child.nodeType === 1 && BLOCKS.has((child as Element).localName)) {
        flush();
        walk(child as Element, depth + 1);
      } else run += inline(child);
    }
    flush();
    lines.push(`${pad}</${el.localName}>`);
  };
  for (const child of Array.from(document.body.children)) walk(child, 0);
  return `${lines.join('\n')}\n`;
}

function open(el: Element): string {
  const attrs = Array.from(el.attributes).map((a) => ` ${a.name}="${escape(a.value).replace(/"/g, '&quot;')}"`).join('');
  return `<${el.localName}${attrs}>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}
