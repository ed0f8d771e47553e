import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The test build (`npm run build:e2e`, PRESSCLIP_E2E=1): the production bundle, byte for byte,
 * plus access to http://127.0.0.1/* in its manifest, because automation cannot perform the
 * toolbar click that grants activeTab. It is written beside the production build
 * (.output/chrome-mv3-e2e) so the two can never be confused. An env flag rather than a Vite
 * mode: a mode other than "production" would change the bundle.
 */
const e2e = process.env.PRESSCLIP_E2E === '1';

/**
 * Asked for per site, at run time, only when the user chooses to download images into a
 * Markdown export (utils/image-assets.ts). Optional permissions show no install warning.
 */
const imageHosts = ['https://*/*', 'http://*/*'];

export default defineConfig({
  // Explicit imports keep the one-way data flow reviewable: nothing (least of all the content
  // script) can reach the database without an import line saying so.
  imports: false,
  ...(e2e && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    ...(e2e && { host_permissions: ['http://127.0.0.1/*'] }),
    // MV2 (Firefox) has no optional_host_permissions: origins go into optional_permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: imageHosts } : { optional_permissions: imageHosts }),
    action: { default_title: '__MSG_extName__' },
  }),
  vite: () => ({ plugins: [preact()] }),
});
