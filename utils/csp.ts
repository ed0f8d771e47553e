/**
 * The Content-Security-Policy of the extension's own pages (popup, library, offscreen
 * sanitizer), written into the manifest by wxt.config.ts and checked in every store package by
 * scripts/check-packages.ts. Pure data.
 *
 * Clipped HTML is sanitized before it is stored and again before it is shown, and shown only in
 * a sandboxed frame (components/ClipFrame.tsx). This policy is the layer under those: if all of
 * them failed, a page's markup still could not run script, embed plugins, redirect links through
 * a `<base>`, submit forms or frame the extension.
 * @module utils/csp
 */

/** Each directive with why it is as it is. Order is the order written into the manifest. */
const DIRECTIVES: readonly (readonly [directive: string, value: string])[] = [
  // Only the extension's own bundled files; no inline script, no eval, no remote code.
  ['script-src', "'self'"],
  ['object-src', "'none'"],
  // A clipped <base href> must never re-point the pages' relative addresses.
  ['base-uri', "'none'"],
  // No page submits a form anywhere (every <form> is handled in script and prevented).
  ['form-action', "'none'"],
  // No web page may frame the popup or the library (clickjacking of Delete or Restore).
  ['frame-ancestors', "'none'"],
  // Article images load from the outlets, but only where the reader asked for them: the article
  // frame and the press review carry their own stricter policy (img-src data: only) until the
  // reader ticks "Show images", and the sandboxed frame inherits this one, so it must allow them.
  ['img-src', "'self' data: https: http:"],
  // "Download the images into the ZIP" fetches them from the image hosts (with the optional host
  // permission the reader grants for those hosts); nothing else goes out.
  ['connect-src', "'self' https: http:"],
  ['media-src', "'none'"],
  ['font-src', "'self'"],
  // The ZIP writer's worker is a bundled file.
  ['worker-src', "'self'"],
];

export const EXTENSION_PAGES_CSP: string = DIRECTIVES.map(([directive, value]) => `${directive} ${value}`).join('; ');
