/**
 * The export panel: what to export (the selection, the filtered view, the collection or the
 * whole library — see export-scope.ts) and how: a Markdown ZIP, one Markdown file, a CSV
 * coverage report or a printable press review. The clippings are read from the database a page
 * at a time while the file is written, so an export of 100,000 clippings never holds them all;
 * long exports show progress, can be cancelled, and leave the page usable meanwhile.
 */
import { useRef, useState } from 'preact/hooks';
import { generatorName } from '@/utils/backup';
import { readClippings } from '@/utils/clippings';
import type { Collection } from '@/utils/db';
import { downloadFile, openInNewTab } from '@/utils/download';
import {
  EXPORT_FORMATS,
  exportFileName,
  writeCombinedMarkdown,
  writeCsv,
  writeMarkdownZip,
  writePartialBackup,
  writeReport,
  type ClippingSource,
  type CsvSeparator,
  type ExportFormat,
  type ExportStage,
  type ImageFetcher,
  type MarkdownContent,
} from '@/utils/export';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { clippingCount, formatNumber, t, uiLanguage } from '@/utils/i18n';
import { fetchImages } from '@/utils/image-assets';
import { describeError } from '@/utils/user-errors';
import { createWorkerZipWriter } from '@/utils/zip-worker';
import { exportLabels, userTimeZone } from './export-labels';
import { defaultScope, type ExportScope, type ExportScopeKind } from './export-scope';
import { useImageAccess, type ImageAccess } from './image-access';
import { progressReporter, ProgressLine, PROGRESS_THRESHOLD, type Task } from './progress';

interface Props {
  /** What can be exported, most specific first; the first with clippings is chosen at first. */
  scopes: readonly ExportScope[];
  collections: readonly Collection[];
}

/** Sites named in the permission request; more are counted, not listed. */
const SITES_SHOWN = 6;

