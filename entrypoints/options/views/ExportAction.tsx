import { t } from '@/utils/i18n';
import type { LibraryScope } from '../extensions';
import { navigate } from '../model';

/**
 * The library's export button: opens the export page, which starts with what the library shows
 * — the selection if there is one, else the filtered list, else the collection — with every
 * format, its options, progress and Cancel. Kept apart from the export code, which loads only
 * when that page opens.
 */
export function ExportAction({ scope }: { scope: LibraryScope }) {
  return (
    <button type="button" class="primary" onClick={() => navigate({ view: 'extra', id: 'export' })}>
      {scope.selectedCount > 0 ? t('exportOpenSelection') : t('exportOpen')}
    </button>
  );
}
