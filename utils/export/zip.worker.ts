/**
 * A worker that builds a ZIP for the page (utils/zip-worker.ts), so compressing thousands of
 * notes runs on another core while the page converts the next ones.
 * @module utils/export/zip.worker
 */
import { createZipWriter } from './zip-writer';

/** What the page sends. */
export type ZipWorkerRequest = { type: 'add'; files: ZipWorkerFile[] } | { type: 'finish' };

export interface ZipWorkerFile {
  path: string;
  data: Uint8Array | string;
  modifiedAt: number | undefined;
  compress: boolean;
}

/** What the worker answers, once, after `finish` or the first failure. */
export type ZipWorkerResponse = { type: 'done'; blob: Blob } | { type: 'failed'; message: string };

const writer = createZipWriter();
let failed = false;

const scope = self as unknown as { onmessage: ((event: MessageEvent<ZipWorkerRequest>) => void) | null; postMessage(message: ZipWorkerResponse): void };

scope.onmessage = ({ data: request }) => {
  if (failed) return;
  try {
    if (request.type === 'add') for (const file of request.files) writer.add(file.path, file.data, file.modifiedAt, file.compress);
    else void writer.finish().then((blob) => scope.postMessage({ type: 'done', blob }), fail);
  } catch (error) {
    fail(error);
  }
};

function fail(error: unknown): void {
  failed = true;
  scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
