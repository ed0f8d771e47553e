import { useState } from 'preact/hooks';
import type { Collection } from '@/utils/db';
import { clippingCount, formatNumber, t } from '@/utils/i18n';
import { parseTagInput } from '@/utils/tags';

export type BulkAction =
  | { kind: 'tag'; tags: string[] }
  | { kind: 'untag'; tags: string[] }
  | { kind: 'move'; collectionId: string }
  | { kind: 'delete' };

interface Props {
  selectedCount: number;
  /** Clippings the current list shows (for "Select all"). */
  resultCount: number;
  collections: readonly Collection[];
  /** True while an action runs: the bar is disabled and says so. */
  busy: boolean;
  onAction: (action: BulkAction) => void;
  onSelectAll: () => void;
  onClear: () => void;
}

/** What can be done to the selected clippings at once: tag, untag, move, delete. */
export function BulkActionBar({ selectedCount, resultCount, collections, busy, onAction, onSelectAll, onClear }: Props) {
  const [target, setTarget] = useState('');
  return (
    <section class="bulk-bar" aria-label={t('bulkLabel')} aria-busy={busy}>
      <p class="bulk-count" role="status">
        {t('selectedCount', clippingCount(selectedCount))}
        {busy && <span class="muted"> — {t('working')}</span>}
      </p>
      <div class="bulk-actions">
        {selectedCount < resultCount && (
          <button type="button" onClick={onSelectAll} disabled={busy}>
            {t('selectAllResults', formatNumber(resultCount))}
          </button>
        )}
        <button type="button" onClick={onClear} disabled={busy}>
          {t('clearSelection')}
        </button>
        <TagsForm id="bulk-tag" label={t('bulkTagLabel')} button={t('bulkTagButton')} busy={busy} onSubmit={(tags) => onAction({ kind: 'tag', tags })} />
        <TagsForm id="bulk-untag" label={t('bulkUntagLabel')} button={t('bulkUntagButton')} busy={busy} onSubmit={(tags) => onAction({ kind: 'untag', tags })} />
        <form
          class="bulk-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (target) onAction({ kind: 'move', collectionId: target });
          }}
        >
          <label for="bulk-move">{t('bulkMoveLabel')}</label>
          <select id="bulk-move" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{t('chooseCollection')}</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || !target}>
            {t('bulkMoveButton')}
          </button>
        </form>
        <button type="button" class="danger" disabled={busy} onClick={() => onAction({ kind: 'delete' })}>
          {t('bulkDeleteButton', formatNumber(selectedCount))}
        </button>
      </div>
    </section>
  );
}

/** A line of typed tags (comma-separated) and the button that applies them. */
function TagsForm({ id, label, button, busy, onSubmit }: { id: string; label: string; button: string; busy: boolean; onSubmit: (tags: string[]) => void }) {
  const [text, setText] = useState('');
  const tags = parseTagInput(text);
  return (
    <form
      class="bulk-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (tags.length) onSubmit(tags);
        setText('');
      }}
    >
      <label for={id}>{label}</label>
      <input id={id} type="text" value={text} placeholder={t('bulkTagPlaceholder')} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" disabled={busy || tags.length === 0}>
        {button}
      </button>
    </form>
  );
}
