import { useState } from 'preact/hooks';
import { CollectionPicker } from '@/components/CollectionPicker';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import { t } from '@/utils/i18n';
import { LibraryView } from './views/LibraryView';

export function App() {
  const [collectionId, setCollectionId] = useState(INBOX_ID);
  const collections = useLiveQuery(() => listCollections(), []);
  const collection = collections.status === 'ready' ? collections.value.find((c) => c.id === collectionId) : undefined;

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
      <main>{collection && <LibraryView collection={collection} />}</main>
    </div>
  );
}
