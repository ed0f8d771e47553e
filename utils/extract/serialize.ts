/**
 * The extractor's output HTML, written from the DOM through an allow-list: only the tags and
 * attributes of ./allowlist.ts are written, every text and attribute value is escaped, unsafe
 * addresses are dropped. Nothing is parsed, so nothing can mutate on the way; it runs on any
 * DOM (linkedom included) and keeps DOMPurify out of the script injected into news pages.
 * The popup still passes the result through DOMPurify (./sanitize.ts) before it is saved,
 * in the extension's own origin.
 * @module utils/extract/serialize
 */
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI, URL_ATTRS } from './allowlist';

const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
const ALLOWED_ATTR_SET = new Set(ALLOWED_ATTR);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
/** Elements whose content is never article text, dropped with their content. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title', 'button', 'form']);

/**
 * Safe HTML of `root`'s children. White space is folded as a browser renders it (outside
 * <pre>): the page's source indentation does not travel into the clipping.
 */
export function serializeClean(root: Element): string {
  let html = '';
  for (let child = root.firstChild; child; child = child.nextSibling) html += rebuild(child, false);
  // Removed blocks leave their neighbours' line breaks behind; <pre> keeps its own.
  return (html.includes('<pre') ? html : html.replace(/\n{2,}/g, '\n')).trim();
}

function rebuild(node: Node, inPre: boolean): string {
  if (node.nodeType === 3) return escapeText(inPre ? (node.nodeValue ?? '') : foldSpace(node.nodeValue ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.localName.toLowerCase();
  if (DROP_WITH_CONTENT.has(tag)) return '';
  let inner = '';
  for (let child = el.firstChild; child; child = child.nextSibling) inner += rebuild(child, inPre || tag === 'pre');
  if (!ALLOWED_TAG_SET.has(tag)) return inner; // unknown wrapper (<font>, <center>, <article>): keep its text
  let attrs = '';
  const attributes = el.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attr = attributes[i]!;
    const name = attr.name.toLowerCase();
    if (!ALLOWED_ATTR_SET.has(name) || name === 'rel' || name === 'target') continue;
    const value = attr.value;
    // Browsers ignore control characters and spaces in URLs: "java\tscript:" must not pass.
    if (URL_ATTRS.has(name) && !ALLOWED_URI.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) continue;
    attrs += ` ${name}="${escapeAttr(value)}"`;
  }
  // Links open outside the sandboxed preview and never get the opener.
  if (tag === 'a' && attrs.includes(' href=')) attrs += ' rel="noopener noreferrer" target="_blank"';
  return VOID_TAGS.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${inner}</${tag}>`;
}

/** Runs of white space become one space, or one line break where the run had one. */
function foldSpace(text: string): string {
  if (ONLY_SPACE.test(text)) return text.includes('\n') ? '\n' : ' ';
  return text.replace(FOLDED_SPACE, ' ');
}

const ONLY_SPACE = /^[ \t\n\r\f]+$/;
/** Runs that folding changes: a lone ordinary space, most of a text's white space, is left alone. */
const FOLDED_SPACE = / [ \t\n\r\f]+|[\t\n\r\f][ \t\n\r\f]*/g;
/** Characters that need escaping in text and attribute values; most texts have none. */
const TO_ESCAPE = /[&<>\u00a0"]/;

function escapeText(text: string): string {
  if (!TO_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
