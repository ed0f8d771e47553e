import type { MetadataFields } from '@/utils/clip-draft';
import { t, type MessageKey } from '@/utils/i18n';

interface Props {
  fields: MetadataFields;
  onChange: (fields: MetadataFields) => void;
  /** Opens the editor at once, e.g. where there is no article and the title is all there is. */
  open?: boolean;
  /** Only the fields that make sense for this clip (a link has no kicker). */
  only?: readonly (keyof MetadataFields)[];
}

type Field = { key: keyof MetadataFields; label: MessageKey; type?: 'date' | 'textarea'; hint?: MessageKey };

const FIELDS: readonly Field[] = [
  { key: 'title', label: 'editTitle' },
  { key: 'kicker', label: 'editKicker' },
  { key: 'authors', label: 'editAuthors', hint: 'editNamesHint' },
  { key: 'agencies', label: 'editAgencies', hint: 'editNamesHint' },
  { key: 'siteName', label: 'editOutlet' },
  { key: 'section', label: 'editSection' },
  { key: 'dateline', label: 'editDateline', hint: 'editDatelineHint' },
  { key: 'date', label: 'editDate', type: 'date' },
  { key: 'excerpt', label: 'editExcerpt', type: 'textarea' },
];

/**
 * The metadata a coverage report relies on, editable before saving: a wrong date or author is
 * corrected here, not later. Folded away by default; the preview above shows the values.
 */
export function MetadataEditor({ fields, onChange, open = false, only }: Props) {
  const shown = only ? FIELDS.filter((f) => only.includes(f.key)) : FIELDS;
  return (
    <details class="edit-details" open={open}>
      <summary>{t('editDetails')}</summary>
      <div class="edit-grid">
        {shown.map(({ key, label, type, hint }) => {
          const id = `edit-${key}`;
          const update = (value: string) => onChange({ ...fields, [key]: value });
          return (
            <div class="field" key={key}>
              <label for={id}>{t(label)}</label>
              {type === 'textarea' ? (
                <textarea id={id} rows={3} value={fields[key]} onInput={(e) => update(e.currentTarget.value)} />
              ) : type === 'date' ? (
                <input id={id} type="date" value={fields[key]} onInput={(e) => update(e.currentTarget.value)} />
              ) : (
                <input
                  id={id}
                  type="text"
                  value={fields[key]}
                  autocomplete="off"
                  aria-describedby={hint && `${id}-hint`}
                  onInput={(e) => update(e.currentTarget.value)}
                />
              )}
              {hint && (
                <p class="hint" id={`${id}-hint`}>
                  {t(hint)}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
