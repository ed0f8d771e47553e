/**
 * Where other features plug into the options page without editing its views: extra top-level
 * views (e.g. "Export & import") and the library's export action. `main.tsx` passes them to
 * `<App extensions={…} />`.
 * @module entrypoints/options/extensions
 */
import type { ComponentChildren } from 'preact';
import type { Collection } from '@/utils/db';
import type { LibraryFilter } from '@/utils/library-index/filter';
import type { LibrarySnapshot } from '@/utils/library-index/snapshot';

/** What the library shows or has selected: what "export this" means. */
export interface LibraryScope {
  filter: LibraryFilter;
  /** Selected clipping ids, in list order; empty when nothing is selected (computed on read). */
  selectedIds: readonly string[];
  /** How many clippings are ticked, without computing `selectedIds` (for labels). */
  selectedCount: number;
  /** Ids of every clipping the filter shows, in list order (computed on call). */
  resultIds(): string[];
  /** Ids of every clipping another filter would show, in its list order (computed on call). */
  idsFor(filter: LibraryFilter): string[];
  /** The collection the filter is narrowed to, if any. */
  collection?: Collection;
}

export interface OptionsView {
  /** Route id: the view lives at #/<id>. */
  id: string;
  /** Its tab in the page navigation. */
  label: string;
  /** Gets the library's scope as the reader last left it. */
  render(scope: LibraryScope): ComponentChildren;
}

export interface OptionsExtensions {
  /** Views shown after Library, Collections and Coverage. */
  views?: readonly OptionsView[];
  /** The library's export control, beside the result count (the export feature's button). */
  exportAction?: (scope: LibraryScope) => ComponentChildren;
}

/**
 * The scope of a library view: `filter` over `snapshot`, with `selected` ids. Ids are resolved
 * when asked for, so building a scope costs nothing.
 */
export function createLibraryScope(
  snapshot: LibrarySnapshot,
  filter: LibraryFilter,
  selected: ReadonlySet<string>,
  collections: readonly Collection[],
): LibraryScope {
  const idsFor = (shown: LibraryFilter) => Array.from(snapshot.query(shown).positions, (g) => snapshot.idAt(g));
  const resultIds = () => idsFor(filter);
  return {
    filter,
    selectedCount: selected.size,
    get selectedIds() {
      if (selected.size === 0) return [];
      const inOrder = resultIds().filter((id) => selected.has(id));
      const shown = new Set(inOrder);
      // Selected clippings the current filter hides still count; deleted ones do not.
      return [...inOrder, ...[...selected].filter((id) => !shown.has(id) && snapshot.indexOf(id) >= 0)];
    },
    resultIds,
    idsFor,
    collection: collections.find((c) => c.id === filter.collectionId),
  };
}
