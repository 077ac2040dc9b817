import type { ReactNode } from 'react';

/** One column of a review table: its heading and what each row shows in it. */
export interface ReviewColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, for pounds. */
  amount?: boolean;
  /** The cell names its row (a row header, for screen readers). */
  rowHeader?: boolean;
}

/** A table of the Review: one row per item, the columns as given. */
export function ReviewTable<Row extends { id: string }>({
  rows,
  columns,
}: {
  rows: readonly Row[];
  columns: readonly ReviewColumn<Row>[];
}) {
  const amountClass = (column: ReviewColumn<Row>) => (column.amount ? 'review-amount' : undefined);
  return (
    <table className="review-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={amountClass(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.header} scope="row" className={amountClass(column)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={amountClass(column)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the map does not record, said as such. */
export function Missing({ children }: { children: ReactNode }) {
  return <span className="review-missing">{children}</span>;
}
