import { unparse } from 'papaparse';

export interface ChartColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export type ChartCell = string | number | null;

/** The numbers behind a chart, shown as a table and offered as CSV. */
export interface ChartTable {
  columns: ChartColumn[];
  rows: Record<string, ChartCell>[];
}

/** RFC 4180 CSV (CRLF line ends, quoted where needed) with a header row of column labels. */
export function chartTableToCsv(table: ChartTable): string {
  return unparse(
    {
      fields: table.columns.map((c) => c.label),
      data: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? '')),
    },
    { newline: '\r\n', quotes: false },
  );
}
