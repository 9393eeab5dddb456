import type { ReactNode } from 'react';
import './data-table.css';
import { TableHead } from './table-head.js';

/** One column: its header and how a row fills its cell. */
export interface DataColumn<Row> {
  /** Header text, also the column's React key. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** This cell names its row (`<th scope="row">`), so a screen reader announces it first. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  /** The table's accessible name, given as a caption: hidden unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Buttons or links for one row, in a last column whose header only screen readers hear. */
  actions?: (row: Row) => ReactNode;
  /** Shown instead of the table when there are no rows; without it the empty table shows. */
  empty?: ReactNode;
  testId?: string;
}

/** A plain (not virtual) table of rows with typed columns and an optional actions column. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, showCaption = false, rows, rowKey, empty, testId } = props;
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <table className="data data-table" data-testid={testId}>
      <caption className={showCaption ? 'data-table-caption' : 'visually-hidden'}>
        {caption}
      </caption>
      <DataTableHead {...props} />
      <tbody>
        {rows.map((row) => (
          <DataRow key={rowKey(row)} {...props} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function DataTableHead<Row>({ columns, actions }: DataTableProps<Row>) {
  return (
    <TableHead headers={columns.map((column) => column.header)}>
      {actions && (
        <th scope="col" className="data-table-actions">
          <span className="visually-hidden">Actions</span>
        </th>
      )}
    </TableHead>
  );
}

function DataRow<Row>({ columns, actions, row }: DataTableProps<Row> & { row: Row }) {
  return (
    <tr>
      {columns.map((column) => (
        <DataCell key={column.header} column={column} row={row} />
      ))}
      {actions && <td className="data-table-actions">{actions(row)}</td>}
    </tr>
  );
}

function DataCell<Row>({ column, row }: { column: DataColumn<Row>; row: Row }) {
  const Cell = column.rowHeader ? 'th' : 'td';
  return (
    <Cell scope={column.rowHeader ? 'row' : undefined} className={column.className}>
      {column.cell(row)}
    </Cell>
  );
}
