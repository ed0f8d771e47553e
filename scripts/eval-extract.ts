/**
 * `npm run eval:extract -- DIR [--dom jsdom|linkedom|chromium] [--scorer run.mjs] [--limit N] [--filter RE] [--captions]`
 *
 * Benchmark, not a test: scores Pressclip's extractor and @mozilla/readability alone on the
 * pages in DIR (laid out like ../shared/eval/dev), in one run, on the same DOM implementation,
 * with the shared scorer (run.mjs, by default DIR/../run.mjs) so figures stay comparable with
 * everyone else's. Prints the scorer's own lines for both, then the two side by side.
 * Skips with a message (exit 0) when DIR or the scorer is missing: users and CI do not have them.
 * `--captions` adds Pressclip's caption figures (./eval/captions.ts), which the scorer has no
 * expected values for. `--dom chromium` runs both extractors inside Chromium (./eval/chromium.ts):
 * the accuracy the content script has; its times include loading each page into the browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DOM_NAMES, isDomName } from './eval/dom-names';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-output', 'eval-extract');

const ADAPTERS = [
  { name: 'Readability alone', file: join(ROOT, 'scripts/eval/readability.ts'), out: 'readability.json' },
  { name: 'Pressclip', file: join(ROOT, 'scripts/eval/pressclip.ts'), out: 'pressclip.json' },
] as const;

/** The scorer's result file (run.mjs --out), the parts this report reads. */
interface ScorerReport {
  pages: number;
  errors: number;
  empty: number;
  timing: { median_ms: number; p95_ms: number; cpu_median_ms: number };
  metrics: { precision: number; recall: number; f1: number };
  meta: Record<'title' | 'author' | 'date', { accuracy: number | null; n: number }> | null;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dom: { type: 'string', default: 'jsdom' },
      scorer: { type: 'string' },
      limit: { type: 'string' },
      filter: { type: 'string' },
      captions: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0] ? resolve(positionals[0]) : undefined;
  if (!dir) {
    console.error('usage: npm run eval:extract -- DIR [--dom jsdom|linkedom|chromium] [--scorer path/to/run.mjs] [--limit N] [--filter REGEX] [--captions]');
    process.exit(2);
  }
  const dom = values.dom;
  if (!isDomName(dom)) {
    console.error(`Invalid --dom "${dom}". Options: ${DOM_NAMES.join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(dir)) {
    console.log(`eval:extract skipped: ${dir} does not exist (the evaluation pages are not part of the repository).`);
    return;
  }
  const scorer = resolve(values.scorer ?? join(dir, '..', 'run.mjs'));
  if (!existsSync(scorer)) {
    console.log(`eval:extract skipped: no scorer at ${scorer} (pass --scorer path/to/run.mjs).`);
    return;
  }

  mkdirSync(OUT, { recursive: true });
  console.log(`Scoring ${dir} with ${scorer}, DOM: ${dom}\n`);
  const reports = ADAPTERS.map((adapter) => {
    const out = join(OUT, adapter.out);
    const args = ['--import', 'tsx', scorer, '--data', dir, '--extractor', adapter.file, '--out', out];
    if (values.limit) args.push('--limit', values.limit);
    if (values.filter) args.push('--filter', values.filter);
    console.log(`# ${adapter.name}`);
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PRESSCLIP_EVAL_DOM: dom } });
    if (run.status !== 0) {
      console.error(`The scorer failed for ${adapter.name} (exit ${run.status ?? run.signal}).`);
      process.exit(1);
    }
    console.log('');
    return { name: adapter.name, report: JSON.parse(readFileSync(out, 'utf8')) as ScorerReport };
  });
  printComparison(reports, dom);
  if (values.captions) {
    // Imported only now: ./eval/dom.ts reads its DOM choice from the environment when loaded.
    // Captions are counted in Node: in a Chromium run, on jsdom (said below).
    process.env.PRESSCLIP_EVAL_DOM = dom === 'chromium' ? 'jsdom' : dom;
    const { countCaptions } = await import('./eval/captions');
    const counts = await countCaptions(dir, { limit: values.limit ? Number(values.limit) : Infinity, filter: values.filter });
    console.log(
      `\nCaptions (Pressclip${dom === 'chromium' ? ', counted on jsdom' : ''}, ${counts.articles} pages extracted): ${counts.captions} captions, ${counts.withCredit} with a photo credit; ` +
        `${counts.creditLinesInText} credit lines left in the running text ("… Foto: …", "© …").`,
    );
  }
}

function printComparison(reports: { name: string; report: ScorerReport }[], dom: string): void {
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(3));
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const metaRow = (field: 'title' | 'author' | 'date') => [
    `${field} accuracy`,
    ...reports.map(({ report }) => (report.meta ? `${f(report.meta[field].accuracy)} (n=${report.meta[field].n})` : '-')),
  ];
  const rows: string[][] = [
    ['', ...reports.map((r) => r.name)],
    ['body F', ...reports.map(({ report }) => f(report.metrics.f1))],
    ['body precision', ...reports.map(({ report }) => f(report.metrics.precision))],
    ['body recall', ...reports.map(({ report }) => f(report.metrics.recall))],
    metaRow('title'),
    metaRow('author'),
    metaRow('date'),
    ['median time per page', ...reports.map(({ report }) => ms(report.timing.median_ms))],
    ['p95 time per page', ...reports.map(({ report }) => ms(report.timing.p95_ms))],
    ['median CPU time per page', ...reports.map(({ report }) => ms(report.timing.cpu_median_ms))],
    ['pages / errors / empty', ...reports.map(({ report }) => `${report.pages} / ${report.errors} / ${report.empty}`)],
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const timed = dom === 'chromium' ? 'loading each page into the browser tab included in the times' : 'parsing included in the times';
  console.log(`Side by side (${dom}, ${timed}, as the scorer measures them):`);
  for (const row of rows) console.log(`  ${row.map((cell, col) => cell.padEnd(widths[col]!)).join('   ')}`);

  const [baseline, ours] = reports.map((r) => r.report);
  if (baseline && ours) {
    console.log(
      `\n  Pressclip / Readability: ${(ours.timing.median_ms / baseline.timing.median_ms).toFixed(2)}× median time, ` +
        `${(ours.timing.cpu_median_ms / baseline.timing.cpu_median_ms).toFixed(2)}× median CPU time`,
    );
    if (dom === 'chromium') {
      console.log('  (CPU time is Node\'s alone, the browser works in its own processes; for extraction time in Chromium see npm run bench -- --only extraction)');
    }
  }
  console.log(`
Matching rules of the scorer (lib/meta.mjs), counted only where the set has an expected value:
  body    a "with" snippet found in the text is a true positive, a "without" snippet found a false
          positive; white space folded; counts summed over all pages.
  title   equal after folding white space and case, or one contains the other and the shorter
          has at least 70 % of the longer's length.
  author  every expected name (split at ";", ",", " und ", " and ") occurs, case-folded, in the
          authors joined with "; " (Pressclip reports authors and agencies, as the popup shows them).
  date    the expected YYYY-MM-DD equals the first 10 characters of the ISO date.
Per-page results: ${OUT}/`);
}

await main();
