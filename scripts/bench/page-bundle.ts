/**
 * Bundles a TypeScript module into one script for `page.evaluate` in an extension page, so a
 * benchmark runs the app's own repository code (utils/clippings, utils/db) inside real Chromium
 * against the extension's own IndexedDB. The extension's CSP forbids injecting <script> tags;
 * evaluation through the DevTools protocol is not subject to it.
 *
 * The bundle assigns the module's exports to `globalThis[globalName]`.
 * @module scripts/bench/page-bundle
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

export async function bundleForPage(entry: string, globalName: string, options: { minify?: boolean } = {}): Promise<string> {
  const root = resolve('.');
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: options.minify ?? false,
      target: 'chrome120',
      lib: { entry: resolve(entry), formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${entry} produced no script`);
  // A top-level `var` would be local to the evaluated function: publish the exports explicitly.
  return `${chunk.code}\n;globalThis[${JSON.stringify(globalName)}] = ${globalName};`;
}
