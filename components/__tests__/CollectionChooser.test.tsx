// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Collection } from '@/utils/db';
import { CollectionChooser } from '../CollectionChooser';

const collections: Collection[] = [{ id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 }];
const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function mount(onCreate: (name: string) => Promise<string | null>) {
  const onChange = vi.fn();
  act(() => render(<CollectionChooser id="collection" collections={collections} value="inbox" onChange={onChange} onCreate={onCreate} />, container));
  const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  const nameInput = () => container.querySelector<HTMLInputElement>('#collection-new-name');
  const typeName = (text: string) =>
    act(() => {
      nameInput()!.value = text;
      nameInput()!.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const press = (key: string) => act(() => void nameInput()!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
  return { button, nameInput, typeName, press };
}

describe('CollectionChooser', () => {
  it('should create a collection with Enter and close the row', async () => {
    const onCreate = vi.fn(() => Promise.resolve(null));
    const ui = mount(onCreate);

    act(() => ui.button('New collection')!.click());
    expect(container.querySelector('label[for="collection-new-name"]')?.textContent).toBe('Name of the new collection');
    ui.typeName('Bauprojekte');
    await act(async () => ui.press('Enter'));

    expect(onCreate).toHaveBeenCalledWith('Bauprojekte');
    expect(ui.nameInput()).toBeNull();
  });

  it('should keep the row open with the reason when creating fails', async () => {
    const ui = mount(() => Promise.resolve('Not saved: the disk is full.'));

    act(() => ui.button('New collection')!.click());
    ui.typeName('Bauprojekte');
    await act(async () => ui.button('Create')!.click());

    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Not saved: the disk is full.');
    expect(ui.nameInput()?.getAttribute('aria-invalid')).toBe('true');
  });

  it('should ask for a name instead of creating a nameless collection', async () => {
    const onCreate = vi.fn(() => Promise.resolve(null));
    const ui = mount(onCreate);

    act(() => ui.button('New collection')!.click());
    await act(async () => ui.press('Enter'));

    expect(onCreate).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Give the collection a name.');
  });

  it('should close the row on Escape', () => {
    const ui = mount(() => Promise.resolve(null));

    act(() => ui.button('New collection')!.click());
    ui.press('Escape');

    expect(ui.nameInput()).toBeNull();
    expect(ui.button('New collection')).toBeDefined();
  });
});
