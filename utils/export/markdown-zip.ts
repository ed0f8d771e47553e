/**
 * A ZIP of Markdown notes, one per clipping, that unpacks straight into an Obsidian vault (or
 * any folder of notes), with downloaded images in `assets/`. Built incrementally: clippings are
 * read a page at a time, each note is compressed as it is written and the compressed bytes are
 * gathered into Blobs, so a 100,000-note export never holds its clippings or one giant string. Pure apart from yielding between slices.
 * @module utils/export/markdown-zip
 */
import type { Clipping } from '@/utils/db';
import { clippingFileStem, createNameAllocator } from './filename';
import { createHtmlToMarkdown } from './html-to-markdown';
import { createAssetNamer, imageUrlsOf, type ImageAsset } from './images';
import type { ExportLabels } from './labels';
import { clippingToMarkdown, compareNewestFirst, type MarkdownContent } from './markdown';
import { forEachPage, sourceOf, surveyClippings, type ClippingSource, type StagedSliceOptions } from './source';
import { createZipWriter, type ZipWriter } from './zip-writer';

export interface MarkdownZipInput {
  clippings: readonly Clipping[];
  /** Collection names by id, for each note's `collection` property. */
  collectionNames: ReadonlyMap<string, string>;
  /** Downloaded images by their original URL; images not in here stay links to the web. */
  images?: ReadonlyMap<string, ImageAsset>;
}

/**
 * Downloads images for one page of notes (web URLs, each asked for once per export); resolves
 * with those it got. Images left out stay links to the web.
 */
export type ImageFetcher = (urls: readonly string[]) => Promise<ReadonlyMap<string, ImageAsset>>;

export interface MarkdownZipSource {
  source: ClippingSource;
  collectionNames: ReadonlyMap<string, string>;
  /** Downloads the images into the export's `assets/` folder; without it images stay links. */
  fetchImages?: ImageFetcher;
}

export interface MarkdownZipOptions extends StagedSliceOptions {
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

/** Builds the ZIP of clippings in memory. Rejects with the signal's reason if aborted. */
export function buildMarkdownZip(input: MarkdownZipInput, options: MarkdownZipOptions): Promise<MarkdownZip> {
  const { images } = input;
  const fetchImages: ImageFetcher | undefined = images && ((urls) => Promise.resolve(new Map(urls.flatMap((url) => (images.has(url) ? [[url, images.get(url)!] as const] : [])))));
  return writeMarkdownZip({ source: sourceOf(input.clippings), collectionNames: input.collectionNames, fetchImages }, options);
}

/**
 * Builds the ZIP from a source read page by page: newest clipping first (names that collide
 * are numbered in that order), each page's images downloaded and stored just before its
 * notes. Rejects with the signal's reason if aborted.
 */
export async function writeMarkdownZip(input: MarkdownZipSource, options: MarkdownZipOptions): Promise<MarkdownZip> {
  const { content, labels, timeZone } = options;
  const order = await surveyClippings(input.source, ({ id, clippedAt }) => ({ id, clippedAt }), compareNewestFirst, options);
  const paths = new Map<string, string>();
  const asked = new Set<string>();
  const pathFor = createAssetNamer();
  const convert = createHtmlToMarkdown({ imageTarget: (src) => paths.get(src) ?? src });
  const allocate = createNameAllocator();
  const writer = (options.createWriter ?? createZipWriter)();
  const notes: string[] = [];
  const { fetchImages } = input;
  try {
    await forEachPage(
      input.source,
      order.map((key) => key.id),
      {
        prepare: fetchImages
          ? async (page) => {
              const wanted = imageUrlsOf(page).filter((url) => !asked.has(url));
              if (wanted.length === 0) return;
              for (const url of wanted) asked.add(url);
              const fetched = await fetchImages(wanted);
              options.signal?.throwIfAborted();
              for (const url of wanted) {
                const asset = fetched.get(url);
                if (!asset) continue;
                const path = pathFor(url, asset.extension);
                paths.set(url, path);
                writer.add(path, asset.data, undefined, false); // already compressed: stored as is
              }
            }
          : undefined,
        work: (clipping) => {
          const name = allocate(clippingFileStem(clipping, timeZone), 'md');
          const collectionName = input.collectionNames.get(clipping.collectionId) ?? '';
          writer.add(name, clippingToMarkdown(clipping, { collectionName, content, labels, convert }), clipping.updatedAt, true);
          return name;
        },
        collect: (names) => notes.push(...names),
      },
      options,
    );
    return { blob: await writer.finish(), notes, images: paths.size };
  } catch (error) {
    writer.dispose();
    throw error;
  }
}
