/**
 * What news sites wrap around an article, as data. Three kinds of rules:
 *
 * - tags that never hold article text;
 * - words in class and id names (split at `-`, `_`, spaces and camelCase humps) that name
 *   site furniture: "related", "share", "comments", "newsletter" …, plus a few whole class
 *   names of widespread plugins whose names say nothing (`saboxplugin-wrap`);
 * - German and English phrases that open a boilerplate block ("Das könnte Sie auch
 *   interessieren", "Schreibe einen Kommentar") or make up one ("Lesen Sie auch: …").
 *
 * The rules describe CMS patterns (WordPress themes and plugins, Typo3, Drupal, the big
 * publishing groups' templates), never individual sites. The code that applies them lives in
 * ./prune.ts; it refuses to drop an element that holds the headline or the article body, so a
 * stray class name cannot remove the article itself.
 * @module utils/extract/boilerplate
 */

/** Elements that never carry article text; dropped with their content. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'META',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'DIALOG', 'NAV', 'FOOTER', 'MENU',
]);

/** ARIA roles of site furniture. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'complementary', 'toolbar',
]);

/**
 * Words that, as a part of a class or id, mark a block as furniture whatever it holds. Matched
 * against the parts of a name: `comment-list` → [comment, list] matches; `commentary` does not.
 */
/** Consent layers: dropped even when they hold the page's only headline (a cookie wall's <h1>). */
export const CONSENT_WORDS: ReadonlySet<string> = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'borlabs']);

export const ALWAYS_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  // Comment sections, however long they get.
  'comment', 'comments', 'kommentare', 'kommentieren', 'disqus', 'respond', 'replies',
  // Consent layers and content blockers.
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'borlabs',
  // Recommendation networks, newsletter boxes, breadcrumbs.
  'outbrain', 'taboola', 'plista', 'ligatus', 'newsletter', 'breadcrumb', 'breadcrumbs', 'skiplink', 'skiplinks',
]);

/**
 * Words that make a name the article's own, whatever else it says: "l-article-body-segment",
 * "entry-content-wrap". Comment sections and consent layers are furniture regardless.
 */
export const CONTENT_WORDS: ReadonlySet<string> = new Set(['body', 'content', 'text', 'articlebody', 'story']);

/**
 * Words that mark a block as furniture unless it holds a long run of prose: a layout class like
 * `l-outer--nav` or a feature flag like `enable-pin-share` on the article's own wrapper must not
 * remove the article.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  // Reader interaction.
  'discussion', 'rating', 'ratings', 'reactions', 'voting',
  // Related and recommended content, teasers for other articles.
  'related', 'recommended', 'recommendations', 'recommendation', 'empfehlungen', 'empfehlung', 'lesetipp', 'lesetipps', 'readmore', 'morearticles', 'nextstory', 'popular', 'mostread', 'meistgelesen', 'trending',
  // Sharing, following, printing.
  'share', 'sharing', 'shares', 'sharebar', 'social', 'socials', 'shariff', 'sharedaddy', 'addthis', 'addtoany', 'a2a', 'follow', 'bookmark', 'bookmarks', 'merkliste',
  // Subscription and app promotion, paywall layers.
  'subscribe', 'subscription', 'signup', 'abo', 'abonnement', 'paywall', 'regwall', 'offer', 'promo', 'promotion', 'cta', 'donate', 'donation', 'spenden', 'membership',
  // Ads.
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'advertising', 'anzeige', 'werbung', 'banner', 'sponsor', 'sponsored', 'skyscraper', 'billboard', 'commercial',
  // Site chrome.
  'pagination', 'pager', 'navigation', 'nav', 'navbar', 'menu', 'sidebar', 'toolbar', 'toc', 'masthead', 'footer',
  // Privacy notices.
  'privacy', 'datenschutz',
  // Bylines, author boxes, dates and tag lists: metadata, read separately, not body text.
  // (Singular "tag" and "category" are left out: WordPress marks every post `tag-x category-y`.)
  'author', 'authors', 'autor', 'autoren', 'byline', 'bio', 'avatar', 'meta', 'metadata', 'postmeta', 'date', 'datum', 'timestamp', 'published', 'posted', 'tags', 'tagcloud', 'keywords', 'schlagworte', 'categories',
  // The section label printed above the article ("Lokal"): read as the section, not body text.
  'ressort', 'rubrik',
  // Layers a reader clicks away.
  'modal', 'popup', 'overlay', 'login', 'signin', 'register', 'registration',
]);

/** Whole class names or ids of common plugins and CMS widgets whose words say nothing. */
export const BOILERPLATE_NAMES: ReadonlySet<string> = new Set([
  'saboxplugin-wrap', 'abh_box', 'jp-relatedposts', 'yarpp-related', 'crp_related', 'heateor_sss_sharing_container',
  'ssba', 'swp_social_panel', 'wpcnt', 'nav-links', 'post-navigation', 'entry-footer', 'entry-utility', 'postmetadata',
  'screen-reader-text', 'sr-only', 'visually-hidden', 'visuallyhidden', 'element-invisible', 'hidden', 'is-hidden',
  'invisible', 'offscreen', 'wp-block-newsletter', 'embed-privacy-overlay', 'widget', 'widget-area', 'cat-links', 'post-categories',
]);

