/**
 * The last step of `npm run zip` (after `wxt zip` for Chrome and for Firefox): checks the three
 * archives in .output against the store rules (scripts/lib/store-rules.ts) and prints their
 * sizes, then holds the size of what each part of both builds loads against the bundle budgets
 * in scripts/bench/budgets.json (sizes are deterministic, unlike timings). Fails if any rule is
 * broken or any budget exceeded.
 *
 * `npm run zip -- --rebuild` also does what an AMO reviewer does: unpacks the sources archive
 * into a temporary directory, follows the README (`npm ci`, `npm run build:firefox`) and
 * compares the result with the Firefox package, file by file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { BUNDLES } from './bench/budgets';
import { bundleSize } from './lib/bundle-sizes';
import { captureScriptProblems, manifestProblems, sourcesProblems, type StoreTarget } from './lib/store-rules';

const OUT = resolve('.output');

function main(): void {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  const zips = {
    chrome: join(OUT, `${name}-${version}-chrome.zip`),
    firefox: join(OUT, `${name}-${version}-firefox.zip`),
    sources: join(OUT, `${name}-${version}-sources.zip`),
  };
  const failures: string[] = [];
  const unpacked: Record<string, Record<string, Uint8Array>> = {};
  for (const [kind, path] of Object.entries(zips)) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(readFileSync(path));
    } catch (error) {
      throw new Error(`Cannot read ${relative(process.cwd(), path)} (${String(error)}). Run "npm run zip".`);
    }
    unpacked[kind] = files;
    const problems =
      kind === 'sources'
        ? sourcesProblems(Object.keys(files))
        : [
            ...manifestProblems(JSON.parse(new TextDecoder().decode(files['manifest.json'])) as object, kind as StoreTarget),
            ...(files['extract.js'] ? captureScriptProblems(new TextDecoder().decode(files['extract.js'])) : ['has no capture script (extract.js)']),
          ];
    const entries = Object.keys(files).length;
    console.log(`${relative(process.cwd(), path)}  ${statSync(path).size.toLocaleString('en-US')} bytes, ${entries} files${problems.length ? '' : ', ok'}`);
    for (const problem of problems) failures.push(`${kind} package ${problem}`);
  }
  failures.push(...bundleBudgetProblems());
  if (process.argv.includes('--rebuild')) failures.push(...rebuildFromSources(unpacked.sources!, unpacked.firefox!));
  if (failures.length) {
    console.error(`\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
    process.exit(1);
  }
}

/** What each part of both production builds loads, against the budgets (scripts/bench/budgets.json). */
function bundleBudgetProblems(): string[] {
  const problems: string[] = [];
  console.log('\nBundle budgets (gzip -9, KiB; `npm run bench -- --only bundle` for the files):');
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const sizes = Object.entries(BUNDLES).map(([name, budget]) => {
      const { gzip } = bundleSize(join(OUT, build), budget);
      if (gzip / 1024 > budget.maxGzipKiB) problems.push(`${build}: ${name} is ${(gzip / 1024).toFixed(1)} KiB gzipped, over its budget of ${budget.maxGzipKiB} KiB (${budget.what})`);
      return `${name} ${(gzip / 1024).toFixed(1)}/${budget.maxGzipKiB}`;
    });
    console.log(`  ${build}: ${sizes.join(', ')}`);
  }
  return problems;
}

/** Builds the Firefox package from the sources archive as the README says; returns the differences. */
function rebuildFromSources(sources: Record<string, Uint8Array>, firefox: Record<string, Uint8Array>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pressclip-sources-'));
  try {
    for (const [path, content] of Object.entries(sources)) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    console.log(`\nRebuilding from the sources archive in ${dir} (npm ci, npm run build:firefox) …`);
    const run = (args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    run(['ci', '--no-audit', '--no-fund']);
    run(['run', 'build:firefox']);
    const built = join(dir, '.output/firefox-mv3');
    const rebuilt = listFiles(built).map((file) => relative(built, file));
    const differences = [
      ...Object.keys(firefox)
        .filter((path) => !path.endsWith('/'))
        .filter((path) => !rebuilt.includes(path) || !readFileSync(join(built, path)).equals(Buffer.from(firefox[path]!)))
        .map((path) => `rebuilt from sources, ${path} ${rebuilt.includes(path) ? 'differs' : 'is missing'}`),
      ...rebuilt.filter((path) => !(path in firefox)).map((path) => `rebuilt from sources, ${path} is extra`),
    ];
    if (!differences.length) console.log(`Rebuilt ${rebuilt.length} files, identical to the Firefox package.`);
    return differences;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
