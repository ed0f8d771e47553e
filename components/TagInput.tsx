import { t } from '@/utils/i18n';
import { normalizeTags, parseTagInput } from '@/utils/tags';

interface Props {
  id: string;
  tags: string[];
  /** What is typed but not yet a chip. Held by the parent so a save includes it. */
  pending: string;
  onChange: (tags: string[], pending: string) => void;
}

/**
 * Tags as removable chips. Enter, comma or Tab turns what was typed into chips; Backspace in an
 * empty field removes the last chip.
 */
export function TagInput({ id, tags, pending, onChange }: Props) {
  const commit = () => {
    if (!pending.trim()) return false;
    onChange(withPending(tags, pending), '');
    return true;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
    if (plainEnter || event.key === ',' || (event.key === 'Tab' && pending.trim())) {
      if (commit()) event.preventDefault();
    } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
      onChange(tags.slice(0, -1), '');
    }
  };
  return (
    <div class="tag-input">
      {tags.length > 0 && (
        <ul class="chips" aria-label={t('tagsChosen')}>
          {tags.map((tag) => (
            <li key={tag} class="chip">
              <span>{tag}</span>
              <button type="button" class="chip-remove" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag), pending)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        autocomplete="off"
        value={pending}
        placeholder={t('tagsPlaceholder')}
        onInput={(e) => onChange(tags, e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  );
}

/** The chips plus whatever is still typed, normalised. */
export function withPending(tags: readonly string[], pending: string): string[] {
  return normalizeTags([...tags, ...parseTagInput(pending)]);
}
