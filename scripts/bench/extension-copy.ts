/**
 * A throw-away copy of the test build with files of the benchmark's own added (a baseline
 * content script, an empty popup page), so baselines load the way the product's code loads.
 * The product's files are untouched.
 * @module scripts/bench/extension-copy
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_BUILD } from '../lib/browser';

export interface ExtensionCopy {
  path: string;
  remove(): void;
}

/** Copies the test build and adds `files` (path inside the extension → content). */
export function extensionWithExtras(files: Record<string, string>): ExtensionCopy {
  const path = mkdtempSync(join(tmpdir(), 'pressclip-bench-extension-'));
  cpSync(E2E_BUILD, path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
