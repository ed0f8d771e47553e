/**
 * The export formats: what each is called in code, its file extension and media type. The
 * exporters themselves live one per file beside this one; all are pure (clippings in, file
 * content out) and leave saving to utils/download.ts.
 * @module utils/export
 */
import { BACKUP_MIME } from './backup';
import { CSV_MIME } from './csv';
import { safeFileStem } from './filename';
import { MARKDOWN_MIME } from './markdown';
import { ZIP_MIME } from './markdown-zip';
import { REPORT_MIME } from './report';

/** Formats for some clippings (a selection, a view, a collection); 'json' is the backup format for just those. */
export type ExportFormat = 'markdown-zip' | 'markdown' | 'csv' | 'report' | 'json';

export const EXPORT_FORMATS: Record<ExportFormat | 'backup', { extension: string; mime: string }> = {
  'markdown-zip': { extension: 'zip', mime: ZIP_MIME },
  markdown: { extension: 'md', mime: MARKDOWN_MIME },
  csv: { extension: 'csv', mime: CSV_MIME },
  report: { extension: 'html', mime: REPORT_MIME },
  json: { extension: 'json', mime: BACKUP_MIME },
  backup: { extension: 'json', mime: BACKUP_MIME },
};

/** "Presse Stadtwerke.zip": the export's file name from the name of what is exported. */
export function exportFileName(title: string, format: ExportFormat): string {
  return `${safeFileStem(title)}.${EXPORT_FORMATS[format].extension}`;
}

export { buildBackup, backupToJson, writePartialBackup, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
export { toCsv, writeCsv, type CsvSeparator } from './csv';
export { imageUrlsOf, originPatternsOf, type ImageAsset } from './images';
export type { ExportLabels } from './labels';
export { buildCombinedMarkdown, clippingToMarkdown, collectionToMarkdown, writeCombinedMarkdown, type MarkdownContent } from './markdown';
export { buildMarkdownZip, writeMarkdownZip, type ImageFetcher } from './markdown-zip';
export { buildReport, writeReport } from './report';
export type { Progress, SliceOptions } from './slices';
export { sourceOf, type ClippingSource, type ExportStage } from './source';
