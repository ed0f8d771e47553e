import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import { t } from '@/utils/i18n';
import { describeError } from '@/utils/user-errors';
import type { LibraryScope } from '../extensions';
import { indexState } from '../model';
import { ExportPage } from './ExportPage';

/**
 * The export feature's page as a view of the shell (#/export): it exports what the library
 * showed when the reader left it (see export-scope.ts), once the library index has loaded.
 */
export function ExportForLibrary({ scope }: { scope: LibraryScope }) {
  const collections = useLiveQuery(() => listCollections(), []);
  if (collections.status === 'error') return <p role="alert">{t('loadFailed', describeError(collections.error))}</p>;
  if (collections.status === 'loading' || indexState.value.status === 'loading') {
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  }
  return <ExportPage scope={scope} collections={collections.value} />;
}
