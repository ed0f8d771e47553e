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

const services = new Map<string, TurndownService>();

function createService({ creditLabel }: MarkdownOptions): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  td.use([tables, strikethrough]);
  td.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button']);

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
        .map((img) => imageMarkdown(img, captionText))
        .filter(Boolean);
      const caption = captionEl ? captionLine(captionEl.textContent ?? '', creditLabel) : '';
      return `\n\n${[images.join('\n'), caption].filter(Boolean).join('\n\n')}\n\n`;
    },
  });

  td.addRule('safe-images', {
    filter: 'img',
    replacement: (_content, node) => imageMarkdown(node as Element),
  });
  return td;
}

/** Converts sanitized article HTML to Markdown. */
export function htmlToMarkdown(html: string, options: MarkdownOptions = { creditLabel: 'Photo' }): string {
  let service = services.get(options.creditLabel);
  if (!service) {
    service = createService(options);
    services.set(options.creditLabel, service);
  }
  return service.turndown(html).replace(/\n{3,}/g, '\n\n').trim();
}

/** An image; its alt text is left out where it only repeats the caption printed below it. */
function imageMarkdown(img: Element, caption = ''): string {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (!/^https?:/i.test(src)) return '';
  const alt = oneLine(img.getAttribute('alt') ?? '');
  const repeatsCaption = caption !== '' && (alt === caption || caption.startsWith(alt));
  return `![${repeatsCaption ? '' : escapeText(alt)}](${escapeUrl(src)})`;
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

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
