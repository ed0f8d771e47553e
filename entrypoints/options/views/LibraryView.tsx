import { useState } from 'preact/hooks';
import { ClippingList } from '@/components/ClippingList';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listClippings } from '@/utils/clippings';
import type { Clipping, Collection } from '@/utils/db';
import { downloadFile } from '@/utils/download';
import { collectionToMarkdown } from '@/utils/export/markdown';
import { safeFileStem } from '@/utils/export/filename';
import { clippingCount, t } from '@/utils/i18n';
import { exportLabels } from './export-labels';

export function LibraryView({ collection }: { collection: Collection }) {
  const clippings = useLiveQuery(() => listClippings(collection.id), [collection.id]);
  const [exportError, setExportError] = useState<string | null>(null);

  if (clippings.status === 'loading') return <p class="muted" role="status">{t('loading')}</p>;
  if (clippings.status === 'error') return <p role="alert">{t('loadFailed', clippings.error.message)}</p>;

  const onExport = (items: readonly Clipping[]) => {
    try {
      const collectionNames = new Map([[collection.id, collection.name]]);
      const markdown = collectionToMarkdown(items, { title: collection.name, collectionNames, content: 'full', labels: exportLabels() });
      downloadFile(`${safeFileStem(collection.name)}.md`, markdown, 'text/markdown;charset=utf-8');
      setExportError(null);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby="collection-heading">
      <div class="toolbar">
        <h2 id="collection-heading">
          {collection.name} <span class="count">{clippingCount(clippings.value.length)}</span>
        </h2>
        <button type="button" class="primary" disabled={clippings.value.length === 0} onClick={() => onExport(clippings.value)}>
          {t('exportMarkdown')}
        </button>
      </div>
      {exportError && <p role="alert">{t('exportFailed', exportError)}</p>}
      {clippings.value.length === 0 ? <p class="muted">{t('emptyCollection')}</p> : <ClippingList clippings={clippings.value} />}
    </section>
  );
}
