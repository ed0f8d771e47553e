import { useMemo } from 'preact/hooks';
import { CoverageCharts, type CoverageFacet } from '@/components/CoverageCharts';
import { CollectionFilterSelect, PeriodFields } from '@/components/FilterFields';
import type { Collection } from '@/utils/db';
import { t } from '@/utils/i18n';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import { indexState, navigate } from '../model';
import { formatRoute } from '../route';

/**
 * Coverage of a collection over a period: clippings per day, outlet, author and tag. Every bar
 * leads to the clippings behind it in the library.
 */
export function CoverageView({ filter, collections }: { filter: LibraryFilter; collections: readonly Collection[] }) {
  const snapshot = indexState.value.snapshot;
  // The overview reads only collection, period and date field; the library's other filters stay there.
  const scope: LibraryFilter = { ...DEFAULT_FILTER, collectionId: filter.collectionId, from: filter.from, to: filter.to, dateField: filter.dateField };
  const key = formatRoute({ view: 'coverage', filter: scope });
  const coverage = useMemo(() => snapshot.coverage(scope), [snapshot, key]);
  const set = (changes: Partial<LibraryFilter>) => navigate({ view: 'coverage', filter: { ...scope, ...changes } }, { replace: true });
  const collection = collections.find((c) => c.id === scope.collectionId);
  const hrefFor = (facet: CoverageFacet, value: string) => {
    const narrowed: LibraryFilter = facet === 'outlet' ? { ...scope, outlet: value } : facet === 'author' ? { ...scope, author: value } : { ...scope, tags: [value] };
    return formatRoute({ view: 'library', filter: narrowed });
  };
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{collection ? t('coverageHeadingFor', collection.name) : t('coverageHeading')}</h2>
      {collection?.description && <p class="muted">{collection.description}</p>}
      <form class="coverage-controls" onSubmit={(e) => e.preventDefault()}>
        <CollectionFilterSelect id="coverage-collection" collections={collections} value={scope.collectionId} onChange={(collectionId) => set({ collectionId })} />
        <PeriodFields idPrefix="coverage" period={scope} onChange={set} />
      </form>
      {coverage.total === 0 ? <p class="muted">{t('coverageEmpty')}</p> : <CoverageCharts coverage={coverage} from={scope.from} to={scope.to} hrefFor={hrefFor} />}
    </section>
  );
}
