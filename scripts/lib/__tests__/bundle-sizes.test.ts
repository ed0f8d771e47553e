import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles, bundleSize } from '../bundle-sizes';

/** A build laid out as WXT/rolldown writes it (names and reference forms as in .output/chrome-mv3). */
const BUILD: Record<string, string> = {
  'popup.html':
    '<script type="module" crossorigin src="/chunks/popup-A1.js"></script><link rel="modulepreload" crossorigin href="/chunks/shared-B2.js"><link rel="stylesheet" crossorigin href="/assets/popup-C3.css">',
  'chunks/popup-A1.js':
    'import{a}from"./shared-B2.js";const m=["chunks/screen-D4.js","chunks/shared-B2.js"];const s=()=>import(`./sanitize-E5.js`);chrome.scripting.executeScript({files:["/extract.js"]});',
  'chunks/shared-B2.js': 'export const a=1;',
  'assets/popup-C3.css': 'body{}',
  'chunks/screen-D4.js': 'import{a}from"./shared-B2.js";import{d}from"./database-F6.js";',
  'chunks/database-F6.js': 'export const d=2;',
  'chunks/sanitize-E5.js': 'import{p}from"./purify-G7.js";',
  'chunks/purify-G7.js': 'export const p=3;',
  'chunks/export-H8.js': 'new Worker(new URL(`/assets/zip.worker-I9.js`,``+self.location.href));',
  'assets/zip.worker-I9.js': 'onmessage=()=>{};',
  'extract.js': 'export{}',
};

let build: string;

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), 'pressclip-build-'));
  for (const [file, content] of Object.entries(BUILD)) {
    mkdirSync(dirname(join(build, file)), { recursive: true });
    writeFileSync(join(build, file), content);
  }
});

afterAll(() => rmSync(build, { recursive: true, force: true }));

describe('bundle sizes', () => {
  it('should count for the first paint only what the HTML page loads itself', () => {
    expect(bundleFiles(build, { entry: 'popup.html', load: 'first-paint' })).toEqual(['popup.html', 'chunks/popup-A1.js', 'chunks/shared-B2.js', 'assets/popup-C3.css']);
  });

  it('should follow imports, preload lists and dynamic imports, but not the content script a page injects', () => {
    const files = bundleFiles(build, { entry: 'popup.html', load: 'all' });

    expect(files.sort()).toEqual(['assets/popup-C3.css', 'chunks/database-F6.js', 'chunks/popup-A1.js', 'chunks/purify-G7.js', 'chunks/sanitize-E5.js', 'chunks/screen-D4.js', 'chunks/shared-B2.js', 'popup.html']);
  });

  it('should leave out an excepted chunk with what only it loads', () => {
    const files = bundleFiles(build, { entry: 'popup.html', load: 'all', except: ['sanitize'] });

    expect(files).not.toContain('chunks/sanitize-E5.js');
    expect(files).not.toContain('chunks/purify-G7.js');
    expect(files).toContain('chunks/database-F6.js');
  });

  it('should follow worker URLs and sum raw and gzip sizes', () => {
    const size = bundleSize(build, { entry: 'chunks/export-H8.js', load: 'all' });

    expect(size.files).toEqual(['chunks/export-H8.js', 'assets/zip.worker-I9.js']);
    expect(size.raw).toBe(BUILD['chunks/export-H8.js']!.length + BUILD['assets/zip.worker-I9.js']!.length);
    expect(size.gzip).toBeGreaterThan(40);
  });

  it('should name a missing file and the group that needs it', () => {
    expect(() => bundleFiles(build, { entry: 'options.html', load: 'all' })).toThrow(/options\.html is not in the build .* options\.html group/);
  });
});
