/**
 * What a store package must and must not contain, as pure checks over its manifest and file
 * list, for scripts/check-packages.ts. Each returns the problems found (empty: fine).
 */
import { FIREFOX_MIN_VERSION, GECKO_ID } from '../../utils/browser-env';
import { EXTENSION_PAGES_CSP } from '../../utils/csp';
import { OPTIONAL_HOST_PERMISSIONS } from '../../utils/optional-permissions';

export type StoreTarget = 'chrome' | 'firefox';

interface Manifest {
  manifest_version?: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

/**
 * Least privilege (README, "Permissions"): no host access at install and no content script on
 * every page, so the test build (which may script http://127.0.0.1/*) can never be packaged by
 * mistake; optional host access only as declared in utils/optional-permissions.ts; the Firefox
 * keys in the Firefox package only.
 */
export function manifestProblems(manifest: Manifest, target: StoreTarget): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${manifest.manifest_version}, not 3`);
  const hostAccess = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes(':') || p === '<all_urls>')];
  if (hostAccess.length) problems.push(`asks for host access: ${hostAccess.join(', ')}`);
  const undeclared = (manifest.optional_host_permissions ?? []).filter((p) => !OPTIONAL_HOST_PERMISSIONS.includes(p));
  if (undeclared.length) problems.push(`asks for optional host access beyond utils/optional-permissions.ts: ${undeclared.join(', ')}`);
  if (manifest.content_scripts?.length) problems.push(`declares ${manifest.content_scripts.length} static content script(s)`);
  const csp = manifest.content_security_policy?.extension_pages;
  if (csp !== EXTENSION_PAGES_CSP) problems.push(`extension pages' Content-Security-Policy is ${JSON.stringify(csp)}, not the one in utils/csp.ts`);
  const gecko = manifest.browser_specific_settings?.gecko;
  if (target === 'chrome') {
    if (manifest.browser_specific_settings) problems.push('carries browser_specific_settings, which only Firefox reads');
    return problems;
  }
  if (gecko?.id !== GECKO_ID) problems.push(`gecko id is ${gecko?.id}, not ${GECKO_ID}: Firefox would treat it as another add-on`);
  if (gecko?.strict_min_version !== FIREFOX_MIN_VERSION) problems.push(`strict_min_version is ${gecko?.strict_min_version}, not ${FIREFOX_MIN_VERSION}`);
  const collected = gecko?.data_collection_permissions?.required;
  if (collected?.length !== 1 || collected[0] !== 'none') problems.push(`data_collection_permissions.required is ${JSON.stringify(collected)}, not ["none"]`);
  return problems;
}

/** Files the sources archive needs, so that `npm ci && npm run build:firefox` builds the add-on. */
const SOURCES_REQUIRED = ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/', 'utils/', 'components/', 'public/'];

/** What must not travel: installed, generated, private or test-only files. */
const SOURCES_FORBIDDEN: [RegExp, string][] = [
  [/(^|\/)node_modules\//, 'installed dependencies'],
  [/^\.output\//, 'build output'],
  [/^\.wxt\//, 'generated types'],
  [/^\.git\//, 'git history'],
  [/(^|\/)\.env/, 'environment files'],
  [/(^|\/)__tests__\/|\.test\.tsx?$|^tests\//, 'tests'],
  [/^(demo-output|bench-output)\//, 'generated demo or benchmark output'],
];

/** Checks the file list of the sources archive (paths relative to its root, `/`-separated). */
export function sourcesProblems(paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const required of SOURCES_REQUIRED) {
    const present = required.endsWith('/') ? paths.some((p) => p.startsWith(required)) : paths.includes(required);
    if (!present) problems.push(`lacks ${required}`);
  }
  for (const [pattern, what] of SOURCES_FORBIDDEN) {
    const found = paths.filter((p) => pattern.test(p));
    if (found.length) problems.push(`contains ${what}: ${found.slice(0, 3).join(', ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`);
  }
  return problems;
}

/**
 * The capture script (extract.js) runs inside the news page, where the page can post messages
 * and fire events at it (the hole of a well-known clipper: page `postMessage` steering its
 * content script). It must listen to nothing and talk to nothing: it returns its result to
 * `executeScript` and ends. Checked on the bundled code, whatever a library might add. (Whether
 * it changes the page is not visible here: Readability builds on a detached copy.)
 */
export function captureScriptProblems(code: string): string[] {
  const forbidden: [string, RegExp][] = [
    ['listens for events', /\baddEventListener\s*\(/],
    ['listens for messages', /\bonmessage\b|\bonMessage\b|\bonConnect\b/],
    ['sends messages', /\bpostMessage\s*\(|\bsendMessage\s*\(|\bconnect\s*\(\s*\{/],
  ];
  return forbidden.filter(([, pattern]) => pattern.test(code)).map(([what]) => `capture script ${what}`);
}