/**
 * Headings that open a furniture block; the heading and what it introduces are removed.
 * Anchored: the whole heading must match (a trailing colon or ellipsis is allowed).
 */
export const BOILERPLATE_HEADINGS: readonly RegExp[] = [
  /^(?:das|dies)(?: thema| video| buch)? (?:könnte|dürfte) (?:sie|dich|euch) (?:auch|ebenfalls) interessieren$/i,
  /^(?:schon gelesen|auch lesenswert|lesenswert|unsere empfehlung(?:en)?|empfehlungen der redaktion|auch auf [\p{L}.-]+)$/iu,
  /^weitere (?:informationen|infos|tipps|[\p{L}-]*tipps|links|bilder|fotos|videos|bildergalerien|termine)(?: (?:zu|zum|zur|über|unter|im|in|bei) .{1,60})?$/iu,
  /^(?:auch|ebenfalls) interessant$/i,
  /^(?:weitere|mehr|neueste|aktuelle|ähnliche|verwandte|empfohlene|beliebte|meistgelesene|passende) (?:artikel|beiträge|nachrichten|meldungen|themen|news|videos|galerien|texte)(?: zum thema| aus .{1,40}| von .{1,40})?$/i,
  /^mehr (?:zum thema|aus (?:der|dem|den) .{1,40}|aus .{1,30}|von .{1,40}|dazu|lesen)$/i,
  /^(?:lesen|lest|lies) (?:sie )?(?:auch|mehr|weiter)$/i,
  /^(?:zum|zu diesem) thema$/i,
  // "Artikel und Videos zum Thema", "Bilder und Videos zum Thema".
  /^(?:artikel|beiträge|nachrichten|meldungen|news|videos|bilder|fotos)(?: (?:und|&) (?:artikel|beiträge|nachrichten|videos|bilder|fotos|podcasts))? (?:zum|zu diesem) thema$/i,
  /^(?:schreibe?n?|hinterlasse|verfasse) (?:einen|eine|deinen|ihren) (?:kommentar|antwort)$/i,
  /^(?:kommentare?|leserkommentare|diskussion|\d+ kommentare?|kommentar schreiben|antworten)$/i,
  /^(?:diesen |den )?(?:artikel|beitrag|seite) (?:teilen|empfehlen|drucken|merken)$/i,
  /^(?:teilen|teile|share|share this|share this article|share on|follow us)(?: (?:mit|auf|via) .{1,30})?$/i,
  /^(?:newsletter|unser newsletter|jetzt newsletter abonnieren|newsletter abonnieren)$/i,
  /^(?:related|recommended|more|latest|popular|trending|most read|most popular) (?:posts|articles|stories|coverage|news|reads|from .{1,40})$/i,
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:more|next|also)|see also|also read)$/i,
  /^(?:über (?:den|die) (?:autor|autorin|autoren)|zum autor|zur autorin|about the author)$/i,
  /^(?:schlagworte|stichworte|themen|tags|kategorien)$/i,
  /^(?:anzeige|werbung|advertisement|sponsored)$/i,
];

