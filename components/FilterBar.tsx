import { useEffect, useState } from 'preact/hooks';
import { CollectionFilterSelect, PeriodFields } from '@/components/FilterFields';
import { useFollowingDraft } from '@/components/useFollowingDraft';
import type { Collection } from '@/utils/db';
import { DEFAULT_FILTER, isFiltered, type LibraryFilter } from '@/utils/library-index/filter';
import type { FacetValue } from '@/utils/library-index/snapshot';
import { formatNumber, languageName, t } from '@/utils/i18n';
import { tagKey } from '@/utils/tags';

export interface FilterChoices {
  tags: readonly FacetValue[];
  outlets: readonly FacetValue[];
  credits: readonly FacetValue[];
  langs: readonly FacetValue[];
}

interface Props {
  filter: LibraryFilter;
  collections: readonly Collection[];
  /** Values to choose from; empty until the library is counted. */
  choices: FilterChoices;
  onChange: (filter: LibraryFilter) => void;
}

/** How long typing in the search field waits before the list follows. */
const SEARCH_DELAY = 150;

/**
 * Search and every filter of the library in one labelled form: search, collection, tags,
 * outlet, author, language, which date to sort by, date range and order. Changes apply at once
 * (the list is fast enough); there is no submit button.
 */
export function FilterBar({ filter, collections, choices, onChange }: Props) {
  const { draft: query, setDraft: setQuery, sent: sentQuery } = useFollowingDraft(filter.query ?? '');
  const [tagDraft, setTagDraft] = useState('');
  const { draft: authorDraft, setDraft: setAuthorDraft, sent: sentAuthor } = useFollowingDraft(filter.author ?? '');

  useEffect(() => {
    if ((filter.query ?? '') === query) return;
    const timer = setTimeout(() => {
      sentQuery(query);
      onChange({ ...filter, query: query || undefined });
    }, SEARCH_DELAY);
    return () => clearTimeout(timer);
  }, [query]);

  const set = (changes: Partial<LibraryFilter>) => onChange({ ...filter, ...changes });
  const addTag = () => {
    const name = tagDraft.trim();
    setTagDraft('');
    if (!name || filter.tags.some((tag) => tagKey(tag) === tagKey(name))) return;
    const known = choices.tags.find((choice) => choice.value === tagKey(name));
    set({ tags: [...filter.tags, known?.label ?? name] });
  };
  const applyAuthor = () => {
    sentAuthor(authorDraft.trim());
    set({ author: authorDraft.trim() || undefined });
  };

  return (
    <form class="filter-bar" role="search" aria-label={t('filterLabel')} onSubmit={(e) => e.preventDefault()}>
      <div class="field filter-search">
        <label for="filter-query">{t('searchLabel')}</label>
        <input id="filter-query" type="search" value={query} placeholder={t('searchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <CollectionFilterSelect id="filter-collection" collections={collections} value={filter.collectionId} onChange={(collectionId) => set({ collectionId })} />
      <div class="field filter-tags">
        <label for="filter-tag">{t('filterTagLabel')}</label>
        <div class="filter-tag-input">
          {filter.tags.length > 0 && (
            <ul class="chips" aria-label={t('filterTagsChosen')}>
              {filter.tags.map((tag) => (
                <li key={tag} class="chip">
                  <span>{tag}</span>
                  <button type="button" class="chip-remove" aria-label={t('removeTagFilter', tag)} onClick={() => set({ tags: filter.tags.filter((x) => x !== tag) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            id="filter-tag"
            type="text"
            list="filter-tag-choices"
            autocomplete="off"
            value={tagDraft}
            placeholder={t('filterTagPlaceholder')}
            onInput={(e) => setTagDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTag();
              }
            }}
            onChange={addTag}
          />
          <datalist id="filter-tag-choices">
            {choices.tags.slice(0, 500).map((choice) => (
              <option key={choice.value} value={choice.label}>
                {formatNumber(choice.count)}
              </option>
            ))}
          </datalist>
        </div>
      </div>
      <div class="field">
        <label for="filter-outlet">{t('fieldOutlet')}</label>
        <select id="filter-outlet" value={filter.outlet ?? ''} onChange={(e) => set({ outlet: e.currentTarget.value || undefined })}>
          <option value="">{t('allOutlets')}</option>
          {withCurrent(choices.outlets, filter.outlet).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label} ({formatNumber(choice.count)})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-author">{t('filterAuthorLabel')}</label>
        <input
          id="filter-author"
          type="text"
          list="filter-author-choices"
          autocomplete="off"
          value={authorDraft}
          placeholder={t('filterAuthorPlaceholder')}
          onInput={(e) => setAuthorDraft(e.currentTarget.value)}
          onChange={applyAuthor}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              applyAuthor();
            }
          }}
        />
        <datalist id="filter-author-choices">
          {choices.credits.slice(0, 2000).map((choice) => (
            <option key={choice.value} value={choice.value} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="filter-lang">{t('filterLangLabel')}</label>
        <select id="filter-lang" value={filter.lang === undefined ? '*' : filter.lang} onChange={(e) => set({ lang: e.currentTarget.value === '*' ? undefined : e.currentTarget.value })}>
          <option value="*">{t('allLanguages')}</option>
          {withCurrent(choices.langs, filter.lang).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {languageName(choice.value)} ({formatNumber(choice.count)})
            </option>
          ))}
        </select>
      </div>
      <fieldset class="filter-dates">
        <legend>{t('filterDatesLegend')}</legend>
        <PeriodFields idPrefix="filter" period={filter} onChange={set} />
        <div class="field">
          <label for="filter-order">{t('orderLabel')}</label>
          <select id="filter-order" value={filter.order} onChange={(e) => set({ order: e.currentTarget.value as LibraryFilter['order'] })}>
            <option value="newest">{t('orderNewest')}</option>
            <option value="oldest">{t('orderOldest')}</option>
          </select>
        </div>
      </fieldset>
      {isFiltered(filter) && (
        <button type="button" class="filter-clear" onClick={() => onChange({ ...DEFAULT_FILTER, dateField: filter.dateField, order: filter.order })}>
          {t('clearFilters')}
        </button>
      )}
    </form>
  );
}

/** The choices, plus the current value when it is not among them (a bookmark of a value now gone). */
function withCurrent(choices: readonly FacetValue[], current: string | undefined): readonly FacetValue[] {
  if (current === undefined || choices.some((c) => c.value === current)) return choices;
  return [...choices, { value: current, label: current, count: 0 }];
}
