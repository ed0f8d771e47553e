import { useState } from 'preact/hooks';
import { openAsModal } from '@/components/open-as-modal';
import { TagInput, withPending } from '@/components/TagInput';
import type { CollectionFields } from '@/utils/clippings';
import type { Collection } from '@/utils/db';
import { clippingCount, t } from '@/utils/i18n';
import { tagKey } from '@/utils/tags';
import { describeError } from '@/utils/user-errors';

export type DeleteChoice = 'move-to-inbox' | 'delete';

interface Props {
  collections: readonly Collection[];
  /** The collection that cannot be deleted (the Inbox). */
  inboxId: string;
  /** Clippings per collection id. */
  counts: ReadonlyMap<string, number>;
  /** Links into the library and the coverage overview for a collection. */
  libraryHref: (id: string) => string;
  coverageHref: (id: string) => string;
  /** Each resolves when stored, or rejects with a message to show. */
  onCreate: (fields: CollectionFields) => Promise<void>;
  onEdit: (id: string, fields: CollectionFields) => Promise<void>;
  onDelete: (id: string, choice: DeleteChoice) => Promise<void>;
}

/**
 * Collections: create one; rename it, describe it, set the tags its new clippings get; delete it
 * after a confirmation that names how many clippings it holds and asks where they go.
 */
export function CollectionManager({ collections, inboxId, counts, libraryHref, coverageHref, onCreate, onEdit, onDelete }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Collection | null>(null);
  const nameTaken = (name: string, ownId?: string) => collections.some((c) => c.id !== ownId && tagKey(c.name) === tagKey(name));

  return (
    <div class="collections">
      <CollectionForm
        idPrefix="new-collection"
        heading={t('collectionNewHeading')}
        submitLabel={t('collectionCreate')}
        initial={{ name: '', description: '', defaultTags: [] }}
        nameTaken={(name) => nameTaken(name)}
        onSubmit={onCreate}
        resetAfterSubmit
      />
      <ul class="collection-list" aria-label={t('collectionsHeading')}>
        {collections.map((c) => (
          <li key={c.id} class="collection-item" data-id={c.id}>
            {editing === c.id ? (
              <CollectionForm
                idPrefix={`edit-${c.id}`}
                heading={t('editCollectionHeading', c.name)}
                submitLabel={t('save')}
                initial={c}
                nameTaken={(name) => nameTaken(name, c.id)}
                onSubmit={async (fields) => {
                  await onEdit(c.id, fields);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3 class="collection-name">{c.name}</h3>
                <p class="collection-count">{clippingCount(counts.get(c.id) ?? 0)}</p>
                {c.description && <p class="collection-description">{c.description}</p>}
                {c.defaultTags.length > 0 && (
                  <p class="muted">
                    {t('defaultTagsLabel')}: {c.defaultTags.join(', ')}
                  </p>
                )}
                <div class="actions">
                  <a href={libraryHref(c.id)}>{t('showClippings')}</a>
                  <a href={coverageHref(c.id)}>{t('navCoverage')}</a>
                  <button type="button" aria-label={t('editCollectionButton', c.name)} onClick={() => setEditing(c.id)}>
                    {t('edit')}
                  </button>
                  {c.id !== inboxId && (
                    <button type="button" class="danger" aria-label={t('deleteCollectionButton', c.name)} onClick={() => setDeleting(c)}>
                      {t('delete')}
                    </button>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {deleting && (
        <DeleteCollectionDialog
          collection={deleting}
          count={counts.get(deleting.id) ?? 0}
          onCancel={() => setDeleting(null)}
          onConfirm={async (choice) => {
            await onDelete(deleting.id, choice);
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}

interface FormProps {
  idPrefix: string;
  heading: string;
  submitLabel: string;
  initial: Pick<Collection, 'name' | 'description' | 'defaultTags'>;
  nameTaken: (name: string) => boolean;
  onSubmit: (fields: CollectionFields) => Promise<void>;
  onCancel?: () => void;
  resetAfterSubmit?: boolean;
}

function CollectionForm({ idPrefix, heading, submitLabel, initial, nameTaken, onSubmit, onCancel, resetAfterSubmit }: FormProps) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [tags, setTags] = useState(initial.defaultTags);
  const [pending, setPending] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = !name.trim() ? t('collectionNameEmpty') : nameTaken(name.trim()) ? t('collectionNameTaken', name.trim()) : null;

  return (
    <form
      class="collection-form"
      aria-label={heading}
      onSubmit={async (e) => {
        e.preventDefault();
        if (problem) {
          setError(problem);
          return;
        }
        setBusy(true);
        try {
          await onSubmit({ name, description, defaultTags: withPending(tags, pending) });
          setError(null);
          if (resetAfterSubmit) {
            setName('');
            setDescription('');
            setTags([]);
            setPending('');
          }
        } catch (failure) {
          setError(describeError(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{heading}</h3>
      <div class="field">
        <label for={`${idPrefix}-name`}>{t('collectionNameLabel')}</label>
        <input
          id={`${idPrefix}-name`}
          type="text"
          value={name}
          aria-invalid={error && problem ? 'true' : undefined}
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-description`}>{t('collectionDescriptionLabel')}</label>
        <textarea id={`${idPrefix}-description`} rows={2} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-tags`}>{t('defaultTagsLabel')}</label>
        <TagInput
          id={`${idPrefix}-tags`}
          tags={tags}
          pending={pending}
          onChange={(next, typed) => {
            setTags(next);
            setPending(typed);
          }}
        />
      </div>
      {error && (
        <p id={`${idPrefix}-error`} class="status-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('actionCancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface DialogProps {
  collection: Collection;
  count: number;
  onCancel: () => void;
  onConfirm: (choice: DeleteChoice) => Promise<void>;
}

/** A modal dialog (the browser's <dialog>: focus stays inside, Escape cancels). */
function DeleteCollectionDialog({ collection, count, onCancel, onConfirm }: DialogProps) {
  const [choice, setChoice] = useState<DeleteChoice>('move-to-inbox');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <dialog ref={openAsModal} class="dialog" aria-labelledby="delete-collection-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            await onConfirm(choice);
          } catch (failure) {
            setError(describeError(failure));
            setBusy(false);
          }
        }}
      >
        <h2 id="delete-collection-title">{t('deleteCollectionTitle', collection.name)}</h2>
        {count === 0 ? (
          <p>{t('deleteCollectionEmpty')}</p>
        ) : (
          <fieldset>
            <legend>{t('deleteCollectionQuestion', clippingCount(count))}</legend>
            <div class="field-check">
              <input id="delete-move" type="radio" name="delete-choice" checked={choice === 'move-to-inbox'} onChange={() => setChoice('move-to-inbox')} />
              <label for="delete-move">{t('deleteCollectionMove', clippingCount(count))}</label>
            </div>
            <div class="field-check">
              <input id="delete-all" type="radio" name="delete-choice" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
              <label for="delete-all">{t('deleteCollectionDelete', clippingCount(count))}</label>
            </div>
          </fieldset>
        )}
        {error && (
          <p class="status-error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="danger" disabled={busy}>
            {count > 0 && choice === 'delete' ? t('confirmDeleteWithClippings', clippingCount(count)) : t('confirmDeleteCollection')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('actionCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
