/**
 * A heavy article page for the benchmarks (~2 MB of HTML, as big news portals serve them): a
 * long article (headline, kicker, byline, captioned photos, subheadings) inside a mega menu,
 * a grid of hundreds of teasers, a long comment thread, a footer full of links, an inline
 * SVG sprite and a large inline JSON state blob. Fictional text from the clipping generator.
 * @module scripts/bench/article-page
 */
import { generateParagraphs } from '@/tests/support/generated-library';

export const HEAVY_PAGE_HEADLINE = 'Stadtrat beschließt Haushalt mit Rekordinvestitionen in Schulen und Brücken';

/** Escapes text for HTML. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page, about `bytes` long (the comment thread and the state blob grow to fill it). */
export function heavyArticlePage(bytes = 2_000_000): string {
  const text = generateParagraphs(40_000, { lang: 'de', seed: 7 });
  let next = 0;
  const paragraph = () => text[next++ % text.length]!;
  const sentence = () => paragraph().split('. ')[0]!.slice(0, 90);

  const menu = Array.from({ length: 24 }, (_, i) => {
    const links = Array.from({ length: 20 }, (_, j) => `<li><a href="/ressort-${i}/thema-${j}">${html(sentence().split(' ').slice(0, 3).join(' '))}</a></li>`).join('');
    return `<li class="menu-item has-children"><a href="/ressort-${i}">Ressort ${i + 1}</a><ul class="sub-menu">${links}</ul></li>`;
  }).join('');

  const article: string[] = [];
  for (let i = 0; i < 36; i++) {
    if (i > 0 && i % 6 === 0) article.push(`<h2>${html(sentence())}</h2>`);
    article.push(`<p>${html(paragraph())}</p>`);
    if (i % 9 === 2) {
      article.push(
        `<figure class="wp-caption"><img src="/images/haushalt-${i}.jpg" alt="" width="800" height="533" loading="lazy"><figcaption class="wp-caption-text">${html(sentence())} (Foto: Jana Köster)</figcaption></figure>`,
      );
    }
  }

  const teasers = Array.from(
    { length: 360 },
    (_, i) =>
      `<article class="teaser teaser--${i % 3 ? 'small' : 'large'}"><a href="/lokales/artikel-${i}.html"><picture><source srcset="/images/t-${i}.webp" type="image/webp"><img src="/images/t-${i}.jpg" alt="" width="320" height="180" loading="lazy"></picture><span class="teaser__kicker">${html(sentence().split(' ')[0]!)}</span><h3 class="teaser__title">${html(sentence())}</h3></a><p class="teaser__text">${html(sentence())}</p></article>`,
  ).join('\n');

  const sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${Array.from({ length: 120 }, (_, i) => `<symbol id="icon-${i}" viewBox="0 0 24 24"><path d="M${i % 24} 2 L22 ${i % 20} L2 22 Z M4 4 h16 v16 h-16 z"/></symbol>`).join('')}</svg>`;
  const footer = `<footer class="site-footer"><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/service/${i}">${html(sentence().split(' ').slice(0, 2).join(' '))}</a></li>`).join('')}</ul><p>© 2026 Werretal-Bote · <a href="/impressum">Impressum</a></p></footer>`;

  const head = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${html(HEAVY_PAGE_HEADLINE)} | Werretal-Bote</title>
<meta property="og:title" content="${html(HEAVY_PAGE_HEADLINE)}">
<meta property="og:site_name" content="Werretal-Bote">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-26T14:30:00+01:00">
<meta name="author" content="Jana Köster">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEAVY_PAGE_HEADLINE, datePublished: '2026-11-26T14:30:00+01:00', author: { '@type': 'Person', name: 'Jana Köster' }, publisher: { '@type': 'Organization', name: 'Werretal-Bote' } })}</script>
</head>
<body class="single single-post">
${sprite}
<header class="site-header"><p class="site-title"><a href="/">Werretal-Bote</a></p><nav class="main-navigation"><ul class="menu">${menu}</ul></nav></header>
<main id="main" class="site-main">
<article class="post type-post">
<header class="entry-header"><span class="entry-kicker">Haushalt 2027</span><h1 class="entry-title">${html(HEAVY_PAGE_HEADLINE)}</h1>
<p class="byline">Von <span class="author vcard">Jana Köster</span> · <time class="entry-date published" datetime="2026-11-26T14:30:00+01:00">26.11.2026, 14:30 Uhr</time></p></header>
<div class="entry-content">
${article.join('\n')}
</div>
</article>
<section class="related-posts"><h2>Mehr aus der Region</h2>
${teasers}
</section>
<section id="comments" class="comments-area"><h2 class="comments-title">Kommentare</h2><ol class="comment-list">
`;
  const comment = (i: number) =>
    `<li class="comment" id="comment-${i}"><article class="comment-body"><footer class="comment-meta"><b class="fn">Leser ${i}</b> <time datetime="2026-11-26T16:${String(i % 60).padStart(2, '0')}:00+01:00">26.11.2026</time></footer><div class="comment-content"><p>${html(paragraph())}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Antworten</a></div></article></li>\n`;
  const tail = (state: string) => `</ol></section>
</main>
${footer}
<script id="__STATE__" type="application/json">${state}</script>
</body>
</html>`;

  // Comments fill three quarters of what is left, the state blob the rest.
  const room = bytes - Buffer.byteLength(head + tail('{"items":[]}'));
  const comments: string[] = [];
  for (let used = 0, i = 0; used < room * 0.75; i++) {
    comments.push(comment(i));
    used += Buffer.byteLength(comments[i]!);
  }
  const items: string[] = [];
  for (let used = room * 0.75; used < room; ) {
    const item = JSON.stringify({ id: items.length, title: sentence(), teaser: paragraph().slice(0, 240), url: `/lokales/artikel-${items.length}.html` });
    items.push(item);
    used += Buffer.byteLength(item) + 1;
  }
  return head + comments.join('') + tail(`{"items":[${items.join(',')}]}`);
}
