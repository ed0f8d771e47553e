/**
 * The export panel: takes the clippings to export (a collection, a filtered view or a
 * selection — whoever renders it decides) and turns them into a Markdown ZIP, one Markdown
 * file, a CSV coverage report or a printable press review. Long exports run in slices with a
 * progress bar and can be cancelled; the page stays usable meanwhile.
 */
import { useRef, useState } from 'preact/hooks';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import type { Clipping } from '@/utils/db';
import { downloadFile, openInNewTab } from '@/utils/download';
import {
  buildCombinedMarkdown,
  buildMarkdownZip,
  buildReport,
  EXPORT_FORMATS,
  exportFileName,
  imageUrlsOf,
  originPatternsOf,
  toCsv,
  type CsvSeparator,
  type ExportFormat,
  type MarkdownContent,
} from '@/utils/export';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { clippingCount, formatNumber, t, uiLanguage } from '@/utils/i18n';
import { fetchImages, requestImageAccess } from '@/utils/image-assets';
import { createWorkerZipWriter } from '@/utils/zip-worker';
import { exportLabels, userTimeZone } from './export-labels';
import { progressReporter, ProgressLine, PROGRESS_THRESHOLD, type Task } from './progress';

interface Props {
  /** What is exported, for headings and file names: a collection's or a view's name. */
  title: string;
  clippings: readonly Clipping[];
}

type ImageMode = 'link' | 'download';

export function ExportView({ title, clippings }: Props) {
  const collections = useLiveQuery(() => listCollections(), []);
  const [format, setFormat] = useState<ExportFormat>('markdown-zip');
  const [content, setContent] = useState<MarkdownContent>('full');
  const [images, setImages] = useState<ImageMode>('link');
  const [imageNotice, setImageNotice] = useState<string | null>(null);
  const [separator, setSeparator] = useState<CsvSeparator>(uiLanguage().startsWith('de') ? ';' : ',');
  const [reportImages, setReportImages] = useState(false);
  const [task, setTask] = useState<Task>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const running = task.state === 'running';
  const collectionNames = new Map(collections.status === 'ready' ? collections.value.map((c) => [c.id, c.name]) : []);

  // The permission prompt must come straight from the user's gesture: no await before it.
  const chooseImages = (mode: ImageMode) => {
    setImageNotice(null);
    if (mode === 'link') return setImages('link');
    const urls = imageUrlsOf(clippings);
    if (urls.length === 0) {
      setImageNotice(t('exportImagesNone'));
      return setImages('link');
    }
    setImages('download');
    void requestImageAccess(originPatternsOf(urls)).then((granted) => {
      if (granted) return;
      setImages('link');
      setImageNotice(t('exportImagesDenied'));
    });
  };

  const run = async (action: 'download' | 'open') => {
    const controller = new AbortController();
    abort.current = controller;
    const signal = controller.signal;
    const onProgress = progressReporter(setTask, 'exportProgress');
    setTask({ state: 'running', label: 'exportProgress', done: 0, total: clippings.length });
    try {
      const labels = exportLabels();
      const timeZone = userTimeZone();
      const fileName = exportFileName(title, format);
      let message = t('exportDone', fileName);
      if (format === 'markdown-zip') {
        let fetched;
        if (images === 'download' && content === 'full') {
          const urls = imageUrlsOf(clippings);
          setTask({ state: 'running', label: 'exportImageProgress', done: 0, total: urls.length });
          fetched = await fetchImages(urls, { signal, onProgress: progressReporter(setTask, 'exportImageProgress') });
          if (fetched.failed.length > 0) message += ` ${t('exportImagesMissed', formatNumber(fetched.failed.length), formatNumber(urls.length))}`;
        }
        const zip = await buildMarkdownZip(
          { clippings, collectionNames, images: fetched?.images },
          { content, labels, timeZone, signal, onProgress, createWriter: createWorkerZipWriter },
        );
        downloadFile(fileName, zip.blob, EXPORT_FORMATS[format].mime);
      } else if (format === 'markdown') {
        const blob = await buildCombinedMarkdown(clippings, { title, collectionNames, content, labels, signal, onProgress });
        downloadFile(fileName, blob, EXPORT_FORMATS[format].mime);
      } else if (format === 'csv') {
        downloadFile(fileName, toCsv(clippings, { separator, labels, collectionNames, timeZone }), EXPORT_FORMATS[format].mime);
      } else {
        const blob = await buildReport(clippings, {
          title,
          labels,
          timeZone,
          collectionNames,
          includeImages: reportImages,
          sanitizeHtml: (html) => sanitizeClipHtml(html, window),
          signal,
          onProgress,
        });
        if (action === 'open' && (await openInNewTab(blob))) message = t('exportOpened');
        else downloadFile(fileName, blob, EXPORT_FORMATS[format].mime);
      }
      setTask({ state: 'done', message });
    } catch (error) {
      if (signal.aborted) setTask({ state: 'done', message: t('exportCancelled') });
      else setTask({ state: 'failed', message: t('exportFailed', error instanceof Error ? error.message : String(error)) });
    } finally {
      abort.current = null;
    }
  };

  if (clippings.length === 0) {
    return (
      <section class="export-panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('exportHeading', title)}</h2>
        <p class="muted">{t('exportNothing')}</p>
      </section>
    );
  }

  return (
    <section class="export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">
        {t('exportHeading', title)} <span class="count">{clippingCount(clippings.length)}</span>
      </h2>
      <form
        class="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) void run('download');
        }}
      >
        <fieldset disabled={running}>
          <legend>{t('exportFormat')}</legend>
          <Choice name="format" value="markdown-zip" current={format} onChange={setFormat} label={t('exportFormatZip')} />
          <Choice name="format" value="markdown" current={format} onChange={setFormat} label={t('exportFormatMarkdown')} />
          <Choice name="format" value="csv" current={format} onChange={setFormat} label={t('exportFormatCsv')} />
          <Choice name="format" value="report" current={format} onChange={setFormat} label={t('exportFormatReport')} />
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
            <Choice name="images" value="link" current={images} onChange={chooseImages} label={t('exportImagesLink')} />
            <Choice name="images" value="download" current={images} onChange={chooseImages} label={t('exportImagesDownload')} />
            {imageNotice && <p class="notice-warning">{imageNotice}</p>}
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
            <button type="submit" class="primary" disabled={running}>
              {t('exportStart')}
            </button>
          )}
          {running && (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('exportCancel')}
            </button>
          )}
        </div>
      </form>
      <ProgressLine task={task} showBarFrom={PROGRESS_THRESHOLD} />
    </section>
  );
}

function Choice<T extends string>({ name, value, current, onChange, label }: { name: string; value: T; current: T; onChange: (value: T) => void; label: string }) {
  return (
    <label class="choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
}