/**
 * "Top-15", "meist-diskutiert", "Am meisten gelesen": the site's charts of other articles. Such a
 * heading is furniture only where it introduces links: a listicle's own "Top 10" is the article.
 */
export const CHART_HEADINGS: readonly RegExp[] = [
  /^(?:top[- ]?\d{1,2}|meist[- ]?(?:gelesen|diskutiert|kommentiert|geteilt|geklickt)e?|am meisten (?:gelesen|kommentiert|geteilt)|most (?:read|commented|shared))$/i,
];

/**
 * Short blocks that are furniture by their text alone: "Lesen Sie auch: …" link prompts, comment
 * and login prompts, read-time labels, share prompts, image credits outside any caption.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^(?:lesen sie (?:auch|mehr|hier)|lies (?:auch|hier)|auch interessant|mehr zum thema|zum thema|siehe auch|weiterlesen|weitere informationen unter|read (?:more|also)|see also|related)\s*[:>»]/i,
  /^(?:lea (?:también|más)|le puede interesar|vea también|leia também|lire aussi)\s*:?/i,
  /(?:kommentieren|kommentar schreiben)[^.]{0,40}(?:melde dich an|melden sie sich an|registrier|einloggen|anmelden)/i,
  /^(?:um (?:zu )?kommentieren|sie müssen (?:angemeldet|eingeloggt) sein|you must be logged in)/i,
  /^\d+\s*(?:min(?:\.|uten)?|minutes?)\s*(?:lesezeit|read|lesen)$/i,
  /^lesezeit:?\s*(?:ca\.\s*)?\d+\s*min/i,
  /^(?:diesen artikel|artikel|beitrag|seite) (?:teilen|drucken|merken|empfehlen)\b/i,
  /^(?:teilen|share) (?:auf|on|via|mit)\b/i,
  /^(?:titel|beitrags|vorschau|artikel|header)bild\s*:?$/i,
  /^(?:mehr|alle) (?:artikel|beiträge|nachrichten|meldungen) (?:von|aus|zu|zum)\b.{0,60}$/i,
  /^(?:zurück|back|nach oben|top|zur startseite|zur übersicht|weiter)$/i,
  /^(?:aktualisiert|veröffentlicht|erstellt|stand)(?: am)?:?\s*\d{1,2}\.\s*(?:\d{1,2}\.|[a-zäöü]+)/i,
  /^[-–—\s[(]*(?:anzeige|werbung|advertisement|publicidad|publicité)[-–—\s\])]*$/i,
  // A gallery's counter: "Foto 1 de 1", "Bild 3 / 12", "2 von 5" (a bare "4/5" may be a rating).
  /^(?:(?:foto|fotos|bild|bilder|photo|image|imagen|slide)\s+\d{1,3}\s*(?:\/|von|of|de|sur|di)|\d{1,3}\s+(?:von|of|de|sur|di))\s*\d{1,3}$/i,
  // What a script replaces once it has run: "Laden …", "Karte wird geladen - bitte warten …".
  /^(?:(?:\S+\s+)?wird geladen|laden|lädt|loading|cargando|chargement)\b[\s.…-]*(?:bitte warten[\s.…]*)?$/i,
  // A player's or browser's notice in place of the media: "Media playback is unsupported on your device".
  /^(?:media playback is unsupported on your device|your browser does not support\b.{0,40}|ihr browser (?:unterstützt|kann)\b.{0,50}\bnicht\b.{0,20})$/i,
  // Links back and on: "Zurück zum Inhaltsverzeichnis", "Weiterlesen", "Leer artículo completo".
  /^(?:zurück zu(?:m|r)? [^\s\d,.!?:;]+(?: [^\s\d,.!?:;]+){0,3}|weiterlesen|read more|continue reading|leer (?:el )?art[ií]culo completo|saber más|leia mais|lire la suite)\s*[.…»›>]*$/i,
  // Where a player was: "Ende des Videobeitrags", "Video abspielen".
  /^(?:ende des (?:video|audio)beitrags|(?:video|audio) abspielen)$/i,
  // Blog counters and page lists: "Schließe dich 37 Followern an", "37 views", "Pages: 1 2 3 4"
  // (not "Seiten: 367", a book's length).
  /^(?:schließe dich \d[\d.]* (?:anderen )?(?:followern|abonnenten) an|join \d[\d,]* other (?:followers|subscribers)|\d[\d.,]* (?:views|aufrufe)|(?:pages?|seiten?)\s*:?\s*\d{1,3}(?:\s+\d{1,3})+)$/i,
  // A comment form's note: "Die mit * markierten Felder sind Pflichtfelder", "Los campos marcados con * son obligatorios".
  /\b(?:mit \* (?:markierten|gekennzeichneten) felder|required fields are marked|campos marcados con \*)/i,
  // Navigation labels: "Sie sind hier:", "Zum Inhalt springen", "Skip to content", "Hauptinhalt".
  /^(?:sie sind hier|you are here|zum (?:haupt)?inhalt(?: springen)?|direkt zum inhalt|skip to (?:main )?content|hauptinhalt)\s*:?$/i,
  /^original-content von\b/i,
  /durch die (?:weitere )?nutzung (?:der|dieser|unserer) (?:seite|website|webseite)|(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|stimmen sie der (?:verwendung|nutzung) von cookies zu|this (?:site|website) uses cookies/i,
  /^(?:video|audio|beitrag) verfügbar bis\b/i,
  /^\(?alle angaben ohne gewähr\b/i,
  // The outlet's disclaimer under an opinion piece or community blog.
  /^(?:dieser|der) (?:beitrag|artikel|text|kommentar|gastbeitrag|blog(?:beitrag)?) gibt (?:ausschließlich )?die (?:meinung|ansicht|auffassung) (?:des|der) (?:autors|autorin|autor\*in|verfassers|verfasserin)\b|^the (?:views|opinions) expressed (?:in this (?:article|post|piece) )?are (?:solely )?(?:those of the author|the author'?s own)/i,
  /^quellen? (?:aus|ein)blenden$/i,
  /^(?:gefällt|gefallen) (?:dir|ihnen|euch) (?:unser|unsere|dieser|diese|der|die|das)\b.{0,60}\?$/i,
  /^anzeige\s*[,:(–-]\s*(?:enthält|mit)?\s*affiliate/i,
  /^(?:externer inhalt|empfohlener externer inhalt|inhalte von drittanbietern|wir respektieren (?:deine|ihre) privatsphäre)\b/i,
  /\b(?:please subscribe|subscribe now|jetzt abonnieren und weiterlesen|weiterlesen mit (?:\S+ )?(?:plus|abo))\b/i,
  /^(?:lea|mira|vea)\s*:/i,
  /^(?:druckversion|drucken|seite drucken|artikel drucken|druckansicht|print|print this (?:page|article)|alle meldungen|alle nachrichten|zur übersicht)$/i,
  // A toolbar printed as one line: "Druckansicht | Artikel versenden | Tippfehler melden".
  /^(?:(?:druckansicht|druckversion|drucken|artikel (?:drucken|versenden|teilen|merken)|versenden|tippfehler melden|fehler melden|teilen|merken|vorlesen|pdf|e-mail|print|share|email)\s*(?:[|•·/]\s*|$)){2,}$/i,
  /\bnewsletter\b.{0,160}\b(?:abonnieren|anmelden|bestellen|registrieren|subscribe|sign up)\b/i,
  // The same prompt with the verb first: "… o suscribirse aquí a nuestra newsletter", "Sign up for our newsletter".
  /\b(?:suscr[ií]b(?:irse|ete|ase)|subscribe to|sign up for|abonnieren sie|abonniere)\b.{0,60}\bnewsletter\b/i,
  // "Einfach hier klicken und für das digitale Heft registrieren!"
  /\b(?:hier klicken|klicken sie hier|klicke hier)\b.{0,80}\b(?:registrieren|anmelden|abonnieren|bestellen)\b/i,
  /^(?:folgen sie uns|folge uns|follow us)\b|\b(?:whatsapp|telegram)[- ]?kanal\b|unseren kanal (?:abonnieren|folgen)/i,
  // The outlet's own channel: "Mira lo que tiene nuestro canal de YouTube", "Unser YouTube-Kanal".
  /\bnuestro canal de (?:youtube|whatsapp|telegram)\b|\bunser(?:en)? (?:youtube|whatsapp|telegram)[- ]?kanal\b|\bour (?:youtube|whatsapp|telegram) channel\b/i,
  /\b(?:leserumfrage|nehmen sie an unserer umfrage teil)\b/i,
  /^(?:automatisch aktualisieren|ticker aktualisieren|aktualisieren|neue einträge|ältere einträge(?: laden)?|mehr laden|weitere einträge(?: laden)?|load more)$/i,
  /\bapp\b.{0,60}(?:herunterladen|downloaden|installieren|laden sie|download)/i,
  /^(?:get|download)\b.{0,80}\b(?:with|on|in|from) (?:the|our) .{0,40}\bapp\.?$/i,
  /^(?:jetzt|hier|gleich) (?:kostenlos |gratis )?(?:abonnieren|anmelden|registrieren|bestellen|testen|weiterlesen)\b/i,
];

/**
 * The opening of an appeal to readers for money or membership, printed after the article:
 * "Gefällt dir unser Magazin? …", "Unterstützen Sie unabhängigen Journalismus", "When you join,
 * you'll get unlimited digital access", "Apoya el periodismo …". Each names the reader's support,
 * membership or subscription, not a subject an article could be about.
 */
