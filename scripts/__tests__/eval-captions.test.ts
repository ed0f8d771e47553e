/** The caption figures of `npm run eval:extract -- DIR --captions`, on a pages directory made here. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { countCaptions, isCreditLine } from '../eval/captions';

const DEMO = resolve(import.meta.dirname, '../../demo/index.html');

describe('countCaptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressclip-captions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should count the captions and credits the extractor finds, and skip pages that are no article', async () => {
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'demo.html.gz'), gzipSync(readFileSync(DEMO)));
    writeFileSync(join(dir, 'pages', 'empty.html.gz'), gzipSync('<html><body></body></html>'));
    writeFileSync(join(dir, 'evaldata.json'), JSON.stringify({ 'https://example.org/demo': { file: 'demo.html' }, 'https://example.org/empty': { file: 'empty.html' } }));

    const actual = await countCaptions(dir);

    expect(actual.articles).toBe(1);
    expect(actual.captions).toBeGreaterThan(0);
    expect(actual.withCredit).toBe(actual.captions);
    expect(actual.creditLinesInText).toBe(0);
  });

  it('should count only the pages the scorer would score with the same --filter and --limit', async () => {
    expect((await countCaptions(dir, { filter: 'EMPTY' })).articles).toBe(0);
    expect((await countCaptions(dir, { filter: 'example\\.org/demo' })).articles).toBe(1);
    expect((await countCaptions(dir, { limit: 0 })).articles).toBe(0);
  });
});

describe('isCreditLine', () => {
  it.each([
    ['Jubel nach dem Schlusspfiff. Foto: Lena Sprung', true],
    ['© dpa', true],
    ['Der Rat hat am Montag über die Brücke beraten.', false],
    ['Das Foto des Jahres zeigt die Brücke.', false],
  ])('should judge %j as %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });
});
