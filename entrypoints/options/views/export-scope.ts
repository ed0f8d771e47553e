/**
 * What "export" means where the reader left the library: the selected clippings, the filtered
 * view, its collection, or the whole library — each named and counted, the most specific first.
 * @module entrypoints/options/views/export-scope
 */
import type { Collection } from '@/utils/db';
import { clippingCount, languageName, t } from '@/utils/i18n';
import { DEFAULT_FILTER, isFiltered, type LibraryFilter } from '@/utils/library-index/filter';
import type { LibraryScope } from '../extensions';

export type ExportScopeKind = 'selection' | 'view' | 'collection' | 'library';

export interface ExportScope {
  kind: ExportScopeKind;
  /** The export's name, for its heading, its title and its file name ("Stadtrat · Haushalt"). */
  name: string;
  /** The choice as the page offers it, with the count. */
  label: string;
  /** The clippings it holds. */
  ids: string[];
}

/**
 * The scopes to choose from, most specific first: the selection (if any), the filtered view
 * (if it narrows more than a collection), the view's collection (if it has one), the library.
 */
export function exportScopes(scope: LibraryScope, collections: readonly Collection[]): ExportScope[] {
  const { filter } = scope;
  const order = { dateField: filter.dateField, order: filter.order };
  const collection = collections.find((c) => c.id === filter.collectionId);
  const scopes: ExportScope[] = [];
  const selected = scope.selectedIds;
  if (selected.length > 0) {
    scopes.push({ kind: 'selection', name: t('exportNameSelection'), label: t('exportScopeSelection', clippingCount(selected.length)), ids: [...selected] });
  }
  if (isFiltered({ ...filter, collectionId: undefined })) {
    const ids = scope.resultIds();
    const name = describeFilter(filter, collection?.name);
    scopes.push({ kind: 'view', name, label: t('exportScopeView', name, clippingCount(ids.length)), ids });
  }
  if (collection) {
    const ids = scope.idsFor({ ...DEFAULT_FILTER, ...order, collectionId: collection.id });
    scopes.push({ kind: 'collection', name: collection.name, label: t('exportScopeCollection', collection.name, clippingCount(ids.length)), ids });
  }
  const all = scope.idsFor({ ...DEFAULT_FILTER, ...order });
  scopes.push({ kind: 'library', name: t('exportNameLibrary'), label: t('exportScopeLibrary', clippingCount(all.length)), ids: all });
  return scopes;
}

/** The scope to start with: the most specific one that holds any clipping. */
export function defaultScope(scopes: readonly ExportScope[]): ExportScope | undefined {
  return scopes.find((s) => s.ids.length > 0) ?? scopes[0];
}

/** A filter in words, for a name: "Stadtrat · Haushalt · Lippische Landes-Zeitung · “Brücke”". */
export function describeFilter(filter: LibraryFilter, collectionName?: string): string {
  const lang = filter.lang === undefined ? undefined : languageName(filter.lang);
  const days = filter.from && filter.to ? `${filter.from} – ${filter.to}` : filter.from ? t('exportNameSince', filter.from) : filter.to ? t('exportNameUntil', filter.to) : undefined;
  const query = filter.query?.trim();
  const parts = [collectionName, ...filter.tags, filter.outlet, filter.author, lang, days, query && t('exportNameQuery', query)];
  return parts.filter(Boolean).join(' · ') || t('exportNameLibrary');
}