export const APPEAL_PHRASES: readonly RegExp[] = [
  /^(?:gefällt|gefallen) (?:dir|ihnen|euch) (?:unser|unsere|dieser|diese|dieses)\b.{0,60}\?/i,
  /\b(?:unterstütze|unterstützen sie|unterstützt) (?:uns|unser(?:e|en)? (?:arbeit|magazin|journalismus|redaktion|projekt)|(?:unabhängigen|kritischen|freien|guten|lokalen) journalismus)\b/i,
  /\b(?:brauchen|benötigen) wir (?:deine|ihre|eure) unterstützung\b/i,
  /\b(?:jetzt )?(?:mitglied|abonnent(?:in)?|fördermitglied|unterstützer(?:in)?) werden\b|\bwerden sie (?:mitglied|abonnent|unterstützer)\b/i,
  /\bsupport (?:our|independent|local|quality|nonprofit|our independent|our local) (?:journalism|reporting|newsroom)\b/i,
  /\bbecome a (?:member|subscriber|supporter|patron)\b|\balready a (?:subscriber|member)\b|\bunlimited (?:digital )?access\b/i,
  // `\b` sees no word boundary before an accented letter (it knows ASCII letters only): "únete" is bounded by space.
  /\b(?:apoya|apoye) (?:el|nuestro) periodismo\b|(?<!\S)únete a nuestra comunidad\b|\bhazte (?:socio|socia|miembro|suscriptor)\b/i,
  /\bsoutenez (?:notre|le|un) journalisme\b|\bsostieni (?:il nostro|il) giornalismo\b|\bapoie (?:o|nosso) jornalismo\b/i,
];
