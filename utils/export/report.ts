/**
 * The printable coverage report ("Pressespiegel"): one self-contained HTML document with a
 * cover (title, period, count, outlets), a table of contents, and every clipping with its
 * metadata block and article. Printed to PDF with the browser's print dialog.
 *
 * Safe to open anywhere: every page-derived string is escaped; article bodies pass through the
 * sanitizer the caller provides (DOMPurify in the extension); and the document carries a
 * Content-Security-Policy that allows no script at all, so even a sanitizer bypass cannot run.
 * Pure apart from yielding between slices.
 * @module utils/export/report
 */
import type { Clipping } from '@/utils/db';
import { isLanguageTag } from '@/utils/extract/language-tag';
import { clippingDay } from './dates';
import type { ExportLabels } from './labels';
import { forEachPage, sourceOf, surveyClippings, type ClippingSource, type StagedSliceOptions } from './source';
import { outletName } from './outlet';

export interface ReportOptions extends StagedSliceOptions {
  /** The report's title: a collection's name or the name of the view being exported. */
  title: string;
  labels: ExportLabels;
  timeZone: string;
  /** Collection names by id. */
  collectionNames: ReadonlyMap<string, string>;
  /** Returns safe HTML for a stored article body (DOMPurify with the clipping configuration). */
  sanitizeHtml: (html: string) => string;
  /** Show the articles' images. They load from the outlets' servers when the report is opened. */
  includeImages: boolean;
}

export const REPORT_MIME = 'text/html;charset=utf-8';

/** The report as an HTML file, built in slices so a large view does not freeze the page. */
export function buildReport(clippings: readonly Clipping[], options: ReportOptions): Promise<Blob> {
  return writeReport(sourceOf(clippings), options);
}

/**
 * The report from a source read page by page: the cover and the table of contents come from
 * the first pass (a few fields per clipping), the articles from the second, each page's HTML
 * moved into a Blob as it is done.
 */
export async function writeReport(source: ClippingSource, options: ReportOptions): Promise<Blob> {
  const { labels, timeZone } = options;
  const entries = await surveyClippings(source, (c) => entryOf(c, timeZone), compareEntries, options);
  const format = dateFormats(labels.language, timeZone);
  const position = new Map(entries.map((entry, i) => [entry.id, { entry, index: i }]));
  const parts: BlobPart[] = [head(options), cover(entries, options, format), tableOfContents(entries, options, format)];
  await forEachPage(
    source,
    entries.map((entry) => entry.id),
    {
      work: (clipping) => {
        const { entry, index } = position.get(clipping.id) ?? { entry: entryOf(clipping, timeZone), index: 0 };
        return articleHtml(clipping, entry, index, options, format);
      },
      collect: (articles) => parts.push(new Blob(articles)),
    },
    options,
  );
  parts.push('</main>\n</body>\n</html>\n');
  return new Blob(parts, { type: REPORT_MIME });
}

/** What the cover, the table of contents and the order need of a clipping. */
interface ReportEntry {
  id: string;
  /** The day it is filed under ("2026-11-26"). */
  day: string;
  /** As shown. */
  outlet: string;
  /** As shown: the headline, else the address. */
  heading: string;
  /** ` lang="…"` for the clipping's own parts, or nothing (see langAttribute). */
  langAttribute: string;
  /** Sort keys: the outlet's and the headline's own spelling, lower case. */
  siteKey: string;
  titleKey: string;
}

function entryOf(c: Clipping, timeZone: string): ReportEntry {
  return { id: c.id, day: clippingDay(c, timeZone), outlet: outletName(c), heading: c.title || c.url, langAttribute: langAttribute(c), siteKey: (c.siteName ?? '').toLowerCase(), titleKey: c.title.toLowerCase() };
}

