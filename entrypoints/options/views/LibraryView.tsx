import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BulkActionBar, type BulkAction } from '@/components/BulkActionBar';
import { ClippingDetail } from '@/components/ClippingDetail';
import { ClippingList } from '@/components/ClippingList';
import { FilterBar, type FilterChoices } from '@/components/FilterBar';
import { useLiveQuery } from '@/components/useLiveQuery';
import { deleteClippings, editClipping, getClipping, moveClippings, tagClippings, untagClippings, type ClippingEdit } from '@/utils/clippings';
import type { Collection } from '@/utils/db';
import { clippingCount, formatNumber, t } from '@/utils/i18n';
import { isFiltered, type LibraryFilter } from '@/utils/library-index/filter';
import type { LibrarySnapshot } from '@/utils/library-index/snapshot';
import { describeError } from '@/utils/user-errors';
import { createLibraryScope, type OptionsExtensions } from '../extensions';
import { indexState, navigate, notice, runWithNotice, selection } from '../model';
import { formatRoute } from '../route';

interface Props {
  filter: LibraryFilter;
  clippingId?: string;
  collections: readonly Collection[];
  exportAction?: OptionsExtensions['exportAction'];
}

const NO_CHOICES: FilterChoices = { tags: [], outlets: [], credits: [], langs: [] };
let firstRowsMarked = false;

/**
 * The library: search and filters, the result count, the virtualised list, the selection's bulk
 * actions and the open clipping. Everything it lists comes from the in-memory library index, so
 * filtering 100,000 clippings takes milliseconds; the open clipping is read from the database.
 */
export function LibraryView({ filter, clippingId, collections, exportAction }: Props) {
  const state = indexState.value;
  const snapshot = state.snapshot;
  const filterKey = formatRoute({ view: 'library', filter });
  const result = useMemo(() => snapshot.query(filter), [snapshot, filterKey]);
  const choices = useDeferredChoices(snapshot);
  const [busy, setBusy] = useState(false);
  const lastToggled = useRef<number | null>(null);
  const collectionNames = useMemo(() => new Map(collections.map((c) => [c.id, c.name])), [collections]);
  const selected = selection.value;

  useEffect(() => {
    if (firstRowsMarked || state.status !== 'ready' || result.positions.length === 0) return;
    firstRowsMarked = true;
    // Effects run after the browser painted the commit: the first rows are on screen now.
    performance.mark('pressclip:first-rows'); // for npm run bench:library and DevTools
  }, [state.status, result]);

  const setFilter = (next: LibraryFilter) => navigate({ view: 'library', filter: next, clippingId }, { replace: true });
  const scope = createLibraryScope(snapshot, filter, selected, collections);

  const onToggle = (id: string, index: number, range: boolean) => {
    const next = new Set(selected);
    const on = !next.has(id);
    const from = range && lastToggled.current !== null ? Math.min(lastToggled.current, index) : index;
    const to = range && lastToggled.current !== null ? Math.max(lastToggled.current, index) : index;
    for (let i = from; i <= to; i++) {
      const rowId = snapshot.idAt(result.positions[i]!);
      if (on) next.add(rowId);
      else next.delete(rowId);
    }
    lastToggled.current = index;
    selection.value = next;
  };

  const run = (action: () => Promise<string>) => runWithNotice(action, setBusy);

  const onBulk = (action: BulkAction) => {
    const ids = scope.selectedIds;
    if (action.kind === 'delete') {
      void deleteAndOfferUndo(ids, setBusy).then(() => (selection.value = new Set()));
      return;
    }
    void run(async () => {
      switch (action.kind) {
        case 'tag':
          return t('taggedCount', clippingCount(await tagClippings(ids, action.tags)));
        case 'untag':
          return t('untaggedCount', clippingCount(await untagClippings(ids, action.tags)));
        case 'move':
          return t('movedCount', clippingCount(await moveClippings(ids, action.collectionId)), collectionNames.get(action.collectionId) ?? '');
      }
    });
  };

  const hrefFor = (id: string) => formatRoute({ view: 'library', filter, clippingId: id });
  const count = result.positions.length;
  const total = snapshot.size;

  return (
    <div class={`library-view${clippingId ? ' with-detail' : ''}`}>
      <FilterBar filter={filter} collections={collections} choices={choices} onChange={setFilter} />
      <div class="results-bar">
        <h2 id="results-heading" aria-live="polite">
          {isFiltered(filter) && total > 0 ? t('resultCountOf', clippingCount(count), formatNumber(total)) : clippingCount(count)}
        </h2>
        <IndexStatus />
        {exportAction?.(scope)}
      </div>
      {result.searchPending && (
        <p class="muted" role="status">
          {t('searchPreparing')}
        </p>
      )}
      {selected.size > 0 && (
        <BulkActionBar
          selectedCount={selected.size}
          resultCount={count}
          collections={collections}
          busy={busy}
          onAction={onBulk}
          onSelectAll={() => (selection.value = new Set([...selected, ...scope.resultIds()]))}
          onClear={() => (selection.value = new Set())}
        />
      )}
      <div class="library-panes">
        <div class="list-pane">
          {state.status === 'loading' ? (
            <p class="muted" role="status">
              {t('loading')}
            </p>
          ) : state.status === 'error' ? (
            <p role="alert">{t('loadFailed', state.error?.message ?? '')}</p>
          ) : count === 0 ? (
            <EmptyLibrary filtered={isFiltered(filter)} onClear={() => setFilter({ ...filter, collectionId: undefined, tags: [], outlet: undefined, author: undefined, lang: undefined, from: undefined, to: undefined, query: undefined })} />
          ) : (
            <ClippingList
              count={count}
              rowAt={(i) => snapshot.row(result.positions[i]!)}
              collectionName={(id) => collectionNames.get(id) ?? id}
              hrefFor={hrefFor}
              selected={selected}
              activeId={clippingId}
              onToggle={onToggle}
              resetKey={filterKey}
              label={t('clippingsListLabel')}
            />
          )}
        </div>
        {clippingId && <DetailPane id={clippingId} collections={collections} knownTags={choices.tags} onClose={() => navigate({ view: 'library', filter })} />}
      </div>
    </div>
  );
}

