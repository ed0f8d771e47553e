import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { browserSpecificManifest } from './utils/browser-env';
import { EXTENSION_PAGES_CSP } from './utils/csp';
import { OPTIONAL_HOST_PERMISSIONS } from './utils/optional-permissions';
import { QUICK_SAVE_COMMAND, SHORTCUT_KEYS } from './utils/shortcuts';

/**
 * The test build (`npm run build:e2e`, PRESSCLIP_E2E=1): the production bundle, byte for byte,
 * plus access to http://127.0.0.1/* (and, in Chromium, local files) in its manifest, because
 * automation cannot perform the toolbar click that grants activeTab. It is written beside the production build
 * (.output/chrome-mv3-e2e, .output/firefox-mv3-e2e) so the two can never be confused. An env flag rather than a Vite
 * mode: a mode other than "production" would change the bundle.
 */
const e2e = process.env.PRESSCLIP_E2E === '1';

export default defineConfig({
  // Explicit imports keep the one-way data flow reviewable: nothing (least of all the content
  // script) can reach the database without an import line saying so.
  imports: false,
  ...(e2e && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' }),
  // Firefox too (WXT would default it to MV2): see README, "Firefox".
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Clip selection to Pressclip"; its click grants activeTab like the toolbar button.
    // offscreen (Chrome): a DOM for the service worker to sanitize its own saves in; Firefox's
    // background is a page and has one (utils/background-sanitizer.ts). No install warning.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Chromium's test build may also read local files: a clip of a saved page is tested end to end.
    ...(e2e && { host_permissions: ['http://127.0.0.1/*', ...(browser === 'firefox' ? [] : ['file:///*'])] }),
    // Image sites, asked for per site only when an export downloads images: no install warning.
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    // Stricter than the browsers' default for extension pages: see utils/csp.ts.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    // A shortcut also grants activeTab. Keys are explained in utils/shortcuts.ts and the README.
    commands: {
      _execute_action: { suggested_key: SHORTCUT_KEYS.openPopup, description: '__MSG_commandOpenPopup__' },
      [QUICK_SAVE_COMMAND]: { suggested_key: SHORTCUT_KEYS.quickSave, description: '__MSG_commandQuickSave__' },
    },
    ...browserSpecificManifest(browser),
  }),
  zip: {
    // The sources archive AMO asks for holds what builds the add-on (README, "Store packages"):
    // WXT already leaves out node_modules, dotfiles, __tests__ and .output; tests, the demo and
    // test tooling stay out too.
    excludeSources: ['tests/**', 'scripts/**', 'demo/**', 'demo-output/**', 'bench-output/**', '**/__fixtures__/**', 'vitest.*', 'eslint.config.js'],
  },
  vite: () => ({ plugins: [preact()] }),
});
