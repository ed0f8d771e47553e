/**
 * The Node tools around the extractor, run as a user runs them: `npm run extract` (the CLI) and
 * `npm run eval:extract` without the evaluation pages (it must skip, not fail).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = resolve(ROOT, 'demo/index.html');
const DEMO_URL = 'https://www.werretal-bote.example/lokales/altenbruch/neue-werrebruecke-eroeffnet/';

function run(script: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts', script), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extract', () => {
  it('should print the result the popup receives as JSON', () => {
    const actual = run('extract.ts', [DEMO, '--url', DEMO_URL]);

    expect(actual.status).toBe(0);
    const result = JSON.parse(actual.stdout) as { ok: boolean; article: { title: string; authors: string[]; url: string } };
    expect(result.ok).toBe(true);
    expect(result.article).toMatchObject({ title: 'Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch', authors: ['Jana Köster'], url: DEMO_URL });
  });

  it('should print Markdown with the metadata on top, read from standard input', () => {
    const actual = run('extract.ts', ['-', '--url', DEMO_URL, '--format', 'markdown'], readDemo());

    expect(actual.status).toBe(0);
    expect(actual.stdout).toMatch(/^# Neue Werrebrücke eröffnet: Hunderte feiern in Altenbruch\n/);
    expect(actual.stdout).toContain('- Author: Jana Köster');
    expect(actual.stdout).toContain('(Foto: Stadt Altenbruch)');
    expect(actual.stdout).not.toContain('Schreibe einen Kommentar');
  });

  it('should exit 1 with the reason when the page is not an article', () => {
    const actual = run('extract.ts', ['-', '--url', 'https://fakehost/'], '<html><body><nav><a href="/">Start</a></nav></body></html>');

    expect(actual.status).toBe(1);
    expect(JSON.parse(actual.stdout)).toMatchObject({ ok: false });
    expect(actual.stderr).toMatch(/Not extracted: (?:not-an-article|empty-body)/);
  });

  it.each([
    [['--format', 'pdf', DEMO], /Invalid format "pdf". Options: json, markdown/],
    [[DEMO, '--url', 'not a url'], /Invalid --url "not a url"/],
    [[resolve(ROOT, 'no-such-page.html')], /Cannot read .*no-such-page\.html/],
  ])('should explain bad input %j and exit 2', (args, message) => {
    const actual = run('extract.ts', args);

    expect(actual.status).toBe(2);
    expect(actual.stderr).toMatch(message);
    expect(actual.stderr).toContain('usage: npm run extract');
  });
});

describe('npm run eval:extract', () => {
  it('should skip with a message when the evaluation pages are missing', () => {
    const actual = run('eval-extract.ts', [resolve(ROOT, 'no-such-eval-dir')]);

    expect(actual.status).toBe(0);
    expect(actual.stdout).toMatch(/eval:extract skipped: .*no-such-eval-dir does not exist/);
  });
});

function readDemo(): string {
  return readFileSync(DEMO, 'utf8');
}
