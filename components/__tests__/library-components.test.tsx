// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClipFrame } from '../ClipFrame';
import { ClippingDetail } from '../ClippingDetail';
import { makeClipping } from '@/tests/support/clippings';
import { installMessages } from '@/tests/support/i18n';
import { ClippingList, ROW_HEIGHT } from '../ClippingList';
import { CoverageCharts, dayList } from '../CoverageCharts';
import { FilterBar } from '../FilterBar';
import { DEFAULT_FILTER, type LibraryFilter } from '@/utils/library-index/filter';
import type { LibraryRow } from '@/utils/library-index/snapshot';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => {
  vi.useRealTimers(); // also after a test that failed while on fake timers
  act(() => render(null, container));
});

beforeAll(() => {
  // jsdom has no layout: a 460 px tall list viewport, and no-op observers.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 460 });
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
});

function row(i: number): LibraryRow {
  return {
    id: `id-${i}`,
    title: `Artikel ${i}`,
    outlet: 'Werretal-Bote',
    publishedAt: Date.UTC(2026, 2, 1),
    clippedAt: Date.UTC(2026, 2, 2),
    credits: ['Jana Köster'],
    tags: ['Lemgo'],
    collectionId: 'inbox',
    lang: 'de',
    isPartial: i === 1,
    hasNote: false,
    kind: 'article',
  };
}

describe('ClippingList', () => {
  it('should render only the rows in view, each knowing its place in the whole list', () => {
    const asked: number[] = [];
    act(() =>
      render(
        <ClippingList
          count={100_000}
          rowAt={(i) => (asked.push(i), row(i))}
          collectionName={() => 'Inbox'}
          hrefFor={(id) => `#/library/${id}`}
          selected={new Set(['id-2'])}
          onToggle={() => undefined}
          resetKey=""
          label="Clippings"
        />,
        container,
      ),
    );

    const items = [...container.querySelectorAll('li.clip')];
    expect(items.length).toBe(Math.ceil(460 / ROW_HEIGHT) + 6);
    expect(Math.max(...asked)).toBeLessThan(20);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('100000');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(container.querySelector('ol')!.style.height).toBe(`${100_000 * ROW_HEIGHT}px`);
    expect(items[1]!.querySelector('.badge-partial')?.textContent).toBe('Partial');
    expect((items[2]!.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(true);
    expect(items[0]!.querySelector('.clip-title')!.getAttribute('href')).toBe('#/library/id-0');
  });

  it('should render the rows further down once scrolled there', () => {
    act(() =>
      render(
        <ClippingList count={1_000} rowAt={row} collectionName={() => 'Inbox'} hrefFor={(id) => id} selected={new Set()} onToggle={() => undefined} resetKey="" label="Clippings" />,
        container,
      ),
    );
    const scroller = container.querySelector<HTMLElement>('.clip-scroller')!;

    act(() => {
      scroller.scrollTop = 500 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });

    const positions = [...container.querySelectorAll('li.clip')].map((li) => Number(li.getAttribute('aria-posinset')));
    expect(positions).toContain(501);
    expect(positions).not.toContain(1);
  });

  it('should select with x on a focused headline, and a range with Shift', () => {
    const onToggle = vi.fn();
    act(() =>
      render(<ClippingList count={10} rowAt={row} collectionName={() => 'Inbox'} hrefFor={(id) => id} selected={new Set()} onToggle={onToggle} resetKey="" label="Clippings" />, container),
    );
    const title = container.querySelector<HTMLElement>('li[data-index="3"] .clip-title')!;

    act(() => void title.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true })));
    act(() => void title.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', shiftKey: true, bubbles: true })));

    expect(onToggle.mock.calls).toEqual([
      ['id-3', 3, false],
      ['id-3', 3, true],
    ]);
  });
});

