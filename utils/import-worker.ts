/**
 * Parses a backup file in a worker (utils/import/parse.worker.ts) and hands the result to the
 * page in parts, so the options page stays responsive while a large backup is read. Falls
 * back to parsing in the page where a worker cannot start.
 * @module utils/import-worker
 */
import { createParseAssembler, parseBackupFile, type ParseMessage, type ParseResult } from '@/utils/import/parse';

export function parseBackupInWorker(file: Blob): Promise<ParseResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import/parse.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseBackupFile(file);
  }
  return new Promise<ParseResult>((resolve, reject) => {
    const assemble = createParseAssembler();
    worker.onmessage = ({ data }: MessageEvent<ParseMessage>) => {
      let result: ParseResult | undefined;
      try {
        result = assemble(data);
      } catch (error) {
        // The file could not be read: the page says so, as it would had it read the file itself.
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (!result) return;
      worker.terminate();
      resolve(result);
    };
    // A worker that fails to load or dies (out of memory, say): the page parses the file itself.
    worker.onerror = () => {
      worker.terminate();
      resolve(parseBackupFile(file));
    };
    worker.postMessage(file);
  });
}
