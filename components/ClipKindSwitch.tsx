import type { ClippingKind } from '@/utils/db';
import { formatNumber, t } from '@/utils/i18n';

interface Props {
  kinds: readonly ClippingKind[];
  value: ClippingKind;
  onChange: (kind: ClippingKind) => void;
  /** Words in the reader's selection, shown with the choice. */
  selectionWords: number;
}

/** Whole article, only the selection, or a link: shown when the page allows more than one. */
export function ClipKindSwitch({ kinds, value, onChange, selectionWords }: Props) {
  const label = (kind: ClippingKind) =>
    kind === 'article' ? t('kindArticle') : kind === 'selection' ? t('kindSelection', formatNumber(selectionWords)) : t('kindLink');
  return (
    <fieldset class="kind-switch">
      <legend>{t('kindLegend')}</legend>
      {kinds.map((kind) => (
        <label key={kind} class="kind-option">
          <input type="radio" name="clip-kind" value={kind} checked={kind === value} onChange={() => onChange(kind)} />
          {label(kind)}
        </label>
      ))}
    </fieldset>
  );
}