export function ExportView({ scopes, collections }: Props) {
  const [kind, setKind] = useState<ExportScopeKind | null>(null);
  const scope = scopes.find((s) => s.kind === kind) ?? defaultScope(scopes);
  const [format, setFormat] = useState<ExportFormat>('markdown-zip');
  const [content, setContent] = useState<MarkdownContent>('full');
  const [separator, setSeparator] = useState<CsvSeparator>(uiLanguage().startsWith('de') ? ';' : ',');
  const [reportImages, setReportImages] = useState(false);
  const [task, setTask] = useState<Task>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const images = useImageAccess(scope?.ids ?? [], scope?.kind ?? '');

  if (!scope) return null;
  const running = task.state === 'running';
  const wantsImages = format === 'markdown-zip' && content === 'full' && images.access.state !== 'links' && images.access.state !== 'refused';
  const waitingForImages = wantsImages && images.access.state !== 'granted';

  const run = async (action: 'download' | 'open') => {
    const controller = new AbortController();
    abort.current = controller;
    const signal = controller.signal;
    const ids = scope.ids;
    setTask({ state: 'running', label: 'exportReadingProgress', done: 0, total: ids.length });
    let onProgress = progressReporter(setTask, 'exportReadingProgress');
    const staged = {
      signal,
      onStage: (stage: ExportStage) => (onProgress = progressReporter(setTask, stage === 'reading' ? 'exportReadingProgress' : 'exportProgress')),
      onProgress: (progress: { done: number; total: number }) => onProgress(progress),
    };
    const source: ClippingSource = { ids, read: (wanted) => readClippings(wanted) };
    const collectionNames = new Map(collections.map((c) => [c.id, c.name]));
    const labels = exportLabels();
    const timeZone = userTimeZone();
    const fileName = exportFileName(scope.name, format);
    try {
      let message = t('exportDone', fileName);
      if (format === 'markdown-zip') {
        const pictures = { asked: 0, failed: 0 };
        const fetcher: ImageFetcher | undefined = wantsImages
          ? async (urls) => {
              const fetched = await fetchImages(urls, { signal, onProgress: progressReporter(setTask, 'exportImageProgress') });
              pictures.asked += urls.length;
              pictures.failed += fetched.failed.length;
              return fetched.images;
            }
          : undefined;
        const zip = await writeMarkdownZip({ source, collectionNames, fetchImages: fetcher }, { content, labels, timeZone, createWriter: createWorkerZipWriter, ...staged });
        if (pictures.failed > 0) message += ` ${t('exportImagesMissed', formatNumber(pictures.failed), formatNumber(pictures.asked))}`;
        downloadFile(fileName, zip.blob, EXPORT_FORMATS[format].mime);
      } else if (format === 'markdown') {
        downloadFile(fileName, await writeCombinedMarkdown(source, { title: scope.name, collectionNames, content, labels, ...staged }), EXPORT_FORMATS[format].mime);
      } else if (format === 'json') {
        // No settings: they belong to a whole library, not to some of its clippings.
        const header = { exportedAt: new Date().toISOString(), generator: generatorName(), settings: {} };
        downloadFile(fileName, await writePartialBackup(source, { header, collections, ...staged }), EXPORT_FORMATS[format].mime);
      } else if (format === 'csv') {
        downloadFile(fileName, await writeCsv(source, { separator, labels, collectionNames, timeZone, ...staged }), EXPORT_FORMATS[format].mime);
      } else {
        const blob = await writeReport(source, {
          title: scope.name,
          labels,
          timeZone,
          collectionNames,
          includeImages: reportImages,
          sanitizeHtml: (html) => sanitizeClipHtml(html, window),
          ...staged,
        });
        if (action === 'open' && (await openInNewTab(blob))) message = t('exportOpened');
        else downloadFile(fileName, blob, EXPORT_FORMATS[format].mime);
      }
      setTask({ state: 'done', message });
    } catch (error) {
      if (signal.aborted) setTask({ state: 'done', message: t('exportCancelled') });
      else setTask({ state: 'failed', message: t('exportFailed', describeError(error)) });
    } finally {
      abort.current = null;
    }
  };

  return (
    <section class="export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">
        {t('exportHeading', scope.name)} <span class="count">{clippingCount(scope.ids.length)}</span>
      </h2>
      <form
        class="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running && !waitingForImages && scope.ids.length > 0) void run('download');
        }}
      >
        {scopes.length > 1 && (
          <fieldset disabled={running}>
            <legend>{t('exportScopeLegend')}</legend>
            {scopes.map((s) => (
              <Choice key={s.kind} name="scope" value={s.kind} current={scope.kind} onChange={setKind} label={s.label} />
            ))}
          </fieldset>
        )}
        {scope.ids.length === 0 ? (
          <p class="muted">{t('exportNothing')}</p>
        ) : (
          <>
            <fieldset disabled={running}>
              <legend>{t('exportFormat')}</legend>
              <Choice name="format" value="markdown-zip" current={format} onChange={setFormat} label={t('exportFormatZip')} />
              <Choice name="format" value="markdown" current={format} onChange={setFormat} label={t('exportFormatMarkdown')} />
              <Choice name="format" value="csv" current={format} onChange={setFormat} label={t('exportFormatCsv')} />
              <Choice name="format" value="report" current={format} onChange={setFormat} label={t('exportFormatReport')} />
              <Choice name="format" value="json" current={format} onChange={setFormat} label={t('exportFormatJson')} />
            </fieldset>

            {(format === 'markdown-zip' || format === 'markdown') && (
              <fieldset disabled={running}>
                <legend>{t('exportContent')}</legend>
                <Choice name="content" value="full" current={content} onChange={setContent} label={t('exportContentFull')} />
                <Choice name="content" value="excerpt" current={content} onChange={setContent} label={t('exportContentExcerpt')} />
              </fieldset>
            )}

            {format === 'markdown-zip' && content === 'full' && (
              <fieldset disabled={running}>
                <legend>{t('exportImages')}</legend>
                <Choice name="images" value="links" current={wantsImages ? 'download' : 'links'} onChange={(mode) => void images.choose(mode)} label={t('exportImagesLink')} />
                <Choice name="images" value="download" current={wantsImages ? 'download' : 'links'} onChange={(mode) => void images.choose(mode)} label={t('exportImagesDownload')} />
                <ImageAccessLine access={images.access} onAllow={images.allow} />
              </fieldset>
            )}

            {format === 'csv' && (
              <fieldset disabled={running}>
                <legend>{t('exportSeparator')}</legend>
                <Choice name="separator" value="," current={separator} onChange={setSeparator} label={t('exportSeparatorComma')} />
                <Choice name="separator" value=";" current={separator} onChange={setSeparator} label={t('exportSeparatorSemicolon')} />
              </fieldset>
            )}

            {format === 'report' && (
              <fieldset disabled={running}>
                <legend>{t('exportImages')}</legend>
                <label class="choice">
                  <input type="checkbox" checked={reportImages} onChange={(e) => setReportImages(e.currentTarget.checked)} />
                  {t('exportReportImages')}
                </label>
              </fieldset>
            )}

            <div class="export-actions">
              {format === 'report' ? (
                <>
                  <button type="button" class="primary" disabled={running} onClick={() => void run('open')}>
                    {t('exportReportOpen')}
                  </button>
                  <button type="submit" disabled={running}>
                    {t('exportReportDownload')}
                  </button>
                </>
              ) : (
                <button type="submit" class="primary" disabled={running || waitingForImages}>
                  {t('exportStart')}
                </button>
              )}
              {running && (
                <button type="button" onClick={() => abort.current?.abort()}>
                  {t('exportCancel')}
                </button>
              )}
            </div>
          </>
        )}
      </form>
      <ProgressLine task={task} showBarFrom={PROGRESS_THRESHOLD} />
    </section>
  );
}

/** Where the image download stands: looking for the sites, asking for access, or why not. */
function ImageAccessLine({ access, onAllow }: { access: ImageAccess; onAllow: (origins: readonly string[]) => void }) {
  switch (access.state) {
    case 'looking':
      return (
        <p class="muted" role="status">
          {t('exportImagesLooking', formatNumber(access.done), formatNumber(access.total))}
        </p>
      );
    case 'ask':
      return (
        <div class="notice-warning image-access">
          <p>{t('exportImagesAsk', siteList(access.origins))}</p>
          <button type="button" class="primary" onClick={() => onAllow(access.origins)}>
            {t('exportImagesAllow')}
          </button>
        </div>
      );
    case 'refused':
      return <p class="notice-warning">{access.why === 'none' ? t('exportImagesNone') : t('exportImagesDenied')}</p>;
    default:
      return null;
  }
}

/** "www.lz.de, img.nw.de" from permission patterns; past a handful, "… (+12)". */
function siteList(origins: readonly string[]): string {
  const hosts = origins.map((pattern) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, ''));
  const shown = hosts.slice(0, SITES_SHOWN).join(', ');
  return hosts.length > SITES_SHOWN ? `${shown} … (+${formatNumber(hosts.length - SITES_SHOWN)})` : shown;
}

function Choice<T extends string>({ name, value, current, onChange, label }: { name: string; value: T; current: T; onChange: (value: T) => void; label: string }) {
  return (
    <label class="choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
}
