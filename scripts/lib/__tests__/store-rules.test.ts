import { describe, expect, it } from 'vitest';
import { browserSpecificManifest } from '../../../utils/browser-env';
import { EXTENSION_PAGES_CSP } from '../../../utils/csp';
import { captureScriptProblems, manifestProblems, sourcesProblems } from '../store-rules';

const base = {
  manifest_version: 3,
  permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  content_scripts: [],
  content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
};
const firefox = { ...base, ...browserSpecificManifest('firefox') };

describe('manifestProblems', () => {
  it('should accept the production manifests', () => {
    expect(manifestProblems(base, 'chrome')).toEqual([]);
    expect(manifestProblems(firefox, 'firefox')).toEqual([]);
  });

  it.each([
    ['the test build', { host_permissions: ['http://127.0.0.1/*'] }, /host access: http:\/\/127\.0\.0\.1/],
    ['an MV2 host permission', { permissions: [...base.permissions, '<all_urls>'] }, /host access: <all_urls>/],
    ['optional host access not declared for run-time requests', { optional_host_permissions: ['<all_urls>', 'file:///*'] }, /optional host access beyond .*: <all_urls>, file:\/\/\/\*/],
    ['a static content script', { content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] }, /static content script/],
    ['Manifest V2', { manifest_version: 2 }, /manifest_version is 2/],
    ['the browsers\' default Content-Security-Policy', { content_security_policy: undefined }, /Content-Security-Policy is undefined/],
    ['a loosened Content-Security-Policy', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } }, /Content-Security-Policy is .*unsafe-eval/],
  ])('should refuse %s', (_, change, expected) => {
    expect(manifestProblems({ ...base, ...change }, 'chrome').join('\n')).toMatch(expected);
    expect(manifestProblems({ ...firefox, ...change }, 'firefox').join('\n')).toMatch(expected);
  });

  it('should refuse Firefox keys in the Chrome package', () => {
    expect(manifestProblems(firefox, 'chrome')).toEqual(['carries browser_specific_settings, which only Firefox reads']);
  });

  it('should require the add-on id and "no data collected" in the Firefox package', () => {
    const problems = manifestProblems(base, 'firefox').join('\n');

    expect(problems).toMatch(/gecko id is undefined/);
    expect(problems).toMatch(/strict_min_version is undefined/);
    expect(problems).toMatch(/data_collection_permissions.required is undefined/);
  });
});

describe('sourcesProblems', () => {
  const sources = [
    'README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/background.ts',
    'utils/db.ts', 'components/TagInput.tsx', 'public/_locales/en/messages.json',
  ];

  it('should accept what builds the add-on', () => {
    expect(sourcesProblems(sources)).toEqual([]);
  });

  it('should name what is missing', () => {
    expect(sourcesProblems(sources.filter((p) => p !== 'package-lock.json' && !p.startsWith('utils/')))).toEqual(['lacks package-lock.json', 'lacks utils/']);
  });

  it.each([
    ['node_modules/dexie/package.json', 'installed dependencies'],
    ['.output/firefox-mv3/manifest.json', 'build output'],
    ['.wxt/tsconfig.json', 'generated types'],
    ['.env.local', 'environment files'],
    ['utils/__tests__/db-upgrade.test.ts', 'tests'],
    ['tests/e2e/clip.e2e.test.ts', 'tests'],
    ['demo-output/Inbox.md', 'generated demo or benchmark output'],
  ])('should refuse %s', (path, what) => {
    expect(sourcesProblems([...sources, path])).toEqual([`contains ${what}: ${path}`]);
  });
});

describe('captureScriptProblems', () => {
  it('should accept a script that only reads the page and returns', () => {
    expect(captureScriptProblems('(function(){var d=document.cloneNode(!0);return{title:document.title,body:d.body.textContent}})()')).toEqual([]);
  });

  it.each([
    ['a message listener', 'window.addEventListener("message",e=>run(e.data))', /listens for events/],
    ['an onmessage handler', 'self.onmessage=e=>run(e.data)', /listens for messages/],
    ['a runtime listener', 'chrome.runtime.onMessage.addListener(f)', /listens for messages/],
    ['a message to the page', 'window.postMessage({ready:!0},"*")', /sends messages/],
    ['a message to the extension', 'chrome.runtime.sendMessage({type:"x"})', /sends messages/],
  ])('should refuse %s', (_, code, expected) => {
    expect(captureScriptProblems(code).join('\n')).toMatch(expected);
  });
});
