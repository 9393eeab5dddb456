import type { ReactNode } from 'react';

/** The header row of a `table.data`: one column header per name, then any extra header cells. */
export function TableHead({
  headers,
  children,
}: {
  headers: readonly string[];
  children?: ReactNode;
}) {
  return (
    <thead>
      <tr>
        {headers.map((header) => (
          <th key={header} scope="col">
            {header}
          </th>
        ))}
        {children}
      </tr>
    </thead>
  );
}