/** Newest day first, then by outlet and headline: how a press review is usually read. */
function compareEntries(a: ReportEntry, b: ReportEntry): number {
  return cmp(b.day, a.day) || cmp(a.siteKey, b.siteKey) || cmp(a.titleKey, b.titleKey) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface DateFormats {
  /** "26. November 2026" for a "2026-11-26" day. */
  day(isoDay: string): string;
  /** "26.11.2026, 14:30" for a time. */
  time(value: string | number): string;
}

function dateFormats(language: string, timeZone: string): DateFormats {
  const long = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return {
    day: (isoDay) => long.format(Date.parse(`${isoDay}T00:00:00Z`)),
    time: (value) => {
      const time = typeof value === 'number' ? value : Date.parse(value);
      return Number.isNaN(time) ? String(value) : short.format(time);
    },
  };
}

function head({ title, labels, includeImages }: ReportOptions): string {
  // No script-src at all: nothing in this document may ever run.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${includeImages ? 'https: http:' : "'none'"}; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${attr(labels.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(`${labels.pressReview}: ${title}`)}</title>
<style>${STYLE}${includeImages ? '' : 'img{display:none}'}</style>
</head>
<body>
`;
}

function cover(entries: readonly ReportEntry[], { title, labels }: ReportOptions, format: DateFormats): string {
  const days = entries.map((entry) => entry.day).sort();
  const first = days[0];
  const last = days[days.length - 1];
  const period = first && last ? (first === last ? format.day(first) : `${format.day(first)} – ${format.day(last)}`) : '';
  const outlets = countOutlets(entries);
  const outletItems = outlets.map(([name, n]) => `<li>${text(name)} <span class="n">${n}</span></li>`).join('');
  return `<header class="cover">
<p class="cover-kind">${text(labels.pressReview)}</p>
<h1>${text(title)}</h1>
${period ? `<p class="cover-period"><span class="label">${text(labels.period)}:</span> ${text(period)}</p>` : ''}
<p class="cover-summary">${text(labels.summary(entries.length, outlets.length))}</p>
${outlets.length ? `<h2>${text(labels.outlets)}</h2>\n<ul class="outlets">${outletItems}</ul>` : ''}
<p class="print-hint">${text(labels.printHint)}</p>
</header>
`;
}

function countOutlets(entries: readonly ReportEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { outlet } of entries) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0].toLowerCase(), b[0].toLowerCase()));
}

function tableOfContents(entries: readonly ReportEntry[], { labels }: ReportOptions, format: DateFormats): string {
  const items = entries
    .map((entry, i) => `<li><a href="#clip-${i + 1}"><span class="toc-title"${entry.langAttribute}>${text(entry.heading)}</span> <span class="toc-meta">${text([entry.outlet, format.day(entry.day)].join(', '))}</span></a></li>`)
    .join('\n');
  return `<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${text(labels.contents)}</h2>
<ol>
${items}
</ol>
</nav>
<main>
`;
}

/** One clipping's article; `entry` is what the first pass read of it, as the table of contents shows it. */
function articleHtml(c: Clipping, entry: ReportEntry, index: number, options: ReportOptions, format: DateFormats): string {
  const { labels, collectionNames } = options;
  const rows: [string, string][] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) rows.push([label, text(value)]);
  };
  add(labels.outlet, entry.outlet);
  add(labels.published, c.publishedTime ? format.time(c.publishedTime) : undefined);
  add(labels.authors, c.authors.join(', '));
  add(labels.agencies, c.agencies.join(', '));
  add(labels.section, c.section);
  add(labels.words, c.wordCount ? String(c.wordCount) : undefined);
  add(labels.tags, c.tags.join(', '));
  add(labels.collection, collectionNames.get(c.collectionId));
  add(labels.clipped, format.time(c.clippedAt));
  const meta = rows.map(([label, value]) => `<dt>${text(label)}</dt><dd>${value}</dd>`).join('');
  const lang = entry.langAttribute;
  const source = /^https?:\/\//i.test(c.url) ? `<a href="${attr(c.url)}" rel="noopener noreferrer">${text(c.url)}</a>` : text(c.url);
  return `<article class="clip" id="clip-${index + 1}">
<header>
${c.kicker ? `<p class="kicker"${lang}>${text(c.kicker)}</p>\n` : ''}<h2${lang}>${text(entry.heading)}</h2>
<dl class="meta">${meta}</dl>
${c.isPartial ? `<p class="partial">${text(labels.partialNotice)}</p>\n` : ''}${c.note ? `<p class="note"><span class="label">${text(labels.note)}:</span> ${text(c.note)}</p>\n` : ''}</header>
<div class="body"${lang}>
${c.contentHtml.trim() ? options.sanitizeHtml(c.contentHtml) : c.excerpt ? `<p>${text(c.excerpt)}</p>` : ''}
</div>
<p class="source"><span class="label">${text(labels.source)}:</span> ${source}</p>
</article>
`;
}

/**
 * The clipping's language for its headline, kicker and text, which may differ from the report's
 * (an English article in a German press review): screen readers then read it in its own
 * language, and browsers hyphenate and quote it by its rules. The labels stay in the report's.
 */
function langAttribute(c: Pick<Clipping, 'lang'>): string {
  return isLanguageTag(c.lang) ? ` lang="${attr(c.lang)}"` : '';
}

/** Text content: nothing in it can open a tag or an entity. */
function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Screen and print styles. Print: A4, the cover and each article on a new page, no split figures. */
const STYLE = `
:root{color-scheme:light;--fg:#1b1d21;--muted:#555b66;--rule:#c9ced6;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;padding:2rem 1.5rem 4rem;color:var(--fg);background:#fff;font:16px/1.55 Georgia,'Times New Roman','DejaVu Serif',serif}
h1,h2,h3,h4,.meta,.toc,.cover,.source,.label,.print-hint,.partial,.note{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',sans-serif}
a{color:var(--accent)}
.cover{min-height:60vh;border-bottom:2px solid var(--fg);margin-bottom:2rem;padding-bottom:1.5rem}
.cover-kind{text-transform:uppercase;letter-spacing:.12em;color:var(--muted);margin:0 0 .5rem}
.cover h1{font-size:2.2rem;line-height:1.2;margin:0 0 1rem}
.cover-summary{font-size:1.1rem}
.outlets{columns:2;padding-left:1.2rem}
.outlets .n{color:var(--muted)}
.print-hint{color:var(--muted);font-size:.9rem;border:1px dashed var(--rule);padding:.5rem .75rem;border-radius:6px}
.toc ol{padding-left:1.5rem}
.toc li{margin:.25rem 0}
.toc a{text-decoration:none;color:var(--fg)}
.toc-meta{color:var(--muted);font-size:.85rem}
.clip{border-top:1px solid var(--rule);padding-top:1.5rem;margin-top:2rem}
.kicker{font-family:system-ui,sans-serif;font-weight:600;color:var(--muted);margin:0}
.clip h2{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .8rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.85rem;color:var(--muted);margin:0 0 1rem}
.meta dt{font-weight:600}
.meta dd{margin:0}
.partial{background:#fff4d6;padding:.4rem .7rem;border-radius:6px;font-size:.9rem}
.note{border-left:3px solid var(--accent);padding-left:.7rem;font-size:.9rem;white-space:pre-line}
.body h1,.body h2{font-size:1.25rem}
.body h3,.body h4,.body h5,.body h6{font-size:1.05rem}
.body img{max-width:100%;height:auto}
.body figure{margin:1rem 0}
.body figcaption{font-size:.85rem;color:var(--muted)}
.body table{border-collapse:collapse}
.body td,.body th{border:1px solid var(--rule);padding:.25rem .5rem}
.source{font-size:.8rem;color:var(--muted);word-break:break-all}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
body{max-width:none;padding:0;font-size:11pt}
.print-hint{display:none}
.cover{min-height:auto;border:none;break-after:page}
.toc{break-after:page}
.clip{border:none;margin:0;padding:0;break-before:page}
.clip h2,.meta,.kicker{break-after:avoid}
.body figure,.body img,.body table,.body blockquote{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;
