/**
 * What regional news sites wrap around an article, as data: CSS selectors of blocks that are
 * never part of the article text. Removed from the clone before Readability scores it, so a
 * comment form or an author box can neither win as the main candidate nor trail the body.
 * @module utils/extract/boilerplate
 */

export const BOILERPLATE_SELECTORS: readonly string[] = [
  // Comments: WordPress (#respond, #comments, .comment-respond), Disqus and generic lists.
  '#comments', '#respond', '.comment-respond', '.comments-area', '.comment-list', '#disqus_thread',
  // Author boxes below the article ("Veröffentlicht von …" with bio and contact).
  '.author-box', '.author-bio', '.about-author', '.saboxplugin-wrap', '.post-author-box',
  // Share and print bars.
  '.sharedaddy', '.share-buttons', '.social-share', '.shariff',
  // Site chrome.
  'nav', '[role="navigation"]', '.breadcrumb', '.breadcrumbs',
  // Forms of any kind (newsletter, search, login) are not article text.
  'form',
];

/** Removes the boilerplate blocks from `root` (a clone: this mutates). */
export function removeBoilerplate(root: ParentNode): void {
  for (const el of root.querySelectorAll(BOILERPLATE_SELECTORS.join(','))) el.remove();
}
