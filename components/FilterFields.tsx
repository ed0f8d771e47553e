import type { Collection } from '@/utils/db';
import type { LibraryFilter } from '@/utils/library-index/filter';
import { t } from '@/utils/i18n';

/** A collection choice with "All collections" first (value '' = undefined). */
export function CollectionFilterSelect({ id, collections, value, onChange }: { id: string; collections: readonly Collection[]; value?: string; onChange: (id: string | undefined) => void }) {
  return (
    <div class="field">
      <label for={id}>{t('collectionLabel')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">{t('allCollections')}</option>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

type Period = Pick<LibraryFilter, 'dateField' | 'from' | 'to'>;

/** Which date counts (published or clipped) and the days from … to, as three labelled fields. */
export function PeriodFields({ idPrefix, period, onChange }: { idPrefix: string; period: Period; onChange: (changes: Partial<Period>) => void }) {
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-date-field`}>{t('dateFieldLabel')}</label>
        <select id={`${idPrefix}-date-field`} value={period.dateField} onChange={(e) => onChange({ dateField: e.currentTarget.value as Period['dateField'] })}>
          <option value="published">{t('dateFieldPublished')}</option>
          <option value="clipped">{t('dateFieldClipped')}</option>
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-from`}>{t('dateFromLabel')}</label>
        <input id={`${idPrefix}-from`} type="date" value={period.from ?? ''} max={period.to} onChange={(e) => onChange({ from: e.currentTarget.value || undefined })} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-to`}>{t('dateToLabel')}</label>
        <input id={`${idPrefix}-to`} type="date" value={period.to ?? ''} min={period.from} onChange={(e) => onChange({ to: e.currentTarget.value || undefined })} />
      </div>
    </>
  );
}
