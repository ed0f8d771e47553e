/**
 * `npm run lint:firefox [dir]`: runs `web-ext lint` (Mozilla's addons-linter, the checks AMO
 * runs on upload) on the production Firefox build and prints what it found. Fails on any error
 * and on any warning that scripts/lib/firefox-lint.ts does not explain.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { explainWarning, type LintMessage } from './lib/firefox-lint';

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No Firefox build at ${dir}. Run "npm run build:firefox" first.`);

  // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const report = JSON.parse(stdout) as LintReport;

  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  const place = (m: LintMessage) => `${m.file ?? 'manifest'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
  for (const error of report.errors) console.log(`  error   ${error.code} ${place(error)}: ${error.message}`);
  let unexplained = 0;
  for (const warning of report.warnings) {
    const file = warning.file && existsSync(join(dir, warning.file)) ? readFileSync(join(dir, warning.file), 'utf8') : undefined;
    const known = explainWarning(warning, file);
    if (!known) unexplained++;
    console.log(`  warning ${warning.code} ${place(warning)}: ${known ? `${known.source} — ${known.why}` : `UNEXPLAINED: ${warning.message}`}`);
  }
  for (const notice of report.notices) console.log(`  notice  ${notice.code} ${place(notice)}: ${notice.message}`);

  if (errors > 0 || unexplained > 0) {
    console.error(
      `\n${errors} error(s), ${unexplained} unexplained warning(s). Fix them, or explain a warning that must stay in ` +
        'scripts/lib/firefox-lint.ts and in the README ("Firefox", "web-ext lint").',
    );
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
