import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "2fr" or "8rem". */
  width: string;
  render: (row: T) => ReactNode;
}

interface VirtualTableProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHeight?: number;
  height?: number | string;
  empty?: ReactNode;
  onRowActivate?: (row: T) => void;
  selectedKey?: string | null;
}

/**
 * A table that renders only the rows in view, so thousands of rows stay fast. It keeps the
 * ARIA table roles and row/col counts so assistive technology still sees the whole table.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, rows, columns, rowHeight = 36, height = 480, empty } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows drawn past the view's edges: enough for a wheel step or PageDown to land on drawn
    // rows, few enough that a filter's first frame draws little more than what shows.
    overscan: 4,
  });
  const template = columns.map((column) => column.width).join(' ');
  if (rows.length === 0 && empty) return <div className="card muted">{empty}</div>;
  return (
    <div
      ref={scrollRef}
      className="virtual-table"
      style={{ height }}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
    >
      <VirtualHeader columns={columns} template={template} />
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
        {virtualizer.getVirtualItems().map((item) => (
          <VirtualRow
            key={props.rowKey(rows[item.index]!)}
            {...props}
            item={item}
            template={template}
          />
        ))}
      </div>
    </div>
  );
}

function VirtualHeader<T>({
  columns,
  template,
}: {
  columns: readonly Column<T>[];
  template: string;
}) {
  return (
    <div
      className="virtual-header"
      role="row"
      aria-rowindex={1}
      style={{ gridTemplateColumns: template }}
    >
      {columns.map((column) => (
        <span key={column.key} role="columnheader">
          {column.header}
        </span>
      ))}
    </div>
  );
}

interface VirtualRowProps<T> extends VirtualTableProps<T> {
  item: VirtualItem;
  template: string;
}

/** One rendered row, placed at its offset; clickable and keyboard-activated when asked. */
function VirtualRow<T>({
  rows,
  columns,
  rowKey,
  onRowActivate,
  selectedKey,
  item,
  template,
}: VirtualRowProps<T>) {
  const row = rows[item.index]!;
  const key = rowKey(row);
  const activate = onRowActivate && (() => onRowActivate(row));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate?.();
  };
  return (
    <div
      role="row"
      aria-rowindex={item.index + 2}
      aria-selected={selectedKey === undefined ? undefined : selectedKey === key}
      className={`virtual-row${selectedKey === key ? ' virtual-row-selected' : ''}`}
      style={{
        gridTemplateColumns: template,
        height: item.size,
        transform: `translateY(${item.start}px)`,
      }}
      tabIndex={activate ? 0 : undefined}
      onClick={activate}
      onKeyDown={activate ? onKeyDown : undefined}
    >
      {columns.map((column) => (
        <span key={column.key} role="cell">
          {column.render(row)}
        </span>
      ))}
    </div>
  );
}
