/**
 * Article pages for end-to-end tests, in the shape of a regional news site: metadata in the
 * head, the article with a captioned photo, and the usual clutter around it. Fictional text.
 */

export interface ArticlePageOptions {
  title: string;
  outlet: string;
  author: string;
  /** ISO 8601 with offset. */
  published: string;
  section: string;
  lang: string;
  paragraphs: readonly string[];
  /** An image on the same server, with its caption (credit included). */
  image?: { src: string; caption: string };
}

export function articlePage(o: ArticlePageOptions): string {
  const figure = o.image
    ? `<figure class="wp-caption"><img src="${attr(o.image.src)}" alt="" width="800" height="533"><figcaption class="wp-caption-text">${text(o.image.caption)}</figcaption></figure>`
    : '';
  return `<!doctype html>
<html lang="${attr(o.lang)}">
<head>
<meta charset="utf-8">
<title>${text(o.title)} – ${text(o.outlet)}</title>
<meta property="og:title" content="${attr(o.title)}">
<meta property="og:site_name" content="${attr(o.outlet)}">
<meta property="og:type" content="article">
<meta property="article:section" content="${attr(o.section)}">
<meta property="article:published_time" content="${attr(o.published)}">
<meta name="author" content="${attr(o.author)}">
<meta name="description" content="${attr(o.paragraphs[0] ?? '')}">
</head>
<body>
<header class="site-header"><p class="site-title"><a href="/">${text(o.outlet)}</a></p><nav><ul><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="main">
<article class="post">
<header class="entry-header"><h1 class="entry-title">${text(o.title)}</h1>
<p class="byline">Von <span class="author">${text(o.author)}</span> · <time datetime="${attr(o.published)}">${text(o.published.slice(0, 10))}</time></p></header>
<div class="entry-content">
${figure}
${o.paragraphs.map((p) => `<p>${text(p)}</p>`).join('\n')}
</div>
</article>
</main>
<footer><p>© ${text(o.outlet)} · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
</body>
</html>`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}