describe('FilterBar', () => {
  const langs = [
    { value: 'de', label: 'de', count: 3 },
    { value: 'es', label: 'es', count: 2 },
    { value: '', label: '', count: 1 },
  ];
  function mount(filter: LibraryFilter, onChange: (f: LibraryFilter) => void) {
    act(() =>
      render(
        <FilterBar
          filter={filter}
          collections={[{ id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 }]}
          choices={{ tags: [{ value: 'lemgo', label: 'Lemgo', count: 3 }], outlets: [{ value: 'Werretal-Bote', label: 'Werretal-Bote', count: 3 }], credits: [], langs }}
          onChange={onChange}
        />,
        container,
      ),
    );
  }
  const change = (selector: string, value: string) =>
    act(() => {
      const element = container.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      element.value = value;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    });

  it('should name each language of the library in the UI language', () => {
    mount(DEFAULT_FILTER, vi.fn());
    const options = () => Array.from(container.querySelectorAll('#filter-lang option'), (o) => o.textContent);

    expect(options()).toEqual(['All languages', 'German (3)', 'Spanish (2)', 'Unknown (1)']);
    installMessages('de');
    mount(DEFAULT_FILTER, vi.fn());
    expect(options()).toEqual(['Alle Sprachen', 'Deutsch (3)', 'Spanisch (2)', 'Unbekannt (1)']);
  });

  it('should report each filter change as a whole new filter', () => {
    const onChange = vi.fn();
    mount(DEFAULT_FILTER, onChange);

    change('#filter-collection', 'inbox');
    change('#filter-outlet', 'Werretal-Bote');
    change('#filter-lang', 'de');
    change('#filter-from', '2026-03-01');
    change('#filter-date-field', 'clipped');

    expect(onChange.mock.calls.map(([f]) => f)).toEqual([
      { ...DEFAULT_FILTER, collectionId: 'inbox' },
      { ...DEFAULT_FILTER, outlet: 'Werretal-Bote' },
      { ...DEFAULT_FILTER, lang: 'de' },
      { ...DEFAULT_FILTER, from: '2026-03-01' },
      { ...DEFAULT_FILTER, dateField: 'clipped' },
    ]);
  });

  it('should add a typed tag in its known spelling, and offer to clear filters', () => {
    const onChange = vi.fn();
    mount({ ...DEFAULT_FILTER, query: 'alt' }, onChange);
    const input = container.querySelector<HTMLInputElement>('#filter-tag')!;

    act(() => {
      input.value = 'LEMGO';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));

    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTER, query: 'alt', tags: ['Lemgo'] });
    expect(container.querySelector('.filter-clear')?.textContent).toBe('Clear filters');
  });

  it('should apply a search after typing pauses', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    mount(DEFAULT_FILTER, onChange);
    const search = container.querySelector<HTMLInputElement>('#filter-query')!;

    act(() => {
      search.value = 'Brücke';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(200));

    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_FILTER, query: 'Brücke' });
    vi.useRealTimers();
  });

  it('should keep typing when the applied search comes back, and follow a search cleared from outside', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    mount(DEFAULT_FILTER, onChange);
    const search = () => container.querySelector<HTMLInputElement>('#filter-query')!;
    const type = (text: string) =>
      act(() => {
        search().value = text;
        search().dispatchEvent(new Event('input', { bubbles: true }));
      });

    type('Alten');
    act(() => void vi.advanceTimersByTime(200));
    type('Altenb');
    mount({ ...DEFAULT_FILTER, query: 'Alten' }, onChange); // the address catches up with the first pause
    expect(search().value).toBe('Altenb');

    mount(DEFAULT_FILTER, onChange); // "Clear filters"
    expect(search().value).toBe('');
    vi.useRealTimers();
  });
});

describe('ClipFrame', () => {
  it('should sanitize again and render only inside a sandbox without scripts or same-origin', () => {
    act(() => render(<ClipFrame html={'<p>Text</p><img src="x" onerror="alert(1)"><script>alert(2)</script>'} title="Artikel" lang="de" showImages={false} />, container));

    const frame = container.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    const doc = frame.getAttribute('srcdoc')!;
    expect(doc).toContain('<p>Text</p>');
    expect(doc).not.toMatch(/onerror|<script/);
    expect(doc).toContain("img-src data:");
    expect(doc).toContain('<html lang="de">');
  });
});

