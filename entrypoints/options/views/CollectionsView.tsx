import { CollectionManager } from '@/components/CollectionManager';
import { createCollection, deleteCollection, editCollection } from '@/utils/clippings';
import { INBOX_ID, type Collection } from '@/utils/db';
import { clippingCount, t } from '@/utils/i18n';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { indexState, notice } from '../model';
import { formatRoute } from '../route';

/** Create, rename, describe and delete collections; counts come from the library index. */
export function CollectionsView({ collections }: { collections: readonly Collection[] }) {
  const counts = indexState.value.snapshot.facets().collections;
  const named = (id: string) => collections.find((c) => c.id === id)?.name ?? '';
  return (
    <section aria-labelledby="collections-heading">
      <h2 id="collections-heading">{t('collectionsHeading')}</h2>
      <CollectionManager
        collections={collections}
        inboxId={INBOX_ID}
        counts={counts}
        libraryHref={(id) => formatRoute({ view: 'library', filter: { ...DEFAULT_FILTER, collectionId: id } })}
        coverageHref={(id) => formatRoute({ view: 'coverage', filter: { ...DEFAULT_FILTER, collectionId: id } })}
        onCreate={async (fields) => {
          const { collection: created } = await createCollection(fields, 'refuse');
          notice.value = { kind: 'info', text: t('collectionCreated', created.name) };
        }}
        onEdit={async (id, fields) => {
          await editCollection(id, fields);
          notice.value = { kind: 'info', text: t('collectionSaved', fields.name) };
        }}
        onDelete={async (id, choice) => {
          const name = named(id);
          const result = await deleteCollection(id, choice);
          notice.value = result.deleted
            ? { kind: 'info', text: t('collectionDeletedWithClippings', name, clippingCount(result.deleted.count)), undo: result.deleted }
            : { kind: 'info', text: t('collectionDeletedMoved', name, clippingCount(result.moved)) };
        }}
      />
    </section>
  );
}
