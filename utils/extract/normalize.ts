/**
 * Rewrites the page's own image and caption markup into one shape before Readability runs:
 * lazy-loaded images get their real `src`, and every captioned image becomes
 * `<figure><img><figcaption>caption (credit)</figcaption></figure>`, whether the CMS wrote a
 * WordPress `.wp-caption`, a Typo3 `.ce-gallery`, `itemprop=caption`, a schema.org
 * ImageObject or a div with "Bildunterschrift" and "Copyright" spans. Mutates the working copy only.
 * @module utils/extract/normalize
 */
import { byTag, closestMatch, compileSelectors, findAll, firstByTag, hasAnyWordIn, hasWordIn, nameWords, namesOf, shortTextOf, tagOf, textOf } from './dom';

/** An attribute value naming an image file, which Readability takes for an address (see namesAnAddress). */
const IMAGE_FILE = /\.(?:jpg|jpeg|png|webp)/i;
/** Attributes where lazy-loading scripts keep the real image address. */
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-full-src', 'data-hi-res-src', 'data-img-src', 'data-echo', 'data-srcset', 'data-lazy-srcset', 'srcset'];
/** Where a <picture>'s <source> names its address, or a script will. */
const SOURCE_SRC_ATTRS = ['srcset', 'data-srcset'];

