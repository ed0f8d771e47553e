import { useEffect, useRef, useState } from 'preact/hooks';
import { openAsModal } from '@/components/open-as-modal';
import { useLiveQuery } from '@/components/useLiveQuery';
import { deleteForGood, listTrash, restoreFromTrash, TRASH_KEPT_DAYS, type TrashRow } from '@/utils/trash';
import { clippingCount, formatDate, formatNumber, t } from '@/utils/i18n';
import { describeError } from '@/utils/user-errors';
import { runWithNotice } from '../model';

/** Rows listed at once; "Restore all" and "Delete all for good" also reach the rest. */
const TRASH_SHOWN = 200;

/**
 * Recently deleted clippings: each can be restored or deleted for good until the trash is purged.
 * Undo in the notice covers the last deletion only; this covers a change of mind days later.
 */
export function TrashView() {
  const trash = useLiveQuery(() => listTrash(TRASH_SHOWN), []);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const section = useRef<HTMLElement>(null);
  // The row an action was taken on, and the list as it was then. Once the list has changed and
  // the pressed button is gone (its row left, or the whole list), the keyboard goes on from the
  // row that took its place, or from the heading, not from the top of the page.
  const actedOn = useRef<{ row: number; before: unknown } | null>(null);
  useEffect(() => {
    const pending = actedOn.current;
    const root = section.current;
    if (!pending || busy || trash.status !== 'ready' || trash.value === pending.before || !root) return;
    actedOn.current = null;
    if (document.activeElement && document.activeElement !== document.body) return; // the reader moved on
    const items = root.querySelectorAll('.trash-item');
    const item = items[Math.min(pending.row, items.length - 1)];
    (item?.querySelector('button') ?? root.querySelector<HTMLElement>('#trash-heading'))?.focus();
  }, [trash, busy]);

  const run = async (row: number, action: () => Promise<string>) => {
    actedOn.current = { row, before: trash.status === 'ready' ? trash.value : undefined };
    if (!(await runWithNotice(action, setBusy))) actedOn.current = null; // nothing changed: the button is still there
  };
  const restore = (row: number, ids: readonly string[] | 'all') => run(row, async () => t('restoredCount', clippingCount(await restoreFromTrash(ids))));
  const remove = (row: number, ids: readonly string[] | 'all') => run(row, async () => t('deletedForGoodCount', clippingCount(await deleteForGood(ids))));

  return (
    <section aria-labelledby="trash-heading" class="trash" ref={section}>
      <h2 id="trash-heading" tabIndex={-1}>
        {t('navTrash')}
      </h2>
      <p class="muted">{t('trashExplain', TRASH_KEPT_DAYS)}</p>
      {trash.status === 'loading' ? (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      ) : trash.status === 'error' ? (
        <p role="alert">{t('loadFailed', describeError(trash.error))}</p>
      ) : trash.value.total === 0 ? (
        <p>{t('trashEmpty', TRASH_KEPT_DAYS)}</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void restore(0, 'all')}>
              {t('trashRestoreAll', clippingCount(trash.value.total))}
            </button>
            <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>
              {t('trashDeleteAll')}
            </button>
          </div>
          {confirming && (
            <ConfirmDeleteAll
              count={trash.value.total}
              onCancel={() => setConfirming(false)}
              onConfirm={async () => {
                setConfirming(false);
                await remove(0, 'all');
              }}
            />
          )}
          <ul class="trash-list" aria-label={t('trashListLabel')}>
            {trash.value.rows.map((row, index) => (
              <TrashItem key={row.id} row={row} busy={busy} onRestore={() => void restore(index, [row.id])} onDelete={() => void remove(index, [row.id])} />
            ))}
          </ul>
          {trash.value.total > trash.value.rows.length && <p class="muted">{t('trashShowing', formatNumber(trash.value.rows.length), formatNumber(trash.value.total))}</p>}
        </>
      )}
    </section>
  );
}

function TrashItem({ row, busy, onRestore, onDelete }: { row: TrashRow; busy: boolean; onRestore: () => void; onDelete: () => void }) {
  const deleted = t('trashDeletedOn', formatDate(row.deletedAt, { dateStyle: 'medium', timeStyle: 'short' }));
  return (
    <li class="trash-item">
      <div>
        <p class="trash-title">{row.title}</p>
        <p class="muted">{row.siteName ? `${row.siteName} · ${deleted}` : deleted}</p>
      </div>
      <div class="actions">
        <button type="button" disabled={busy} aria-label={t('trashRestoreOne', row.title)} onClick={onRestore}>
          {t('trashRestore')}
        </button>
        <button type="button" class="danger" disabled={busy} aria-label={t('trashDeleteOne', row.title)} onClick={onDelete}>
          {t('trashDeleteForGood')}
        </button>
      </div>
    </li>
  );
}

/** A modal question (the browser's <dialog>: focus stays inside, Escape cancels). */
function ConfirmDeleteAll({ count, onCancel, onConfirm }: { count: number; onCancel: () => void; onConfirm: () => Promise<void> }) {
  return (
    <dialog ref={openAsModal} class="dialog" aria-labelledby="trash-confirm-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void onConfirm();
        }}
      >
        <h2 id="trash-confirm-title">{t('trashConfirmAll', clippingCount(count))}</h2>
        <p>{t('trashCannotUndo')}</p>
        <div class="actions">
          <button type="submit" class="danger">
            {t('trashDeleteForGood')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('actionCancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
