import { useEffect, useState } from 'preact/hooks';
import { CollectionPicker } from '@/components/CollectionPicker';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ExportPage } from './views/ExportPage';
import { LibraryView } from './views/LibraryView';

export function App() {
  const [collectionId, setCollectionId] = useState(INBOX_ID);
  const collections = useLiveQuery(() => listCollections(), []);
  const collection = collections.status === 'ready' ? collections.value.find((c) => c.id === collectionId) : undefined;
  // Hash route: "#/export" is the export and backup page, anything else the library.
  const [route, setRoute] = useState(location.hash);
  useEffect(() => {
    const onHashChange = () => setRoute(location.hash);
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  const onExportPage = route === '#/export';

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <div class="field field-inline">
          <label for="collection">{t('collectionLabel')}</label>
          {collections.status === 'ready' && (
            <CollectionPicker id="collection" collections={collections.value} value={collectionId} onChange={setCollectionId} />
          )}
        </div>
      </header>
      <nav class="options-nav" aria-label={t('navLabel')}>
        <a href="#/" aria-current={onExportPage ? undefined : 'page'}>
          {t('navLibrary')}
        </a>
        <a href="#/export" aria-current={onExportPage ? 'page' : undefined}>
          {t('navExport')}
        </a>
      </nav>
      <main>{collection && (onExportPage ? <ExportPage collection={collection} /> : <LibraryView collection={collection} />)}</main>
    </div>
  );
}
