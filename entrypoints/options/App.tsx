import { useEffect, useMemo } from 'preact/hooks';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import { purgeTrash, restoreDeleted, TRASH_KEPT_DAYS } from '@/utils/trash';
import { db, type Collection } from '@/utils/db';
import { clippingCount, t } from '@/utils/i18n';
import { DEFAULT_FILTER } from '@/utils/library-index/filter';
import { openLibraryIndex } from '@/utils/library-index/live';
import { describeError } from '@/utils/user-errors';
import { createLibraryScope, type OptionsExtensions } from './extensions';
import { followHash, indexState, lastLibraryFilter, notice, route, selection, type Notice } from './model';
import { formatRoute, type Route } from './route';
import { CollectionsView } from './views/CollectionsView';
import { CoverageView } from './views/CoverageView';
import { LibraryView } from './views/LibraryView';

const NO_COLLECTIONS: readonly Collection[] = [];

/** Deletions older than this are purged when the page opens (see "Recently deleted"). */
const TRASH_KEPT_MS = TRASH_KEPT_DAYS * 24 * 60 * 60 * 1000;

/**
 * The options page: a hash-routed app with the library, collections, the coverage overview and
 * whatever views other features plug in (see extensions.ts).
 */
export function App({ extensions = {} }: { extensions?: OptionsExtensions }) {
  const extraViews = extensions.views ?? [];
  const collections = useLiveQuery(() => listCollections(), []);

  useEffect(() => followHash(extraViews.map((v) => v.id)), []);
  useEffect(() => {
    let searchMarked = false;
    const handle = openLibraryIndex(db, (state) => {
      indexState.value = state;
      // Search terms are not needed for the first rows: load them right after.
      if (state.status === 'ready') handle.loadSearch();
      if (!searchMarked && state.snapshot.searchReady && state.status === 'ready') {
        searchMarked = true;
        performance.mark('pressclip:search-ready'); // for npm run bench:library and DevTools
      }
    });
    void purgeTrash(Date.now() - TRASH_KEPT_MS);
    return () => handle.close();
  }, []);

  const current = route.value;
  useEffect(() => {
    document.title = `${viewTitle(current, extraViews)} – ${t('libraryTitle')}`;
  }, [current.view, current.view === 'extra' ? current.id : '']);

  const list = collections.status === 'ready' ? collections.value : NO_COLLECTIONS;
  const snapshot = indexState.value.snapshot;
  // The same scope object until what it describes changes, so plugged-in views can memoise on it.
  const scope = useMemo(() => createLibraryScope(snapshot, lastLibraryFilter.value, selection.value, list), [snapshot, lastLibraryFilter.value, selection.value, list]);
  const tabs: { id: string; label: string; href: string; current: boolean }[] = [
    { id: 'library', label: t('navLibrary'), href: formatRoute({ view: 'library', filter: lastLibraryFilter.value }), current: current.view === 'library' },
    { id: 'collections', label: t('navCollections'), href: '#/collections', current: current.view === 'collections' },
    { id: 'coverage', label: t('navCoverage'), href: formatRoute({ view: 'coverage', filter: { ...DEFAULT_FILTER, collectionId: current.view === 'coverage' ? current.filter.collectionId : lastLibraryFilter.value.collectionId } }), current: current.view === 'coverage' },
    ...extraViews.map((v) => ({ id: v.id, label: v.label, href: `#/${v.id}`, current: current.view === 'extra' && current.id === v.id })),
  ];

  return (
    <div class="app">
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToContent')}
      </a>
      <header class="app-header">
        <h1>{t('libraryTitle')}</h1>
        <nav aria-label={t('navLabel')}>
          <ul class="tabs">
            {tabs.map((tab) => (
              <li key={tab.id}>
                <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>
                  {tab.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {collections.status === 'error' ? (
          <p role="alert">{t('loadFailed', describeError(collections.error))}</p>
        ) : current.view === 'library' ? (
          <LibraryView filter={current.filter} clippingId={current.clippingId} collections={list} exportAction={extensions.exportAction} />
        ) : current.view === 'collections' ? (
          <CollectionsView collections={list} />
        ) : current.view === 'coverage' ? (
          <CoverageView filter={current.filter} collections={list} />
        ) : (
          extraViews.find((v) => v.id === current.id)?.render(scope)
        )}
      </main>
      <NoticeBar />
    </div>
  );
}

function viewTitle(current: Route, extraViews: NonNullable<OptionsExtensions['views']>): string {
  switch (current.view) {
    case 'library':
      return t('navLibrary');
    case 'collections':
      return t('navCollections');
    case 'coverage':
      return t('navCoverage');
    case 'extra':
      return extraViews.find((v) => v.id === current.id)?.label ?? t('navLibrary');
  }
}

/** The notice at the bottom: what just happened, with Undo for deletions. */
function NoticeBar() {
  const current = notice.value;
  return (
    <div class="notice-bar" role={current?.kind === 'error' ? 'alert' : 'status'}>
      {current && <NoticeContent notice={current} />}
    </div>
  );
}

function NoticeContent({ notice: current }: { notice: Notice }) {
  const undo = current.undo;
  return (
    <div class={`notice notice-${current.kind}`}>
      <span>{current.text}</span>
      {undo && (
        <button
          type="button"
          onClick={async () => {
            const back = await restoreDeleted(undo.batch);
            notice.value = { kind: 'info', text: t('restoredCount', clippingCount(back)) };
          }}
        >
          {t('undo')}
        </button>
      )}
      <button type="button" class="notice-dismiss" aria-label={t('dismissNotice')} onClick={() => (notice.value = null)}>
        ×
      </button>
    </div>
  );
}
