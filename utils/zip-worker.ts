/**
 * A ZipWriter whose compression runs in a worker (utils/export/zip.worker.ts): the page turns
 * clippings into Markdown while another core compresses the notes already written. Falls back
 * to compressing in the page where a worker cannot start.
 * @module utils/zip-worker
 */
import { createZipWriter, type ZipWriter } from '@/utils/export/zip-writer';
import type { ZipWorkerFile, ZipWorkerRequest, ZipWorkerResponse } from '@/utils/export/zip.worker';

/** Files sent per message: one message per note cost almost as much as compressing it. */
const BATCH = 64;

export function createWorkerZipWriter(): ZipWriter {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export/zip.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return createZipWriter();
  }
  const result = new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ZipWorkerResponse>) => {
      if (data.type === 'done') resolve(data.blob);
      else reject(new Error(data.message));
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'The ZIP worker failed'));
      worker.terminate();
    };
  });
  result.catch(() => undefined); // reported through finish(); not an unhandled rejection meanwhile
  const send = (request: ZipWorkerRequest) => worker.postMessage(request);
  let batch: ZipWorkerFile[] = [];
  const flush = () => {
    if (batch.length > 0) send({ type: 'add', files: batch });
    batch = [];
  };
  return {
    add(path, data, modifiedAt, compress) {
      batch.push({ path, data, modifiedAt, compress });
      if (batch.length >= BATCH) flush();
    },
    finish() {
      flush();
      send({ type: 'finish' });
      return result;
    },
    dispose() {
      worker.terminate();
    },
  };
}
