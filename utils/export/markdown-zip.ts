/**
 * A ZIP of Markdown notes, one per clipping, that unpacks straight into an Obsidian vault (or
 * any folder of notes), with downloaded images in `assets/`. Built incrementally: each note is
 * compressed as it is written and the compressed bytes are gathered into Blobs, so a
 * 10,000-note export never holds one giant string. Pure apart from yielding between slices.
 * @module utils/export/markdown-zip
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough, type DeflateOptions } from 'fflate';
import type { Clipping } from '@/utils/db';
import { clippingFileStem, createNameAllocator } from './filename';
import { createHtmlToMarkdown } from './html-to-markdown';
import { assetPaths, type ImageAsset } from './images';
import type { ExportLabels } from './labels';
import { clippingToMarkdown, sortNewestFirst, type MarkdownContent } from './markdown';
import { mapInSlices, type SliceOptions } from './slices';

export interface MarkdownZipInput {
  clippings: readonly Clipping[];
  /** Collection names by id, for each note's `collection` property. */
  collectionNames: ReadonlyMap<string, string>;
  /** Downloaded images by their original URL; images not in here stay links to the web. */
  images?: ReadonlyMap<string, ImageAsset>;
}

export interface MarkdownZipOptions extends SliceOptions {
  content: MarkdownContent;
  labels: ExportLabels;
  /** IANA time zone for the dates in file names (the day a clipping was clipped). */
  timeZone: string;
}

export interface MarkdownZip {
  blob: Blob;
  /** The notes' file names, in the order written. */
  notes: string[];
  /** Images written into assets/. */
  images: number;
}

export const ZIP_MIME = 'application/zip';

/** Builds the ZIP. Rejects with the signal's reason if aborted. */
export async function buildMarkdownZip(input: MarkdownZipInput, options: MarkdownZipOptions): Promise<MarkdownZip> {
  const { content, labels, timeZone } = options;
  const images = input.images ?? new Map<string, ImageAsset>();
  const paths = assetPaths(images);
  const convert = createHtmlToMarkdown({ imageTarget: (src) => paths.get(src) ?? src });
  const allocate = createNameAllocator();
  const writer = createZipWriter();

  const notes = await mapInSlices(
    sortNewestFirst(input.clippings),
    (clipping) => {
      const name = allocate(clippingFileStem(clipping, timeZone), 'md');
      const collectionName = input.collectionNames.get(clipping.collectionId) ?? '';
      writer.add(name, strToU8(clippingToMarkdown(clipping, { collectionName, content, labels, convert })), clipping.updatedAt, true);
      return name;
    },
    options,
  );
  for (const [url, path] of paths) {
    const asset = images.get(url);
    if (asset) writer.add(path, asset.data, undefined, false); // already compressed: stored as is
  }
  return { blob: writer.finish(), notes, images: paths.size };
}

interface ZipWriter {
  /** Adds a file; `compress` false stores it (for JPEG, PNG …, which deflate cannot shrink). */
  add(path: string, data: Uint8Array, modifiedAt: number | undefined, compress: boolean): void;
  finish(): Blob;
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

function createZipWriter(): ZipWriter {
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
      const file = compress ? new ZipDeflate(path, { level: 6, mem: memoryLevel(data.length) }) : new ZipPassThrough(path);
      file.mtime = Math.max(modifiedAt ?? ZIP_EPOCH, ZIP_EPOCH);
      zip.add(file);
      file.push(data, true);
      if (failure) throw failure;
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      flush();
      return new Blob(blobs, { type: ZIP_MIME });
    },
  };
}
