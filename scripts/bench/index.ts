/**
 * `npm run bench`: every performance figure of Pressclip in one run, each beside its baseline
 * measured in the same run and its target or budget (scripts/bench/budgets.json), with the
 * machine they were measured on. Never part of `npm test`: figures are printed, not asserted.
 *
 *   npm run bench                                    everything (10,000 and 100,000 clippings)
 *   npm run bench -- --quick                         fewer runs, 10,000 clippings only, no real pages
 *   npm run bench -- --only popup,bundle             some sections: extraction, popup, library, export, bundle
 *   npm run bench -- --scale 10000,100000            library sizes
 *   npm run bench -- --export-count 10000            clippings exported and imported
 *   npm run bench -- --runs 15                       runs per repeated figure
 *   npm run bench -- --eval-pages ../shared/eval/dev --eval-sample 100
 *                                                    also real pages (found there by default)
 *   npm run bench -- --compare-search                also the rejected search designs (library)
 *   npm run bench -- --no-build                      use the builds in .output as they are
 *
 * Builds what the chosen sections need (`npm run build` for bundle sizes, `npm run build:e2e`
 * — the same bundle plus access to 127.0.0.1 — for everything run in Chromium), prints the
 * table to stdout (progress to stderr) and writes bench-output/bench.json and bench.txt.
 * The quality of extraction (not its speed) is `npm run eval:extract` (Node, jsdom).
 * @module scripts/bench
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../lib/browser';
import { describeMachine, printReport, SECTIONS, type Figure, type Section } from './report';
import type { BenchOptions, SectionResult } from './section';

const OUT = resolve('bench-output');
const EVAL_CANDIDATES = ['../shared/eval/dev', '../../shared/eval/dev'];

const RUNNERS: Record<Section, (options: BenchOptions) => Promise<SectionResult>> = {
  extraction: async (o) => (await import('./extraction')).benchExtraction(o),
  popup: async (o) => (await import('./popup')).benchPopup(o),
  library: async (o) => (await import('./library')).benchLibrary(o),
  export: async (o) => (await import('./export')).benchExport(o),
  bundle: async (o) => (await import('./bundle')).benchBundle(o),
};

function parseOptions(): { sections: Section[]; build: boolean; options: BenchOptions } {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      scale: { type: 'string' },
      'export-count': { type: 'string', default: '10000' },
      runs: { type: 'string' },
      'eval-pages': { type: 'string' },
      'eval-sample': { type: 'string', default: '100' },
      'compare-search': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const sections = (values.only?.split(',').map((s) => s.trim()) ?? [...SECTIONS]) as Section[];
  const unknown = sections.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`Unknown section "${unknown.join('", "')}". Options: ${SECTIONS.join(', ')}`);
  const numbers = (text: string, flag: string) => {
    const list = text.split(',').map((n) => Number(n.replace(/[_,]/g, '')));
    if (list.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--${flag} takes whole numbers above 0, e.g. --${flag} 10000,100000`);
    return list;
  };
  const scales = numbers(values.scale ?? (values.quick ? '10000' : '10000,100000'), 'scale').sort((a, b) => a - b);
  const evalPages = values['eval-pages'] ?? EVAL_CANDIDATES.find((dir) => existsSync(join(dir, 'evaldata.json')));
  if (values['eval-pages'] && !existsSync(join(values['eval-pages'], 'evaldata.json'))) throw new Error(`--eval-pages: no evaldata.json in ${values['eval-pages']}`);
  return {
    sections: SECTIONS.filter((s) => sections.includes(s)),
    build: !values['no-build'],
    options: {
      quick: values.quick,
      ...(values.runs && { runs: numbers(values.runs, 'runs')[0]! }),
      scales,
      exportCount: numbers(values['export-count'], 'export-count')[0]!,
      ...(evalPages && { evalPages: resolve(evalPages) }),
      evalSample: numbers(values['eval-sample'], 'eval-sample')[0]!,
      compareSearch: values['compare-search'],
      progress: (text) => process.stderr.write(`\r\x1b[K${text}`),
    },
  };
}

async function main(): Promise<void> {
  const { sections, build, options } = parseOptions();
  const started = Date.now();
  if (build) {
    // Production build for the sizes; the test build (same bundle, plus 127.0.0.1) for Chromium.
    if (sections.includes('bundle')) run('npm run build', options);
    if (sections.some((s) => s !== 'bundle')) run('npm run build:e2e', options);
  }
  const machine = describeMachine(findChromium());
  const figures: Figure[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const section of sections) {
    const sectionStart = Date.now();
    options.progress(`${section}…`);
    const result = await RUNNERS[section](options);
    figures.push(...result.figures);
    notes.push(...(result.notes ?? []), `${section}: section took ${((Date.now() - sectionStart) / 1000).toFixed(0)} s`);
    raw[section] = result.raw;
  }
  options.progress('');
  machine.loadAfter = loadavg();
  const title = `Pressclip benchmark (npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}), ${new Date().toISOString()}, ${((Date.now() - started) / 60_000).toFixed(1)} min`;
  const report = printReport(machine, figures, notes, title);
  console.log(report);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'bench.txt'), `${report}\n`);
  const { progress: _progress, ...settings } = options;
  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify({ title, machine, options: { ...settings, sections }, figures, notes, raw }, null, 1)}\n`);
  process.stderr.write(`Written: ${join(OUT, 'bench.txt')}, ${join(OUT, 'bench.json')}\n`);
}

function run(command: string, options: BenchOptions): void {
  options.progress(`${command}…`);
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'] });
}

main().catch((error: unknown) => {
  process.stderr.write('\n');
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
