// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TagInput, withPending } from '../TagInput';

function Harness({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  const [pending, setPending] = useState('');
  return (
    <>
      <TagInput
        id="tags"
        tags={tags}
        pending={pending}
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

function mount(initial: string[] = []) {
  act(() => render(<Harness initial={initial} />, container));
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

describe('withPending', () => {
  it('should add what is still typed to the chips', () => {
    expect(withPending(['Lemgo'], ' Haushalt ,lemgo')).toEqual(['Lemgo', 'Haushalt']);
  });
});
