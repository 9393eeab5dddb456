import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Host } from '../../../shared/records/desired-records.js';

interface HostListProps {
  hosts: readonly Host[];
  /** The index whose card the editor replaces; it stays drawn while scrolled away. */
  editingIndex: number | null;
  /** Asks to move focus to a card (arrow keys, or the filter's Down arrow); -1 for none. */
  focusRequest: { index: number } | null;
  renderItem: (host: Host, index: number) => ReactNode;
  onOpen: (host: Host) => void;
}

const ESTIMATED_CARD = 190;
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The host cards, drawn only around the visible part of the page so 1,000 hosts cost what ten
 * do. The list keeps the card being edited and the card holding focus drawn, so a draft or the
 * keyboard position is never lost by scrolling. Arrow keys, Home and End move between cards;
 * Enter on a card opens its editor.
 */
export function HostList({ hosts, editingIndex, focusRequest, renderItem, onOpen }: HostListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const scrollMargin = useListOffset(listRef);
  const virtualizer = useHostVirtualizer(hosts, scrollMargin, [editingIndex, focusedIndex]);
  const focusCard = useCardFocus(listRef, virtualizer.scrollToIndex, setFocusedIndex);
  useFocusRequest(focusRequest, hosts.length, focusCard);
  const onKeyDown = cardKeys(hosts, focusCard, onOpen);
  return (
    <div
      ref={listRef}
      className="host-list"
      role="list"
      aria-label="Hosts"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          role="listitem"
          aria-setsize={hosts.length}
          aria-posinset={item.index + 1}
          className="host-list-item"
          style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          onFocus={() => setFocusedIndex(item.index)}
          onKeyDown={(event) => onKeyDown(event, item.index)}
        >
          {renderItem(hosts[item.index]!, item.index)}
        </div>
      ))}
    </div>
  );
}

/**
 * Moves focus when asked. Only a new request moves it (the count is read, not watched): a list
 * that changes under the filter must not take focus from it.
 */
function useFocusRequest(
  focusRequest: { index: number } | null,
  count: number,
  focusCard: (index: number) => void,
): void {
  useEffect(() => {
    if (focusRequest && count > 0) focusCard(Math.min(focusRequest.index, count - 1));
  }, [focusRequest, focusCard]);
}

/** Arrow keys, Home and End move between cards; Enter on a card itself opens its editor. */
function cardKeys(
  hosts: readonly Host[],
  focusCard: (index: number) => void,
  onOpen: (host: Host) => void,
) {
  return (event: KeyboardEvent<HTMLElement>, index: number) => {
    if ((event.target as HTMLElement).closest('form, input, select, textarea')) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      focusCard(move(index, hosts.length));
    } else if (event.key === 'Enter' && event.target === event.currentTarget.firstElementChild) {
      event.preventDefault();
      onOpen(hosts[index]!);
    }
  };
}

/** The window-scrolled virtualizer, with the `pinned` indexes always drawn. */
function useHostVirtualizer(
  hosts: readonly Host[],
  scrollMargin: number,
  pinnedOrNull: readonly (number | null)[],
) {
  const pinned = pinnedOrNull.filter((i): i is number => i !== null);
  return useWindowVirtualizer({
    count: hosts.length,
    estimateSize: () => ESTIMATED_CARD,
    overscan: 3,
    scrollMargin,
    // The window's size before it is observed, so the very first frame already has cards.
    initialRect: firstRect(),
    rangeExtractor: useCallback(
      (range: Range) => withPinned(defaultRangeExtractor(range), pinned, range.count),
      [pinned.join(',')],
    ),
    getItemKey: (index) => hosts[index]?.id ?? index,
  });
}

function firstRect(): { width: number; height: number } {
  return typeof window === 'undefined'
    ? { width: 1024, height: 1200 }
    : { width: window.innerWidth, height: window.innerHeight };
}

/** The drawn range plus the pinned indexes, in order, without duplicates. */
function withPinned(range: number[], pinned: readonly number[], count: number): number[] {
  const extra = [...new Set(pinned)].filter((i) => i < count && !range.includes(i));
  return extra.length === 0 ? range : [...range, ...extra].sort((a, b) => a - b);
}

/** Where the list starts on the page, kept current as notices or the add form come and go. */
function useListOffset(ref: RefObject<HTMLDivElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - offset) > 0.5) setOffset(top);
  });
  return offset;
}

/**
 * Focuses card `index`: scrolls it into range first (it may not be drawn yet), then focuses
 * its card once it is in the page.
 */
function useCardFocus(
  listRef: RefObject<HTMLDivElement | null>,
  scrollToIndex: (index: number, options?: { align?: 'auto' | 'start' | 'center' }) => void,
  setFocusedIndex: (index: number) => void,
) {
  const [target, setTarget] = useState<{ index: number } | null>(null);
  useEffect(() => {
    if (!target) return;
    const card = listRef.current?.querySelector<HTMLElement>(
      `[data-index="${target.index}"] > [tabindex]`,
    );
    if (!card) return; // not drawn yet: the next render, after the scroll, finds it
    card.focus({ preventScroll: true });
    scrollToIndex(target.index, { align: 'auto' });
    setTarget(null);
  });
  return useCallback(
    (index: number) => {
      setFocusedIndex(index);
      setTarget({ index });
      scrollToIndex(index, { align: 'auto' });
    },
    [scrollToIndex, setFocusedIndex],
  );
}
