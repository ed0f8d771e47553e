/**
 * What a page or script of the built extension loads, and how big it is: the benchmark's bundle
 * section (`npm run bench -- --only bundle`) and the package checks of `npm run zip` read it.
 * Sizes are deterministic for a build, so unlike timings they can be enforced.
 *
 * A group starts at an entry file of the build (an HTML page or a script) and follows the
 * references inside the built files: `src`/`href` in HTML; in scripts, static and dynamic
 * imports (`./chunk.js`), the bundler's preload lists and worker URLs (`chunks/…`, `/assets/…`).
 * `first-paint` stops at what the HTML page itself loads (its module script, the module
 * preloads and the style sheets: all of it arrives before the page's code runs); `all` follows
 * every reference, transitively, minus the chunks named in `except` and what only they load.
 * @module scripts/lib/bundle-sizes
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleGroup {
  /** Path inside the build, e.g. "popup.html" or "extract.js". */
  entry: string;
  load: 'first-paint' | 'all';
  /** Chunk names (the part before the hash, e.g. "sanitize") left out with what only they load. */
  except?: readonly string[];
}

export interface BundleSize {
  /** Paths inside the build, in the order found. */
  files: string[];
  raw: number;
  /** Sum of each file gzipped at level 9: about what the file adds to a package. */
  gzip: number;
}

const HTML_REFERENCE = /\s(?:src|href)="\/?([^"?#]+\.(?:js|css))"/g;
/**
 * Root-relative references: preload lists ("chunks/x.js") and worker URLs ("/assets/x.js").
 * Not the capture script (/extract.js): a page names the content script to inject it into a tab, not to load it.
 */
const ROOT_REFERENCE = /["'`]\/?((?:chunks|assets)\/[\w.-]+\.(?:js|css))["'`]/g;
/** Relative imports between chunks: from "./x.js", import("./x.js"). */
const RELATIVE_REFERENCE = /["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g;

/** The files a group loads, in a build directory. Throws if the entry or a referenced file is missing. */
export function bundleFiles(buildDir: string, group: BundleGroup): string[] {
  const read = (file: string) => {
    const path = join(buildDir, file);
    if (!existsSync(path)) throw new Error(`${file} is not in the build at ${buildDir} (referenced from the ${group.entry} group)`);
    return readFileSync(path, 'utf8');
  };
  const excluded = (file: string) => (group.except ?? []).some((name) => posix.basename(file).startsWith(`${name}-`) || posix.basename(file) === `${name}.js`);
  const found = [group.entry];
  const queue: string[] = [];
  const add = (file: string) => {
    if (found.includes(file) || excluded(file)) return;
    found.push(file);
    queue.push(file);
  };
  if (group.entry.endsWith('.html')) {
    for (const [, file] of read(group.entry).matchAll(HTML_REFERENCE)) add(file!);
    if (group.load === 'first-paint') return found;
  } else {
    queue.push(group.entry);
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.endsWith('.js')) continue;
    const code = read(file);
    for (const [, path] of code.matchAll(ROOT_REFERENCE)) add(path!);
    for (const [, name] of code.matchAll(RELATIVE_REFERENCE)) add(posix.join(posix.dirname(file), name!));
  }
  return found;
}

/** Raw and gzip size of a group. */
export function bundleSize(buildDir: string, group: BundleGroup): BundleSize {
  const files = bundleFiles(buildDir, group);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(buildDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
