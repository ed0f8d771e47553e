/**
 * How CMSs mark up the parts of an article, as data: the body container, the lead (standfirst),
 * the kicker (Dachzeile), bylines and dates. Each entry names a pattern shipped by a CMS, theme
 * family or schema (schema.org microdata, hNews/hEntry, WordPress core and common themes, Typo3
 * news, Drupal fields, the article templates of large German publishing groups), never a site.
 * @module utils/extract/article-markup
 */

/** Containers that hold the article body. Earlier entries are more specific. */
export const ARTICLE_BODY_SELECTORS: readonly string[] = [
  '[itemprop~="articleBody"]',
  '[property="articleBody"]',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.post-entry',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.article-text',
  '.article__text',
  '.story-body',
  '.story-content',
  '.news-text-wrap',
  '.td-post-content',
  '.field--name-body',
  '.field-name-body',
  '.c-article-body',
  '.blog-post-body',
  '.single-content',
  '#article-body',
  '#articleBody',
];

/** The lead paragraph (standfirst, German "Vorspann"/"Teaser"), when marked as such. */
export const LEAD_SELECTORS: readonly string[] = [
  '[itemprop~="description"]',
  '.article-lead',
  '.article__lead',
  '.lead',
  '.article-intro',
  '.article__intro',
  '.intro',
  '.standfirst',
  '.article-teaser',
  '.teaser-text',
  '.news-teaser',
  '.article-summary',
  '.summary',
  '.vorspann',
  '.einleitung',
  '.deck',
  '.dek',
  '.abstract',
  '.excerpt',
];

/**
 * Words that name the lead when they end a class name, whatever comes before them: "a-lead",
 * "entry-excerpt", "texto-bajada" (Spanish), "chapo" (French). body.ts builds its class pattern
 * from them.
 */
export const LEAD_CLASS_WORDS: readonly string[] = ['lead', 'intro', 'standfirst', 'summary', 'excerpt', 'abstract', 'deck', 'dek', 'vorspann', 'einleitung', 'bajada', 'entradilla', 'chapo', 'chapeau'];

/** The kicker above the headline (German "Dachzeile"; also "Spitzmarke", "Topline"). */
export const KICKER_SELECTORS: readonly string[] = [
  '.kicker',
  '.dachzeile',
  '.spitzmarke',
  '.topline',
  '.overline',
  '.roofline',
  '.supertitle',
  '.article-kicker',
  '.article__kicker',
  '.headline-kicker',
  '.headline__kicker',
  '.title-kicker',
  '.rubric',
];

/** Elements that hold a byline (an author's name, possibly with "Von" and an agency). */
export const BYLINE_SELECTORS: readonly string[] = [
  '[itemprop~="author"]',
  '[rel="author"]',
  '.byline',
  '.author-name',
  '.author__name',
  '.entry-author',
  '.post-author',
  '.article-author',
  '.article__author',
  '.author',
  '.autor',
  '.vcard .fn',
  '.meta-author',
  '.posted-by',
  '.field--name-uid',
  // A link to the writer's page on the site: "/autoren/anna-beispiel-1234", "/author/anna/".
  'a[href*="/autor/"]',
  'a[href*="/autoren/"]',
  'a[href*="/author/"]',
  'a[href*="/authors/"]',
];

/** Elements that hold the publication date. */
export const DATE_SELECTORS: readonly string[] = [
  '[itemprop~="datePublished"]',
  'time[pubdate]',
  '.entry-date',
  '.published',
  '.post-date',
  '.article-date',
  '.article__date',
  '.publish-date',
  '.date-published',
  '.posted-on',
  '.meta-date',
  '.datum',
  '.date',
  '.timestamp',
  'time[datetime]',
];
