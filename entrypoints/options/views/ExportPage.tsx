/**
 * The "Export and backup" page (#/export): the export panel for the chosen collection, then
 * backup and restore of the whole library.
 */
import { useLiveQuery } from '@/components/useLiveQuery';
import { listClippings } from '@/utils/clippings';
import type { Collection } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ExportView } from './ExportView';
import { ImportView } from './ImportView';
import './export.css';

export function ExportPage({ collection }: { collection: Collection }) {
  const clippings = useLiveQuery(() => listClippings(collection.id), [collection.id]);
  return (
    <div class="export-page">
      {clippings.status === 'loading' && (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      )}
      {clippings.status === 'error' && <p role="alert">{t('loadFailed', clippings.error.message)}</p>}
      {clippings.status === 'ready' && <ExportView title={collection.name} clippings={clippings.value} />}
      <ImportView />
    </div>
  );
}
