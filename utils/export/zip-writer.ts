/**
 * Writes a ZIP file by file, compressing each as it comes and moving the compressed bytes into
 * Blobs every few MB, so no export ever holds the whole archive in the JavaScript heap. Pure
 * (fflate only): it runs in the page, in Node, and in utils/export/zip.worker.ts.
 * @module utils/export/zip-writer
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, type DeflateOptions } from 'fflate';

export const ZIP_MIME = 'application/zip';

export interface ZipWriter {
  /**
   * Adds a file. Text is written as UTF-8. `compress` false stores it as is (for JPEG, PNG …,
   * which deflate cannot shrink). `modifiedAt` is epoch ms.
   */
  add(path: string, data: Uint8Array | string, modifiedAt: number | undefined, compress: boolean): void;
  /** Ends the archive and resolves with it. */
  finish(): Promise<Blob>;
  /** Drops an unfinished archive (after a cancel or an error). */
  dispose(): void;
}

/**
 * The deflate hash table size for a file of `bytes`, as fflate picks it for one-shot
 * compression. Its streaming classes, which the ZIP needs, assume an unknown length and
 * allocate a 2 MB table per file: for thousands of small notes that allocation, not the
 * compression, was most of the export's time.
 */
function memoryLevel(bytes: number): DeflateOptions['mem'] {
  return Math.min(12, Math.max(0, Math.ceil(Math.max(8, Math.min(13, Math.log(bytes))) * 1.5) - 12)) as DeflateOptions['mem'];
}

/** Gathered bytes move into a Blob every few MB, out of the JavaScript heap. */
const FLUSH_BYTES = 8 * 1024 * 1024;
/** ZIP (DOS) times start in 1980. */
const ZIP_EPOCH = Date.UTC(1980, 0, 2);

/** A writer working in the calling thread. */
export function createZipWriter(): ZipWriter {
  const blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failure: Error | null = null;
  const flush = () => {
    if (pending.length === 0) return;
    blobs.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  const zip = new Zip((error, chunk) => {
    if (error) {
      failure = error;
      return;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  });
  return {
    add(path, data, modifiedAt, compress) {
      const bytes = typeof data === 'string' ? strToU8(data) : data;
      const file = compress ? new ZipDeflate(path, { level: 6, mem: memoryLevel(bytes.length) }) : new ZipPassThrough(path);
      file.mtime = Math.max(modifiedAt ?? ZIP_EPOCH, ZIP_EPOCH);
      zip.add(file);
      file.push(bytes, true);
      if (failure) throw failure;
    },
    async finish() {
      zip.end();
      if (failure) throw failure;
      flush();
      return new Blob(blobs, { type: ZIP_MIME });
    },
    dispose() {
      pending = [];
      blobs.length = 0;
    },
  };
}
