import type { SortDirection, TableViewKey } from '@rcp/vocabulary';

/** How one user likes a table: which columns show (the name column always does) and its order. */
export interface TableView {
  /** Column keys to show, from the table's TABLE_COLUMNS; the name column is added if missing. */
  columns: string[];
  sort: { column: string; direction: SortDirection };
}

/** The user's saved views, by table; a table without one shows its defaults. */
export type TableViews = Partial<Record<TableViewKey, TableView>>;
