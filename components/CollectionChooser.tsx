import { useState } from 'preact/hooks';
import type { Collection } from '@/utils/db';
import { t } from '@/utils/i18n';
import { CollectionPicker } from './CollectionPicker';

interface Props {
  id: string;
  collections: readonly Collection[];
  value: string;
  onChange: (id: string) => void;
  /** Creates (or finds) the collection named `name`; resolves with a sentence on failure, else null. */
  onCreate: (name: string) => Promise<string | null>;
}

/** The collection to save into, with "New collection" inline, so nobody has to leave the popup. */
export function CollectionChooser({ id, collections, value, onChange, onCreate }: Props) {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = `${id}-new-name`;

  const close = () => {
    setCreating(false);
    setName('');
    setError(null);
    document.getElementById(id)?.focus();
  };
  const create = async () => {
    if (busy) return;
    if (!name.trim()) {
      setError(t('collectionNameMissing'));
      return;
    }
    setBusy(true);
    const failure = await onCreate(name);
    setBusy(false);
    if (failure) setError(failure);
    else close();
  };

  return (
    <div class="field">
      <label for={id}>{t('collectionLabel')}</label>
      <div class="collection-row">
        <CollectionPicker id={id} collections={collections} value={value} onChange={onChange} />
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('newCollection')}
          </button>
        )}
      </div>
      {creating && (
        <div class="new-collection">
          <label for={nameId}>{t('newCollectionName')}</label>
          <div class="collection-row">
            <input
              id={nameId}
              type="text"
              autocomplete="off"
              value={name}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${nameId}-error` : undefined}
              onInput={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                // Enter creates the collection here; it must not save the clipping.
                if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  void create();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  close();
                }
              }}
            />
            <button type="button" disabled={busy} onClick={() => void create()}>
              {t('createCollection')}
            </button>
            <button type="button" onClick={close}>
              {t('cancel')}
            </button>
          </div>
          {error && (
            <p class="status-error" id={`${nameId}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
