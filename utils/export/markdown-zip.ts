/**
 * A ZIP of Markdown notes, one per clipping, that unpacks straight into an Obsidian vault (or
 * any folder of notes), with downloaded images in `assets/`. Built incrementally: each note is
 * compressed as it is written and the compressed bytes are gathered into Blobs, so a
 * 10,000-note export never holds one giant string. Pure apart from yielding between slices.
 * @module utils/export/markdown-zip
 */
import type { Clipping } from '@/utils/db';
import { clippingFileStem, createNameAllocator } from './filename';
import { createHtmlToMarkdown } from './html-to-markdown';
import { assetPaths, type ImageAsset } from './images';
import type { ExportLabels } from './labels';
import { clippingToMarkdown, sortNewestFirst, type MarkdownContent } from './markdown';
import { mapInSlices, type SliceOptions } from './slices';
import { createZipWriter, type ZipWriter } from './zip-writer';

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
  /** Where the files are compressed (default: in this thread; the page uses a worker). */
  createWriter?: () => ZipWriter;
}

export interface MarkdownZip {
  blob: Blob;
  /** The notes' file names, in the order written. */
  notes: string[];
  /** Images written into assets/. */
  images: number;
}

export { ZIP_MIME } from './zip-writer';

/** Builds the ZIP. Rejects with the signal's reason if aborted. */
export async function buildMarkdownZip(input: MarkdownZipInput, options: MarkdownZipOptions): Promise<MarkdownZip> {
  const { content, labels, timeZone } = options;
  const images = input.images ?? new Map<string, ImageAsset>();
  const paths = assetPaths(images);
  const convert = createHtmlToMarkdown({ imageTarget: (src) => paths.get(src) ?? src });
  const allocate = createNameAllocator();
  const writer = (options.createWriter ?? createZipWriter)();
  try {
    const notes = await mapInSlices(
      sortNewestFirst(input.clippings),
      (clipping) => {
        const name = allocate(clippingFileStem(clipping, timeZone), 'md');
        const collectionName = input.collectionNames.get(clipping.collectionId) ?? '';
        writer.add(name, clippingToMarkdown(clipping, { collectionName, content, labels, convert }), clipping.updatedAt, true);
        return name;
      },
      options,
    );
    for (const [url, path] of paths) {
      const asset = images.get(url);
      if (asset) writer.add(path, asset.data, undefined, false); // already compressed: stored as is
    }
    return { blob: await writer.finish(), notes, images: paths.size };
  } catch (error) {
    writer.dispose();
    throw error;
  }
}