/** Deletes, then leaves a notice whose Undo brings the clippings back. */
function deleteAndOfferUndo(ids: readonly string[], setBusy: (busy: boolean) => void): Promise<boolean> {
  return runWithNotice(async () => {
    const deleted = await deleteClippings(ids);
    return { kind: 'info', text: t('deletedCount', clippingCount(deleted.count)), undo: deleted };
  }, setBusy);
}

function DetailPane({ id, collections, knownTags, onClose }: { id: string; collections: readonly Collection[]; knownTags: FilterChoices['tags']; onClose: () => void }) {
  const tagNames = useMemo(() => knownTags.map((tag) => tag.label), [knownTags]);
  const clipping = useLiveQuery(() => getClipping(id), [id]);
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Not when the reader is already in the form (this runs after the first paint).
    if (clipping.status === 'ready' && clipping.value && !pane.current?.contains(document.activeElement)) pane.current?.querySelector<HTMLElement>('#detail-title')?.focus();
  }, [id, clipping.status]);
  if (clipping.status === 'loading') return <div class="detail-pane" />;
  if (clipping.status === 'error') return <div class="detail-pane" role="alert">{t('loadFailed', describeError(clipping.error))}</div>;
  if (!clipping.value) {
    return (
      <div class="detail-pane">
        <p>{t('clippingGone')}</p>
        <button type="button" onClick={onClose}>
          {t('closeDetail')}
        </button>
      </div>
    );
  }
  return (
    <div class="detail-pane" ref={pane}>
      <ClippingDetail
        key={clipping.value.id}
        clipping={clipping.value}
        collections={collections}
        knownTags={tagNames}
        onSave={(edit: ClippingEdit) => editClipping(id, edit)}
        onClose={onClose}
        onDelete={() => {
          onClose();
          void deleteAndOfferUndo([id], () => undefined);
        }}
      />
    </div>
  );
}

function IndexStatus() {
  const { pending, progress, snapshot } = indexState.value;
  if (!progress && pending === 0) return null;
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : undefined;
  return (
    <p class="index-status muted" role="status">
      {percent !== undefined && snapshot.size > 0 ? t('indexingProgress', formatNumber(percent)) : t('indexingPending', formatNumber(pending))}
    </p>
  );
}

function EmptyLibrary({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (!filtered) return <p class="muted empty">{t('emptyLibrary')}</p>;
  return (
    <div class="empty">
      <p class="muted">{t('noMatches')}</p>
      <button type="button" onClick={onClear}>
        {t('clearFilters')}
      </button>
    </div>
  );
}

/** Filter choices counted after the list is on screen (counting 100,000 clippings takes a moment). */
function useDeferredChoices(snapshot: LibrarySnapshot): FilterChoices {
  const [choices, setChoices] = useState<FilterChoices>(NO_CHOICES);
  useEffect(() => {
    const timer = setTimeout(() => setChoices(snapshot.facets()), 0);
    return () => clearTimeout(timer);
  }, [snapshot]);
  return choices;
}
