/**
 * Section "export" of `npm run bench`: export and import of a large library (`--export-count`,
 * default 10,000 generated clippings) in real Chromium, through the options page as a user
 * works it: a fresh profile restores a backup of them (check and preview, then the write),
 * then exports all of them as a Markdown ZIP, as CSV and as a JSON backup. Each step runs from
 * the click (or the file choice) to the download (or the completion message); meanwhile a
 * probe in the page notes the longest time the page could not have answered a click.
 *
 * Baselines, in the same page and run: reading every clipping from IndexedDB and writing them
 * as one JSON string (the least any export does); parsing the backup and writing its clippings
 * into a bare object store (the least any import does).
 * @module scripts/bench/export
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { backupToJson } from '@/utils/export/backup';
import { generateLibrary } from '@/tests/support/generated-library';
import { launchWithExtension } from '../lib/browser';
import { OptionsPage } from '../lib/pages';
import { serveDirectory } from '../lib/static-server';
import type { TargetKey } from './budgets';
import { bundleForPage } from './page-bundle';
import { against, stats, type Figure } from './report';
import { runsFor, type BenchOptions, type SectionResult } from './section';

const OUT = resolve('bench-output');

type Step = 'check' | 'write' | 'import' | 'zip' | 'csv' | 'json';
type Bench = { exportBench: typeof import('./export-page') };

const STEPS: Record<Step, { name: string; target?: TargetKey; responsive: boolean }> = {
  check: { name: 'import: check the file, preview', responsive: true },
  write: { name: 'import: write (one transaction)', responsive: true },
  import: { name: 'import, in all', target: 'import-json', responsive: false },
  zip: { name: 'export Markdown ZIP', target: 'export-markdown-zip', responsive: true },
  csv: { name: 'export CSV', target: 'export-csv', responsive: true },
  json: { name: 'export JSON backup', target: 'export-json', responsive: true },
};

export async function benchExport(options: BenchOptions): Promise<SectionResult> {
  const count = options.exportCount;
  const runs = runsFor(options, 3, 1);
  options.progress(`export: generating ${count.toLocaleString('en')} clippings`);
  // Everything in the Inbox, so one export covers the whole library.
  const library = generateLibrary(count, { collectionIds: ['inbox'] });
  const backupText = backupToJson({ exportedAt: new Date(0).toISOString(), generator: 'Pressclip benchmark', settings: {}, collections: library.collections, clippings: library.clippings });
  mkdirSync(OUT, { recursive: true });
  const backupName = `library-${count}.json`;
  const backupPath = join(OUT, backupName);
  writeFileSync(backupPath, backupText);
  const script = await bundleForPage('scripts/bench/export-page.ts', 'exportBench');
  const server = await serveDirectory(OUT);

  const times: Record<Step, number[]> = { check: [], write: [], import: [], zip: [], csv: [], json: [] };
  const blocked: Record<Step, number[]> = { check: [], write: [], import: [], zip: [], csv: [], json: [] };
  const readAll: number[] = [];
  const bareImport: number[] = [];
  const fileBytes: Partial<Record<Step, number>> = {};
  try {
    for (let run = 1; run <= runs; run++) {
      const browser = await launchWithExtension({ headless: true });
      try {
        const options$ = await OptionsPage.open(browser);
        await options$.goToExport();
        const page = options$.page;
        await page.evaluate(script);
        const step = async <T>(key: Step, action: () => Promise<T>): Promise<T> => {
          options.progress(`export: run ${run}/${runs}, ${STEPS[key].name}`);
          await page.evaluate(() => (globalThis as unknown as Bench).exportBench.startBlockingProbe(10));
          const start = performance.now();
          const result = await action();
          times[key].push(performance.now() - start);
          blocked[key].push((await page.evaluate(() => (globalThis as unknown as Bench).exportBench.stopBlockingProbe())).longestGapMs);
          return result;
        };

        const preview = await step('check', () => options$.chooseBackupFile(backupPath));
        if (!('preview' in preview)) throw new Error(`The generated backup was refused: ${preview.refused}`);
        await step('write', () => options$.confirmImport());
        times.import.push(times.check.at(-1)! + times.write.at(-1)!);
        await page.getByRole('heading', { name: new RegExp(`${count.toLocaleString('en')} clippings`) }).waitFor({ timeout: 120_000 });
        fileBytes.zip = (await step('zip', () => options$.exportFile([/^Markdown notes/, 'Full text', /^Link to the images/]))).bytes.length;
        fileBytes.csv = (await step('csv', () => options$.exportFile([/^Coverage report/]))).bytes.length;
        fileBytes.json = (await step('json', () => options$.downloadBackup())).bytes.length;

        options.progress(`export: run ${run}/${runs}, baselines`);
        readAll.push((await page.evaluate(() => (globalThis as unknown as Bench).exportBench.readAllAndStringify())).ms);
        bareImport.push((await page.evaluate((url) => (globalThis as unknown as Bench).exportBench.parseAndWriteBare(url), `${server.url}${backupName}`)).ms);
        await settle(page);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  const readBaseline = { name: 'read all + JSON.stringify', unit: 's' as const, ...seconds(stats(readAll)) };
  const importBaseline = { name: 'JSON.parse + bare store', unit: 's' as const, ...seconds(stats(bareImport)) };
  const figures: Figure[] = [];
  for (const [key, step] of Object.entries(STEPS) as [Step, (typeof STEPS)[Step]][]) {
    const measured = seconds(stats(times[key]));
    figures.push({
      section: 'export',
      name: `${count.toLocaleString('en')}: ${step.name}`,
      unit: 's',
      ...measured,
      samples: runs,
      ...(key === 'import' && { baseline: importBaseline }),
      ...(['zip', 'csv', 'json'].includes(key) && { baseline: readBaseline }),
      ...(step.target && { target: against(step.target, measured.median) }),
      ...(fileBytes[key] !== undefined && { detail: `file ${(fileBytes[key]! / 1e6).toFixed(1)} MB` }),
    });
    if (step.responsive) {
      const longest = stats(blocked[key]);
      figures.push({ section: 'export', name: `  longest unresponsive, ${step.name.replace(/^export /, '')}`, unit: 'ms', ...longest, samples: runs, target: against('export-longest-task', longest.median) });
    }
  }
  return {
    figures,
    notes: [`export: the backup file restored is ${(Buffer.byteLength(backupText) / 1e6).toFixed(0)} MB (${backupPath})`],
    raw: { times, blocked, readAll, bareImport, fileBytes },
  };
}

function seconds(s: { median: number; p95: number }): { median: number; p95: number } {
  return { median: s.median / 1000, p95: s.p95 / 1000 };
}

/** Waits for the page to have nothing left to do (downloads written, workers idle) before closing. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
}
