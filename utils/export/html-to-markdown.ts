/**
 * The one HTML → Markdown conversion (turndown + GFM tables). Pure: string in, string out.
 * @module utils/export/html-to-markdown
 */
import TurndownService from 'turndown';
import { tables, strikethrough } from '@joplin/turndown-plugin-gfm';
import { splitCredit } from '@/utils/extract/captions';

/** Only these link targets survive; anything else (javascript:, data:, file:) loses its link. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

export interface MarkdownOptions {
  /** Label for photo credits under images: "Foto" for German articles, "Photo" otherwise. */
  creditLabel: string;
}

/** Settings fixed for one export run. */
export interface ConverterOptions {
  /** Added to every heading level of the article: a combined file puts each headline at `##`. */
  headingOffset?: number;
  /** Where an image points: its original URL (the default) or a file inside the export. */
  imageTarget?: (src: string) => string;
}

export type HtmlToMarkdown = (html: string, options: MarkdownOptions) => string;

/**
 * A converter for one export run. Building turndown's rule set once per run (not per
 * clipping) keeps a 10,000-note export fast.
 */
export function createHtmlToMarkdown({ headingOffset = 0, imageTarget = (src) => src }: ConverterOptions = {}): HtmlToMarkdown {
  let creditLabel = 'Photo'; // set per call: it follows each article's language
  const td = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  td.use([tables, strikethrough]);
  // Article text stays text: turndown escapes Markdown syntax but not HTML, so a paragraph reading
  // "<img src=x onerror=…>" (escaped in the page, plain text here) would reach Markdown readers
  // that render inline HTML as a live tag. `\<` and `\&` are CommonMark escapes: shown as < and &.
  const escapeMarkdown = td.escape.bind(td);
  td.escape = (text) => escapeMarkdown(text).replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  td.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button']);

  if (headingOffset > 0) {
    td.addRule('shifted-headings', {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      replacement: (content, node) => {
        const level = Math.min(6, Number(node.nodeName.charAt(1)) + headingOffset);
        return `\n\n${'#'.repeat(level)} ${content.replace(/\s+/g, ' ').trim()}\n\n`;
      },
    });
  }

  td.addRule('safe-links', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node) => {
      const href = (node as Element).getAttribute('href')?.trim() ?? '';
      if (!content.trim()) return '';
      return SAFE_LINK.test(href) ? `[${content}](${escapeUrl(href)})` : content;
    },
  });

  // A figure becomes the image, then its caption (and photo credit) as an italic line below it.
  td.addRule('figure', {
    filter: (node) => node.nodeName === 'FIGURE' || (node.nodeName === 'DIV' && /\bwp-caption\b/.test((node as Element).className)),
    replacement: (_content, node) => {
      const figure = node as Element;
      // Array.from: turndown's Node DOM (domino) returns NodeLists that are not iterable.
      const captionEl = figure.querySelector('figcaption, .wp-caption-text');
      const captionText = oneLine(captionEl?.textContent ?? '');
      const images = Array.from(figure.querySelectorAll('img'))
        .map((img) => imageMarkdown(img, imageTarget, captionText))
        .filter(Boolean);
      const caption = captionEl ? captionLine(captionEl.textContent ?? '', creditLabel) : '';
      return `\n\n${[images.join('\n'), besidePictures(figure), caption].filter(Boolean).join('\n\n')}\n\n`;
    },
  });

  /**
   * Whatever else a figure holds besides its pictures and caption (a quote, a paragraph a page
   * put inside the figure), converted like the rest of the article: nothing is dropped.
   */
  const besidePictures = (figure: Element): string => {
    const rest = figure.cloneNode(true) as HTMLElement;
    for (const el of Array.from(rest.querySelectorAll('img, picture, figcaption, .wp-caption-text'))) el.remove();
    return oneLine(rest.textContent ?? '') ? td.turndown(rest) : '';
  };

  td.addRule('safe-images', {
    filter: 'img',
    replacement: (_content, node) => imageMarkdown(node as Element, imageTarget),
  });

  return (html, options) => {
    creditLabel = options.creditLabel;
    return td.turndown(html).replace(/\n{3,}/g, '\n\n').trim();
  };
}

let defaultConverter: HtmlToMarkdown | undefined;

/** Converts sanitized article HTML to Markdown, images pointing to their original URLs. */
export function htmlToMarkdown(html: string, options: MarkdownOptions = { creditLabel: 'Photo' }): string {
  defaultConverter ??= createHtmlToMarkdown();
  return defaultConverter(html, options);
}

/** An image; its alt text is left out where it only repeats the caption printed below it. */
function imageMarkdown(img: Element, imageTarget: (src: string) => string, caption = ''): string {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (!/^https?:/i.test(src)) return '';
  const alt = oneLine(img.getAttribute('alt') ?? '');
  const repeatsCaption = caption !== '' && (alt === caption || caption.startsWith(alt));
  return `![${repeatsCaption ? '' : escapeText(alt)}](${escapeUrl(imageTarget(src))})`;
}

/** "*Die Brücke am Abend* (Foto: Stadt Lemgo)" — caption italic, credit kept and labelled. */
function captionLine(raw: string, creditLabel: string): string {
  const { text, credit } = splitCredit(raw);
  const parts = [text && `*${escapeText(text)}*`, credit && `(${creditLabel}: ${escapeText(credit)})`].filter(Boolean);
  return parts.join(' ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes what would turn caption or alt text into Markdown emphasis, code, links or HTML. */
function escapeText(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<>])/g, '\\$1');
}

/**
 * A link target inside `(…)`: parentheses, blanks and angle brackets percent-encoded (which
 * encodeURIComponent leaves parentheses alone for), so a `)` in an address cannot end the link
 * early and start a link of the page's choosing after it.
 */
function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}
