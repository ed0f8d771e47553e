/**
 * Section "bundle" of `npm run bench`: the size of what each part of the production build
 * (.output/chrome-mv3; the Firefox build holds the same files) loads, raw and gzip -9, against
 * the budgets in budgets.json — the same groups `npm run zip` enforces (scripts/check-packages.ts).
 * The content script's baseline is Readability alone, bundled and minified the same way.
 * @module scripts/bench/bundle
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleSize } from '../lib/bundle-sizes';
import { BUNDLES, type BundleKey } from './budgets';
import { bundleForPage } from './page-bundle';
import { againstBundle, type Figure } from './report';
import type { BenchOptions, SectionResult } from './section';

export const PRODUCTION_BUILD = resolve('.output/chrome-mv3');

export async function benchBundle(options: BenchOptions): Promise<SectionResult> {
  options.progress('bundle: sizes');
  const readability = Buffer.from(await bundleForPage('scripts/bench/readability-content.ts', 'readabilityAlone', { minify: true }));
  const kib = (bytes: number) => bytes / 1024;
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  for (const [key, budget] of Object.entries(BUNDLES) as [BundleKey, (typeof BUNDLES)[BundleKey]][]) {
    const size = bundleSize(PRODUCTION_BUILD, budget);
    raw[key] = size;
    figures.push({
      section: 'bundle',
      name: `${key} (gzip)`,
      unit: 'KiB',
      median: kib(size.gzip),
      ...(key === 'content-script' && { baseline: { name: 'Readability alone', unit: 'KiB' as const, median: kib(gzipSync(readability, { level: 9 }).length) } }),
      target: againstBundle(key, size.gzip),
      detail: `${budget.what}: ${kib(size.raw).toFixed(1)} KiB raw in ${size.files.length} files (${size.files.join(', ')})`,
    });
  }
  return { figures, raw };
}