describe('CoverageCharts', () => {
  it('should list every day of a range, across month ends', () => {
    expect(dayList('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('should draw one bar per day with clippings and link rankings to the library', () => {
    act(() =>
      render(
        <CoverageCharts
          coverage={{
            total: 3,
            partial: 0,
            perDay: [
              { day: '2026-03-01', count: 2 },
              { day: '2026-03-03', count: 1 },
            ],
            perOutlet: [{ value: 'Werretal-Bote', label: 'Werretal-Bote', count: 3 }],
            perCredit: [],
            perTag: [{ value: 'lemgo', label: 'Lemgo', count: 1 }],
          }}
          hrefFor={(facet, value) => `#${facet}=${value}`}
        />,
        container,
      ),
    );

    expect(container.querySelectorAll('svg.per-day rect.bar').length).toBe(2);
    expect(container.querySelector('svg.per-day')!.getAttribute('aria-label')).toContain('at most 2 on one day');
    expect([...container.querySelectorAll('.ranking a')].map((a) => a.getAttribute('href'))).toEqual(['#outlet=Werretal-Bote', '#tag=lemgo']);
  });
});

describe('ClippingDetail', () => {
  const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

  it('should show metadata, captions with credits and a web link only, and save what was edited', async () => {
    const clipping = makeClipping({ title: 'Neue Brücke', url: 'https://www.werretal-bote.example/a', captions: [{ text: 'Blick vom Ufer', credit: 'Stadt Lemgo' }], tags: ['Lemgo'], note: '' });
    const onSave = vi.fn(async (edit: object) => ({ ...clipping, ...edit }));
    act(() =>
      render(
        <ClippingDetail
          clipping={clipping}
          collections={[{ id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 }]}
          knownTags={['Lemgo', 'Lemgo-Nord', 'Haushalt']}
          onSave={onSave}
          onDelete={() => undefined}
          onClose={() => undefined}
        />,
        container,
      ),
    );

    expect(container.querySelector('h2')!.textContent).toBe('Neue Brücke');
    expect(container.querySelector('.detail-captions li')!.textContent).toBe('Blick vom Ufer — Photo: Stadt Lemgo');
    expect(container.querySelector<HTMLAnchorElement>('.detail-meta a')!.href).toBe('https://www.werretal-bote.example/a');
    const note = container.querySelector<HTMLTextAreaElement>('#detail-note')!;
    act(() => {
      note.value = 'Zitat auf Seite 3';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const tags = container.querySelector<HTMLInputElement>('#detail-tags')!;
    act(() => {
      tags.value = 'lem';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...container.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['Lemgo-Nord']);

    act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();

    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ note: 'Zitat auf Seite 3', tags: ['Lemgo', 'lem'], title: 'Neue Brücke' }));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  it('should move the publication date keeping its time, and refuse a language code it cannot use', async () => {
    const onSave = vi.fn(async (edit: object) => ({ ...makeClipping(), ...edit }));
    act(() =>
      render(
        <ClippingDetail clipping={makeClipping({ publishedTime: '2026-11-26T14:30:00+01:00' })} collections={[]} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />,
        container,
      ),
    );
    const input = (selector: string, value: string) =>
      act(() => {
        const element = container.querySelector<HTMLInputElement>(selector)!;
        element.value = value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });

    input('#detail-lang', 'Deutsch');
    expect(container.querySelector('#detail-lang')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);

    input('#detail-lang', 'de-AT');
    input('#edit-date', '2026-11-27');
    act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ lang: 'de-AT', publishedTime: '2026-11-27T14:30:00+01:00' }));
  });

  it('should keep what the reader typed before the form finished its first paint', async () => {
    const clipping = makeClipping({ tags: ['Energie'], note: '' });
    const onSave = vi.fn(async (edit: object) => ({ ...clipping, ...edit }));
    // No act(): effects wait for the next frame, as in the browser, and the reader is quicker.
    render(<ClippingDetail clipping={clipping} collections={[]} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />, container);
    const note = container.querySelector<HTMLTextAreaElement>('#detail-note')!;
    note.value = 'Zitat auf Seite 3';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 150)));

    expect(container.querySelector<HTMLTextAreaElement>('#detail-note')!.value).toBe('Zitat auf Seite 3');
    act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ note: 'Zitat auf Seite 3' }));
  });

  it('should show a newer version saved elsewhere, unless the reader has changed the form', () => {
    const clipping = makeClipping({ note: 'alt', updatedAt: 1 });
    const show = (c: typeof clipping) => act(() => render(<ClippingDetail clipping={c} collections={[]} onSave={async () => c} onDelete={() => undefined} onClose={() => undefined} />, container));
    const note = () => container.querySelector<HTMLTextAreaElement>('#detail-note')!;
    show(clipping);

    show({ ...clipping, note: 'aus dem anderen Tab', updatedAt: 2 });
    expect(note().value).toBe('aus dem anderen Tab');

    act(() => {
      note().value = 'meine Notiz';
      note().dispatchEvent(new Event('input', { bubbles: true }));
    });
    show({ ...clipping, note: 'noch eine', updatedAt: 3 });
    expect(note().value).toBe('meine Notiz');
  });

  it('should show the dateline among the metadata and save a corrected one', async () => {
    const onSave = vi.fn(async (edit: object) => ({ ...makeClipping(), ...edit }));
    act(() => render(<ClippingDetail clipping={makeClipping({ dateline: 'Lemgo' })} collections={[]} onSave={onSave} onDelete={() => undefined} onClose={() => undefined} />, container));
    const meta = [...container.querySelectorAll('.detail-meta dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    const field = container.querySelector<HTMLInputElement>('#edit-dateline')!;

    expect(meta).toContainEqual(['Dateline', 'Lemgo']);
    expect(field.value).toBe('Lemgo');
    act(() => {
      field.value = ' Bad  Salzuflen ';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ dateline: 'Bad Salzuflen' }));
  });
});
