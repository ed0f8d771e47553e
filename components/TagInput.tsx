import { useState } from 'preact/hooks';
import './tag-input.css';
import { t } from '@/utils/i18n';
import { normalizeTags, parseTagInput, tagKey } from '@/utils/tags';

interface Props {
  id: string;
  tags: string[];
  /** What is typed but not yet a chip. Held by the parent so a save includes it. */
  pending: string;
  onChange: (tags: string[], pending: string) => void;
  /** Tags used before that fit what is typed, best first (the parent asks the library). */
  suggestions?: readonly string[];
  autoFocus?: boolean;
}

/**
 * Tags as removable chips, with suggestions as a combobox list. Enter, comma or Tab turns what
 * was typed into chips; Arrow keys move through the suggestions and Enter takes one; Escape
 * closes the list; Backspace in an empty field removes the last chip. Ctrl+Enter is left to
 * the form (save).
 */
export function TagInput({ id, tags, pending, onChange, suggestions = [], autoFocus = false }: Props) {
  const [focused, setFocused] = useState(false);
  // The list opens on typing, Arrow Down or a click (the ARIA combobox pattern), not on focus:
  // the field has the focus when the popup opens, and the list would cover the form.
  const [dismissed, setDismissed] = useState(true);
  const [active, setActive] = useState(-1);
  const chosen = new Set(tags.map(tagKey));
  const options = suggestions.filter((s) => !chosen.has(tagKey(s)));
  const open = focused && !dismissed && options.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-suggestion-${i}`;
  const current = open && active >= 0 && active < options.length ? active : -1;

  // A tag is done: the list closes until the next typing or Arrow Down.
  const commit = () => {
    if (!pending.trim()) return false;
    onChange(withPending(tags, pending), '');
    setActive(-1);
    setDismissed(true);
    return true;
  };
  const take = (suggestion: string) => {
    onChange(normalizeTags([...tags, suggestion]), '');
    setActive(-1);
    setDismissed(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const plainEnter = event.key === 'Enter' && !event.ctrlKey && !event.metaKey;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setDismissed(false);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const first = step > 0 ? 0 : options.length - 1;
      setActive(current < 0 ? first : (current + step + options.length) % options.length);
    } else if (plainEnter && current >= 0) {
      event.preventDefault();
      take(options[current]!);
    } else if (event.key === 'Escape' && open) {
      // Close the list, not the popup.
      event.preventDefault();
      event.stopPropagation();
      setDismissed(true);
      setActive(-1);
    } else if (plainEnter || event.key === ',' || (event.key === 'Tab' && pending.trim())) {
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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        autocomplete="off"
        autoFocus={autoFocus}
        value={pending}
        // Only while there are no chips: beside them it would be cut off, and is no longer needed.
        placeholder={tags.length === 0 ? t('tagsPlaceholder') : undefined}
        onInput={(e) => {
          onChange(tags, e.currentTarget.value);
          setDismissed(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onClick={() => setDismissed(false)}
        onBlur={() => {
          setFocused(false);
          setDismissed(true);
          commit();
        }}
      />
      <ul class="suggestions" id={listId} role="listbox" aria-label={t('tagSuggestions')} hidden={!open}>
        {options.map((suggestion, i) => (
          <li
            key={suggestion}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            class={i === current ? 'suggestion active' : 'suggestion'}
            // mousedown would move the focus away and close the list before the click lands
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => take(suggestion)}
          >
            {suggestion}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The chips plus whatever is still typed, normalised. */
export function withPending(tags: readonly string[], pending: string): string[] {
  return normalizeTags([...tags, ...parseTagInput(pending)]);
}
