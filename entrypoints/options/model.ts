/**
 * UI state of the options page, as signals: the route (mirrors the URL hash), the live library
 * index, the selection and the notice at the bottom. Persistent data stays in Dexie.
 * @module entrypoints/options/model
 */
import { signal } from '@preact/signals';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import { EMPTY_SNAPSHOT, type LibraryIndexState } from '@/utils/library-index/live';
import type { DeletedBatch } from '@/utils/clippings';
import { t } from '@/utils/i18n';
import { describeError } from '@/utils/user-errors';
import { formatRoute, parseRoute, type Route } from './route';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** A delete that Undo can take back. */
  undo?: DeletedBatch;
}

export const route = signal<Route>({ view: 'library', filter: DEFAULT_FILTER });
/** The library's filter as last shown: the Library tab and plugged-in views return to it. */
export const lastLibraryFilter = signal<LibraryFilter>(DEFAULT_FILTER);
export const indexState = signal<LibraryIndexState>({ status: 'loading', snapshot: EMPTY_SNAPSHOT, pending: 0 });
/** Selected clipping ids. Kept across filter changes, like a mail client's. */
export const selection = signal<ReadonlySet<string>>(new Set());
export const notice = signal<Notice | null>(null);

/**
 * Runs a library action and reports it in the notice: the text (or whole notice, with Undo) it
 * resolves with, or why it failed. `setBusy` is told while it runs, to disable the controls.
 * Resolves with whether the action succeeded.
 */
export async function runWithNotice(action: () => Promise<string | Notice>, setBusy: (busy: boolean) => void = () => undefined): Promise<boolean> {
  setBusy(true);
  try {
    const done = await action();
    notice.value = typeof done === 'string' ? { kind: 'info', text: done } : done;
    return true;
  } catch (error) {
    notice.value = { kind: 'error', text: t('actionFailed', describeError(error)) };
    return false;
  } finally {
    setBusy(false);
  }
}

/** Follows the address bar; call once at start. Returns the listener's remover. */
export function followHash(extraViews: readonly string[]): () => void {
  const read = () => show(parseRoute(location.hash, extraViews));
  read();
  addEventListener('hashchange', read);
  return () => removeEventListener('hashchange', read);
}

/**
 * Shows `next`. Filter edits replace the history entry (typing a search must not fill the Back
 * button); moving between views and clippings adds one.
 */
export function navigate(next: Route, { replace = false } = {}): void {
  const hash = formatRoute(next);
  if (replace) history.replaceState(null, '', hash);
  else if (location.hash !== hash) history.pushState(null, '', hash);
  show(next);
}

function show(next: Route): void {
  route.value = next;
  if (next.view === 'library') lastLibraryFilter.value = next.filter;
}
