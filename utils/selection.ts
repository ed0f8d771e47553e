/**
 * What the reader has selected on the page, as HTML and as text, for "Clip selection". Pure
 * with respect to its inputs: reads the document's selection and never changes it or the page.
 * The HTML is not sanitized here; the caller sanitizes it (see entrypoints/extract.ts).
 * @module utils/selection
 */
import { absolutizeUrls } from '@/utils/extract/urls';
import { blockText, countWords } from '@/utils/extract/text';

/** A selection worth clipping. Plain JSON: it crosses `executeScript` by structured clone. */
export interface CapturedSelection {
  /** The selected markup (every range, in order), links and images made absolute. Unsanitized. */
  html: string;
  /** The selected text, one line per block element. */
  text: string;
  wordCount: number;
}

/**
 * The document's current selection, or null when nothing (or only white space) is selected.
 * Firefox allows several ranges (Ctrl+drag); they are kept in order.
 */
export function captureSelection(doc: Document, pageUrl: string = doc.URL): CapturedSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const container = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const fragment = range.cloneContents();
    // A range inside one text-level element (a few words of a paragraph) clones as bare text;
    // keep its paragraph so the clip reads as a paragraph, not as a run-on line.
    const block = enclosingBlock(range.commonAncestorContainer);
    if (block && !fragment.querySelector(BLOCK_SELECTOR)) {
      const wrapper = doc.createElement(block.localName === 'blockquote' ? 'blockquote' : 'p');
      wrapper.append(fragment);
      container.append(wrapper);
    } else {
      container.append(fragment);
    }
  }
  const text = blockText(container);
  if (!text) return null;
  absolutizeUrls(container, doc, pageUrl);
  return { html: container.innerHTML, text, wordCount: countWords(text) };
}

const BLOCK_SELECTOR = 'p, div, li, blockquote, h1, h2, h3, h4, h5, h6, figure, table, ul, ol, pre, section, article';

function enclosingBlock(node: Node): Element | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current.nodeType === 1) {
    const el = current as Element;
    if (el.matches(BLOCK_SELECTOR)) return el;
    current = el.parentNode;
  }
  return null;
}

/**
 * A selection known only as text — the browser's own copy that comes with a context-menu click,
 * for a selection the capture script cannot reach (inside a frame): one paragraph per line,
 * the text escaped, never parsed as markup.
 */
export function selectionFromText(selected: string): CapturedSelection | null {
  const lines = selected.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (lines.length === 0) return null;
  const text = lines.join('\n');
  return { html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''), text, wordCount: countWords(text) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
