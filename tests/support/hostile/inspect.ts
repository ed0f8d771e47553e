/**
 * Checks for what must never survive into stored or rendered clipped HTML, written
 * independently of the sanitizer's own allow-list (utils/extract/allowlist.ts), so a mistake in
 * that list is caught here rather than repeated.
 */

/** Elements that run script, load or embed documents, submit, restyle or re-point the page. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'style', 'link', 'meta', 'base',
  'form', 'input', 'button', 'select', 'textarea', 'isindex', 'keygen', 'svg', 'math', 'template', 'noscript',
  'noembed', 'noframes', 'xmp', 'video', 'audio', 'source', 'picture', 'track', 'marquee', 'param', 'title',
]);

/** Attributes that carry script, styles, documents or requests the reader did not ask for. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'srcset', 'ping', 'background', 'poster', 'formaction', 'action', 'data', 'xlink:href', 'id', 'name', 'popover', 'autofocus', 'data-bind']);

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Web and mail addresses, page anchors, and relative addresses (no scheme at all). */
function isSafeAddress(value: string): boolean {
  // Browsers ignore ASCII white space and control characters in a scheme: "java\tscript:".
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** Every problem found under `root`, e.g. `<img onerror>` or `<a href="javascript:…">`; empty when safe. */
export function findUnsafeMarkup(root: Element): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(attribute)) problems.push(`<${tag} ${attribute}>`);
      else if (URL_ATTRIBUTES.has(attribute) && !isSafeAddress(value)) problems.push(`<${tag} ${attribute}="${value.slice(0, 40)}">`);
    }
  }
  return problems;
}

/** Markdown constructs that would turn exported page text into live HTML or a script link. */
export function findUnsafeMarkdown(markdown: string): string[] {
  const problems: string[] = [];
  const patterns: [string, RegExp][] = [
    ['raw HTML element', /(?<!\\)<\/?(?:script|img|iframe|frame|svg|math|style|object|embed|form|base|meta|link|a|input|button|video|audio|template|noscript|details|body|html|textarea|select|table|div|p)\b/i],
    ['script link', /(?<!\\)\]\(\s*<?\s*(?:javascript|vbscript|data|file):/i],
    ['script autolink', /(?<!\\)<(?:javascript|vbscript|data):/i],
    ['script reference definition', /^\s{0,3}(?<!\\)\[[^\]]+\]:\s*<?(?:javascript|vbscript|data):/im],
  ];
  // Code spans and blocks show their content literally; leave them out.
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(prose);
    if (match) problems.push(`${name}: ${prose.slice(Math.max(0, match.index - 20), match.index + 40)}`);
  }
  return problems;
}
