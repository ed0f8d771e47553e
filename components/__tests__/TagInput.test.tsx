// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TagInput, withPending } from '../TagInput';

function Harness({ initial = [] as string[], suggestions = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  const [pending, setPending] = useState('');
  return (
    <>
      <TagInput
        id="tags"
        tags={tags}
        pending={pending}
        suggestions={suggestions}
        onChange={(next, typed) => {
          setTags(next);
          setPending(typed);
        }}
      />
      <output>{JSON.stringify(tags)}</output>
    </>
  );
}

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function mount(initial: string[] = [], suggestions: string[] = []) {
  act(() => render(<Harness initial={initial} suggestions={suggestions} />, container));
  const input = container.querySelector('input')!;
  const tags = () => JSON.parse(container.querySelector('output')!.textContent!) as string[];
  const type = (text: string) =>
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const press = (key: string, init: KeyboardEventInit = {}) => act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
  return { input, tags, type, press };
}

describe('TagInput', () => {
  it('should turn typed text into a chip on Enter', () => {
    const ui = mount();

    ui.type('Stadtrat');
    ui.press('Enter');

    expect(ui.tags()).toEqual(['Stadtrat']);
    expect(ui.input.value).toBe('');
  });

  it('should split on commas and merge case-insensitive duplicates', () => {
    const ui = mount(['Lemgo']);

    ui.type('lemgo, Haushalt');
    ui.press('Enter');

    expect(ui.tags()).toEqual(['Lemgo', 'Haushalt']);
  });

  it('should remove the last chip on Backspace in an empty field', () => {
    const ui = mount(['Lemgo', 'Haushalt']);

    ui.press('Backspace');

    expect(ui.tags()).toEqual(['Lemgo']);
  });

  it('should leave Ctrl+Enter to the form (save) instead of adding a chip', () => {
    const ui = mount();

    ui.type('Stadtrat');
    ui.press('Enter', { ctrlKey: true });

    expect(ui.tags()).toEqual([]);
    expect(ui.input.value).toBe('Stadtrat');
  });

  it('should remove a chip with its button, which names the tag', () => {
    const ui = mount(['Lemgo', 'Haushalt']);
    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="Remove tag Lemgo"]');

    act(() => remove!.click());

    expect(ui.tags()).toEqual(['Haushalt']);
  });
});

describe('TagInput suggestions', () => {
  const listbox = () => container.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...container.querySelectorAll('[role="option"]')].map((o) => o.textContent);

  it('should stay closed on focus and open on Arrow Down, without the tags already chosen', () => {
    const ui = mount(['Lemgo'], ['lemgo', 'Stadtrat', 'Haushalt']);
    act(() => ui.input.focus());

    expect(listbox().hidden).toBe(true);
    ui.press('ArrowDown');

    expect(listbox().hidden).toBe(false);
    expect(ui.input.getAttribute('aria-expanded')).toBe('true');
    expect(options()).toEqual(['Stadtrat', 'Haushalt']);
  });

  it('should take the highlighted suggestion with Enter', () => {
    const ui = mount([], ['Stadtrat', 'Haushalt']);
    act(() => ui.input.focus());

    ui.press('ArrowDown');
    ui.press('ArrowDown');
    expect(ui.input.getAttribute('aria-activedescendant')).toBe('tags-suggestion-1');
    ui.press('Enter');

    expect(ui.tags()).toEqual(['Haushalt']);
    expect(listbox().hidden).toBe(true);
  });

  it('should wrap from the first suggestion to the last with Arrow Up', () => {
    const ui = mount([], ['Stadtrat', 'Haushalt', 'Schule']);
    act(() => ui.input.focus());

    ui.press('ArrowUp');
    ui.press('Enter');

    expect(ui.tags()).toEqual(['Schule']);
  });

  it('should close the list on Escape and keep what was typed', () => {
    const ui = mount([], ['Stadtrat']);
    act(() => ui.input.focus());
    ui.type('Sta');

    expect(listbox().hidden).toBe(false);
    ui.press('Escape');

    expect(listbox().hidden).toBe(true);
    expect(ui.input.value).toBe('Sta');
  });

  it('should take a suggestion on click', () => {
    const ui = mount([], ['Stadtrat']);
    act(() => ui.input.focus());
    ui.press('ArrowDown');

    act(() => container.querySelector<HTMLElement>('[role="option"]')!.click());

    expect(ui.tags()).toEqual(['Stadtrat']);
  });
});

describe('withPending', () => {
  it('should add what is still typed to the chips', () => {
    expect(withPending(['Lemgo'], ' Haushalt ,lemgo')).toEqual(['Lemgo', 'Haushalt']);
  });
});
