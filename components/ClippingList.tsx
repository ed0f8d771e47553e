import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryRow } from '@/utils/library-index/snapshot';
import { formatDate, t } from '@/utils/i18n';

/** Every row has the same height, so the list can place any of 100,000 rows without measuring. */
export const ROW_HEIGHT = 92;
/** Rows rendered above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN = 6;

interface Props {
  /** How many clippings the list holds. */
  count: number;
  /** The row at a position (0 = first). Only visible rows are asked for. */
  rowAt: (index: number) => LibraryRow;
  collectionName: (id: string) => string;
  /** Link target of a clipping's headline (its detail view). */
  hrefFor: (id: string) => string;
  selected: ReadonlySet<string>;
  /** The clipping shown in the detail view. */
  activeId?: string;
  /** Checkbox or x/Space on a row; `range` when Shift was held (select from the last toggled row). */
  onToggle: (id: string, index: number, range: boolean) => void;
  /** Changes whenever the list holds other clippings (a new filter): scrolls back to the top. */
  resetKey: string;
  /** Accessible name of the list. */
  label: string;
}

/**
 * The library's clippings as a virtualised list: only the rows in view are in the document, so
 * it scrolls the same with 50 or 100,000 clippings. Each row carries aria-setsize/aria-posinset
 * so screen readers announce "12 of 100,000". Arrow keys, Page Up/Down, Home and End move
 * between headlines; x or Space selects the focused row.
 */
export function ClippingList({ count, rowAt, collectionName, hrefFor, selected, activeId, onToggle, resetKey, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setViewport(element.clientHeight || 800);
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 800));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setFocusIndex(null);
  }, [resetKey]);

  const focusRow = (index: number) => scroller.current?.querySelector<HTMLElement>(`li[data-index="${index}"] .clip-title`)?.focus({ preventScroll: true });
  // A row the keyboard moved to that was not rendered yet gets focus once it is.
  useLayoutEffect(() => {
    if (focusIndex !== null && !scroller.current?.contains(document.activeElement)) focusRow(focusIndex);
  }, [focusIndex, scrollTop]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  const moveFocus = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    const element = scroller.current;
    if (element) {
      const top = target * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
      setScrollTop(element.scrollTop);
    }
    setFocusIndex(target);
    focusRow(target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row || count === 0) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveFocus(moves[event.key]!);
    } else if ((event.key === 'x' || event.key === ' ') && (event.target as HTMLElement).matches('.clip-title')) {
      event.preventDefault();
      onToggle(row.dataset.id!, index, event.shiftKey);
    }
  };

  const rows = [];
  for (let index = first; index < last; index++) {
    const row = rowAt(index);
    rows.push(
      <ClippingRow
        key={row.id}
        row={row}
        index={index}
        count={count}
        collection={collectionName(row.collectionId)}
        href={hrefFor(row.id)}
        selected={selected.has(row.id)}
        active={row.id === activeId}
        onToggle={onToggle}
      />,
    );
  }

  return (
    <div class="clip-scroller" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <ol class="clippings" aria-label={label} style={{ height: `${count * ROW_HEIGHT}px` }}>
        {rows}
      </ol>
    </div>
  );
}

interface RowProps {
  row: LibraryRow;
  index: number;
  count: number;
  collection: string;
  href: string;
  selected: boolean;
  active: boolean;
  onToggle: Props['onToggle'];
}

function ClippingRow({ row, index, count, collection, href, selected, active, onToggle }: RowProps) {
  const title = row.title || t('untitled');
  const date = row.publishedAt !== undefined ? formatDate(row.publishedAt) : t('clippedOn', formatDate(row.clippedAt));
  return (
    <li
      class={`clip${selected ? ' clip-selected' : ''}${active ? ' clip-active' : ''}`}
      data-id={row.id}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
    >
      <input
        type="checkbox"
        class="clip-select"
        checked={selected}
        aria-label={t('selectClipping', title)}
        onClick={(e) => onToggle(row.id, index, e.shiftKey)}
      />
      <div class="clip-body">
        <a class="clip-title" href={href} aria-current={active ? 'true' : undefined}>
          {title}
        </a>
        <div class="clip-meta">
          <span class="clip-outlet">{row.outlet}</span>
          <span class="clip-date">{date}</span>
          {row.credits.length > 0 && <span class="clip-authors">{row.credits.join(', ')}</span>}
          <span class="clip-collection">{collection}</span>
          {row.isPartial && <span class="badge badge-partial">{t('badgePartial')}</span>}
          {row.kind !== 'article' && <span class="badge">{row.kind === 'selection' ? t('badgeSelection') : t('badgeLink')}</span>}
          {row.hasNote && <span class="badge">{t('hasNoteBadge')}</span>}
        </div>
        {row.tags.length > 0 && (
          <ul class="clip-tags" aria-label={t('tagsLabel')}>
            {row.tags.map((tag) => (
              <li key={tag} class="chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