/** Containers CMSs use instead of <figure>. */
const IS_FIGURE_CONTAINER = compileSelectors([
  '.wp-caption', '.wp-block-image:not(figure)', '[itemtype*="ImageObject"]:not(figure):not(img)', '.image-with-caption', '.ce-image',
  '.image-container', '.article-image', '.media-image',
]);
/** Selectors matched in the working copy, compiled or by tag name (see findAll in ./dom.ts). */
const IS_FIGURE = compileSelectors(['figure']);
const HAS_CLASS_OR_ITEMPROP = (el: Element) => el.hasAttribute('class') || el.hasAttribute('itemprop');
const CAPTION_HINT = /caption|bildunterschrift|bildtext|\bbu\b|legend|unterschrift|title|beschreibung|description|text/i;
/** A picture's text by its class: "image-subtitle", "bild-beschreibung", "main-image__title" (BEM). */
const PICTURE_TEXT = /^(?:main|lead|hero|top|article)?[-_]?(?:image|img|pic|bild|foto|photo|picture)(?:[-_]|__)?(?:subtitle|title|text|description|beschreibung|unterschrift|legende)$/i;
/** One-word credit class names: "fotocredit", "image_copyright", "bildnachweis". */
const CREDIT_WORD_LIKE = /^(?:foto|photo|bild|image|img|media)[-_]?(?:credits?|copyright|nachweis|quelle)$/i;
/** Class/id words of caption and credit elements. */
const CAPTION_WORDS = new Set(['caption', 'captions', 'figcaption', 'bildunterschrift', 'bildtext', 'bu', 'legend', 'legende', 'unterschrift', 'imagecaption']);
/** A credit text that already says what it is: "Foto: …", "© …", "Quelle: …". */
const CREDIT_LABELLED = /^[([]?\s*(?:foto|fotos|bild|bilder|photo|quelle|bildquelle|©|\(c\)|copyright|credit|grafik|illustration|archivfoto|symbolfoto)/i;
/** A text that is a credit by its own words: "© …", "Foto: …", "Photo by …" (not "Bild 1 von 10"). */
const CREDIT_STATED = /^[([]?\s*(?:©|\(c\)|copyright\b|(?:fotos?|bilder?|photos?|bildquelle|quelle|credit|archivfoto|symbolfoto)\s*:|photo by\b|foto von\b)/i;
/** The credit words that name a picture's credit outside any figure. */
const PHOTO_CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'bildnachweis', 'bildquelle', 'fotograf', 'photographer', 'urheber']);
/** Inside a figure also "quelle", "source" and "author", which outside it may be the text's. */
const CREDIT_WORDS = new Set([...PHOTO_CREDIT_WORDS, 'quelle', 'source', 'author']);
/** Microdata properties of a picture's credit (itemprop holds a list: "copyrightHolder provider"). */
const CREDIT_ITEMPROPS: ReadonlySet<string> = new Set(['copyrightHolder', 'creditText', 'author', 'copyrightNotice']);
/** A cheap first test of class and id names before they are split into words. */
const CREDIT_HINT = /credit|copyright|nachweis|quelle|fotograf|photographer|urheber/i;

/**
 * Gives lazy-loaded images their real address (the placeholder `src` is a 1×1 GIF or missing),
 * and removes an image that names no address at all. Readability removes those too, but only
 * after the figures are found: until then the empty twin a script fills in ("blur-up": a small
 * preview, then the full picture in a second <img>) makes one picture look like two, and its
 * caption is left in the text.
 */
export function fixLazyImages(root: Element): void {
  for (const img of byTag(root, 'img')) {
    const src = img.getAttribute('src') ?? '';
    if (src && !isPlaceholder(src)) continue;
    // Where a lazy-loading script keeps it, else in the <source> of its <picture>.
    const url = addressIn(img, LAZY_SRC_ATTRS) ?? pictureSourceAddress(img);
    if (url) img.setAttribute('src', url);
    if (!namesAnAddress(img)) img.remove();
  }
}

/**
 * The address of a <picture> whose <img> is only the fallback: the browser shows a <source>
 * and the <img> names nothing itself. The first source is the one a wide screen gets.
 */
function pictureSourceAddress(img: Element): string | undefined {
  const picture = img.parentElement;
  if (!picture || tagOf(picture) !== 'PICTURE') return undefined;
  for (const source of byTag(picture, 'source')) {
    const url = addressIn(source, SOURCE_SRC_ATTRS);
    if (url) return url;
  }
  return undefined;
}

/** The first real address in `attrs` of `el`; of a srcset, its largest candidate. */
function addressIn(el: Element, attrs: readonly string[]): string | undefined {
  for (const attr of attrs) {
    const value = el.getAttribute(attr);
    const url = value && (attr.endsWith('srcset') ? largestFromSrcset(value) : value.trim());
    if (url && !isPlaceholder(url)) return url;
  }
  return undefined;
}

/**
 * A caption by microdata: itemprop="caption", also in a list ("caption image"). Not when it is
 * the item's description too: that is a slide's text in a slideshow, the article itself.
 */
function isItemCaption(el: Element): boolean {
  const prop = el.getAttribute('itemprop');
  return hasWordIn(prop, 'caption') && !hasWordIn(prop, 'description');
}

/** Readability's test of an image it keeps: an address attribute, or any value naming an image file. */
function namesAnAddress(img: Element): boolean {
  for (const attr of Array.from(img.attributes)) {
    if (attr.name === 'src' || attr.name === 'srcset' || attr.name === 'data-src' || attr.name === 'data-srcset') return true;
    if (IMAGE_FILE.test(attr.value)) return true;
  }
  return false;
}

function isPlaceholder(src: string): boolean {
  return /^data:|^about:|blank\.gif|spacer\.gif|placeholder|lazy[-_]?load|transparent\.(?:gif|png)|1x1\.|pixel\.gif/i.test(src.trim());
}

function largestFromSrcset(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = descriptor ? parseFloat(descriptor) || 1 : 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url;
}

/**
 * Turns CMS caption markup into figure/figcaption, and merges a separate credit element into
 * the caption as "(Foto: …)" so the two stay together through Readability and sanitizing.
 */
export function normalizeFigures(root: Element, doc: Document): void {
  for (const container of findAll(root, IS_FIGURE_CONTAINER)) {
    if (container.getElementsByTagName('img').length === 1 && !closestMatch(container, IS_FIGURE) && shortTextOf(container, 599) !== null) replaceTag(container, 'figure', doc);
  }
  // Caption elements by class/id or itemprop, next to exactly one image.
  for (const el of findAll(root, (e) => e.hasAttributes() && (CAPTION_HINT.test(namesOf(e)) || isItemCaption(e)))) {
    if (tagOf(el) === 'FIGCAPTION' || tagOf(el) === 'IMG' || tagOf(el) === 'FIGURE') continue;
    const isCaption =
      isItemCaption(el) ||
      hasWord(el, CAPTION_WORDS) ||
      hasWordLike(el, /^(?:img|image|bild|foto|photo|media)?caption$/) ||
      // "image-subtitle", "bild-beschreibung", "photo-text": a picture's text.
      (el.getAttribute('class') ?? '').split(/\s+/).some((token) => PICTURE_TEXT.test(token));
    if (!isCaption || !shortTextOf(el, 600)) continue;
    const figure = closestMatch(el, IS_FIGURE) ?? figureAround(el, doc) ?? figureBefore(el, doc);
    if (figure && !firstByTag(figure, 'figcaption') && !firstByTag(el, 'img')) replaceTag(el, 'figcaption', doc);
  }
  // A photo credit beside one picture that has no caption element: the picture becomes a figure
  // so the credit stays with it (below) instead of running into the text.
  for (const el of findAll(root, (e) => e.hasAttributes() && CREDIT_HINT.test(namesOf(e)) && isNamedPhotoCredit(e))) {
    if (!closestMatch(el, IS_FIGURE) && !firstByTag(el, 'img') && shortTextOf(el, 150)) figureAround(el, doc);
  }
  // Pictures whose caption has no markup of its own but ends with a credit.
  for (const img of byTag(root, 'img')) {
    if (!closestMatch(img, IS_FIGURE)) captionAfterPicture(img, doc);
  }
  // Credits printed apart from the caption: fold them into the caption.
  for (const figure of byTag(root, 'figure')) mergeCredits(figure, doc);
  keepGalleries(root, doc);
}

/**
 * Readability renames the blocks it appends beside its main candidate to <div>, figures among
 * them. A figcaption only belongs in a figure: a block holding one picture and a figcaption of
 * its own is a figure again.
 */
export function restoreFigures(root: Element, doc: Document): void {
  for (const caption of byTag(root, 'figcaption')) {
    const block = caption.parentElement;
    // Only a block of picture and caption: a wider one keeps its text as running text.
    if (block && tagOf(block) === 'DIV' && block.getElementsByTagName('img').length === 1 && textOf(block).length <= textOf(caption).length + 2) replaceTag(block, 'figure', doc);
  }
}

/**
 * A gallery (a container of several captioned pictures and little else) is content. Readability
 * removes image-heavy divs and lists as clutter; as a <section> it keeps them.
 */
function keepGalleries(root: Element, doc: Document): void {
  // Candidates are the ancestors (up to three levels) of captioned figures, not every div.
  const counts = new Map<Element, number>();
  for (const figure of byTag(root, 'figure')) {
    if (!firstByTag(figure, 'figcaption')) continue;
    let cur = figure.parentElement;
    for (let depth = 0; cur && cur !== root && depth < 3; depth++, cur = cur.parentElement) counts.set(cur, (counts.get(cur) ?? 0) + 1);
  }
  for (const [container, count] of counts) {
    if (count < 2 || !/^(?:DIV|UL|OL)$/.test(tagOf(container)) || !root.contains(container)) continue;
    const figures = byTag(container, 'figure').filter((f) => firstByTag(f, 'figcaption'));
    const captionText = figures.reduce((sum, f) => sum + textOf(f).length, 0);
    if (textOf(container).length - captionText > 200) continue;
    const tag = tagOf(container);
    if (tag === 'UL' || tag === 'OL') for (const item of Array.from(container.children)) if (tagOf(item) === 'LI') replaceTag(item, 'div', doc);
    replaceTag(container, 'section', doc);
  }
}

/** The nearest ancestor (up to three levels) that holds exactly one image and little else. */
function figureAround(el: Element, doc: Document): Element | null {
  let cur = el.parentElement;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const images = cur.getElementsByTagName('img').length;
    if (images > 1) return null;
    if (images === 1) {
      if (textOf(cur).length > textOf(el).length + 300 || /^(?:BODY|MAIN|ARTICLE)$/.test(tagOf(cur))) return null;
      return tagOf(cur) === 'FIGURE' ? cur : replaceTag(cur, 'figure', doc);
    }
  }
  return null;
}

/**
 * A picture printed right before its caption, as a sibling ("<div class=img-inline><a><img></a></div>
 * <p class=imagedescription>…</p>"): both go into a new figure. The picture's block must hold
 * that one image and no text of its own.
 */
function figureBefore(el: Element, doc: Document): Element | null {
  const picture = el.previousElementSibling;
  if (!picture || closestMatch(picture, IS_FIGURE)) return null;
  const isImage = tagOf(picture) === 'IMG';
  if (!isImage && (picture.getElementsByTagName('img').length !== 1 || textOf(picture).length > 0)) return null;
  const figure = doc.createElement('figure');
  picture.before(figure);
  figure.append(picture, el);
  return figure;
}

function mergeCredits(figure: Element, doc: Document): void {
  const declared = declaredCredit(figure);
  const credits = findAll(figure, HAS_CLASS_OR_ITEMPROP).filter((el) => {
    const text = textOf(el);
    if (text.length === 0 || text.length > 150 || firstByTag(el, 'img')) return false;
    return (
      hasWord(el, CREDIT_WORDS) ||
      hasWordLike(el, CREDIT_WORD_LIKE) ||
      hasAnyWordIn(el.getAttribute('itemprop') ?? '', CREDIT_ITEMPROPS) ||
      // The credit the picture declares, printed again as loose text in the figure.
      text === declared ||
      // A block in the figure that says it is a credit: "© Anna Beispiel", "Foto: dpa".
      (tagOf(el) !== 'FIGCAPTION' && CREDIT_STATED.test(text))
    );
  });
  let caption = firstByTag(figure, 'figcaption');
  if (credits.length === 0) {
    // A credit only the picture's attributes carry goes with the caption shown for it.
    if (declared && caption && !textOf(caption).includes(declared)) caption.appendChild(doc.createTextNode(` (${asCredit(declared)})`));
    return;
  }
  caption ??= captionAround(credits[0]!, figure, doc);
  // A credit inside the caption without a label ("… Programm. <span class=credit>Max Wolters</span>")
  // gets one, so the credit stays recognisable as such once the markup is gone.
  for (const credit of credits) {
    if (caption?.contains(credit) && !CREDIT_LABELLED.test(textOf(credit))) credit.textContent = `Foto: ${textOf(credit)}`;
  }
  const outside = credits.filter((credit) => !caption?.contains(credit) && !credits.some((other) => other !== credit && other.contains(credit)));
  if (outside.length === 0) return;
  if (!caption) {
    caption = doc.createElement('figcaption');
    figure.appendChild(caption);
  }
  for (const credit of outside) {
    const text = textOf(credit);
    if (!textOf(caption).includes(text)) {
      caption.appendChild(doc.createTextNode(` (${asCredit(text)})`));
    }
    credit.remove();
  }
}

/** A caption without markup ends with its credit: "… daily briefings. Photo: Jonathan Nackstrand/AFP". */
const ENDS_WITH_CREDIT = /(?<![\p{L}\d])(?:(?:fotos?|bilder?|photos?|credit|bildquelle)\s*:|©)\s*\S[^:]{0,100}$/iu;
/** Pictures smaller than this (by their width or height attribute) are icons, not photos with captions. */
const ICON_PIXELS = 80;
/** Most text a caption can have, marked up or not; more is running text around the picture. */
const CAPTION_MAX_CHARS = 400;

/**
 * A picture followed, in the same small block, by a short text that ends with a credit
 * ("<p><img><br><i>… briefings. Photo: …</i></p>", "<div><img><div><p>…<br>Foto: …</p></div></div>"):
 * the block becomes a figure and the text after the picture its caption. The picture must come
 * first and be the block's only one.
 */
function captionAfterPicture(img: Element, doc: Document): void {
  if (['width', 'height'].some((side) => Number(img.getAttribute(side) || Infinity) < ICON_PIXELS)) return;
  let picture: Element = img;
  for (let depth = 0; depth < 3; depth++) {
    const block = picture.parentElement;
    if (!block || /^(?:BODY|MAIN|ARTICLE|SECTION|FIGURE)$/.test(tagOf(block)) || block.getElementsByTagName('img').length !== 1) return;
    // Read no further than a caption's length: the block may be the whole article.
    const text = shortTextOf(block, CAPTION_MAX_CHARS);
    if (text === '') {
      picture = block;
      continue;
    }
    if (text === null || !ENDS_WITH_CREDIT.test(text) || hasTextBefore(picture, block)) return;
    const figure = replaceTag(block, 'figure', doc);
    const caption = doc.createElement('figcaption');
    while (picture.nextSibling) caption.appendChild(picture.nextSibling);
    figure.appendChild(caption);
    return;
  }
}

/** True when `block` shows text before its child `picture`. */
function hasTextBefore(picture: Element, block: Element): boolean {
  for (let node = block.firstChild; node && node !== picture; node = node.nextSibling) {
    if ((node.textContent ?? '').trim()) return true;
  }
  return false;
}

/**
 * The block around a credit that holds the caption text beside it ("<div class=attribution>Love
 * thine enemy. <span class=credit>Photo: …</span></div>"): it becomes the figcaption. A block
 * that holds only the credit is none.
 */
function captionAround(credit: Element, figure: Element, doc: Document): Element | null {
  const block = credit.parentElement;
  if (!block || block === figure || firstByTag(block, 'img')) return null;
  const text = textOf(block);
  if (text === textOf(credit) || text.length > CAPTION_MAX_CHARS) return null;
  return replaceTag(block, 'figcaption', doc);
}

/** "Max Muster" → "Foto: Max Muster"; a credit that names itself ("© dpa", "(Foto: …)") keeps its words. */
function asCredit(text: string): string {
  const labelled = CREDIT_LABELLED.test(text) ? text : `Foto: ${text}`;
  return labelled.replace(/^\((.*)\)$/, '$1');
}

/** Attributes in which CMSs keep a picture's credit: `<img data-credit="Anna Beispiel/Agentur">`. */
const CREDIT_ATTRIBUTES = ['data-credit', 'data-copyright', 'data-photographer', 'data-image-credit'];

/** The credit the figure's one picture declares in its attributes, if any. */
function declaredCredit(figure: Element): string | undefined {
  const images = byTag(figure, 'img');
  if (images.length !== 1) return undefined;
  for (const attr of CREDIT_ATTRIBUTES) {
    const value = images[0]!.getAttribute(attr)?.replace(/\s+/g, ' ').trim();
    if (value && value.length >= 2 && value.length <= 150 && !/^(?:https?:|\/|data:)/i.test(value)) return value;
  }
  return undefined;
}

/** True when `el` is named like a picture's caption or photo credit ("caption", "bildnachweis", "fotocredit"). */
export function isNamedPictureText(el: Element): boolean {
  return hasWord(el, CAPTION_WORDS) || isNamedPhotoCredit(el);
}

/** True when `el` is named like a photo credit: "credit", "copyright", "fotocredit", "bildnachweis". */
function isNamedPhotoCredit(el: Element): boolean {
  return hasWord(el, PHOTO_CREDIT_WORDS) || hasWordLike(el, CREDIT_WORD_LIKE);
}

function hasWordLike(el: Element, pattern: RegExp): boolean {
  const names = namesOf(el);
  return names !== '' && nameWords(names).some((w) => pattern.test(w));
}

function hasWord(el: Element, words: ReadonlySet<string>): boolean {
  const names = namesOf(el);
  return names !== '' && nameWords(names).some((w) => words.has(w));
}

function replaceTag(el: Element, tag: string, doc: Document): Element {
  const replacement = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === 'class' || attr.name === 'id') replacement.setAttribute(attr.name, attr.value);
  }
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
  return replacement;
}

