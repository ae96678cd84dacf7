import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TableView, TableViews } from '@rcp/api-contract';
import type { SortDirection, TableViewKey } from '@rcp/vocabulary';
import { DataSource } from 'typeorm';

interface TableViewRow {
  table_key: TableViewKey;
  columns: string[];
  sort_column: string;
  sort_direction: SortDirection;
}

/** The SQL of users' saved table views. */
@Injectable()
export class TableViewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async viewsOf(userId: string): Promise<TableViews> {
    const rows = (await this.db.query(
      `SELECT table_key, columns, sort_column, sort_direction
         FROM user_table_views WHERE user_id = $1 ORDER BY table_key`,
      [userId],
    )) as TableViewRow[];
    const views: TableViews = {};
    for (const row of rows) {
      views[row.table_key] = {
        columns: row.columns,
        sort: { column: row.sort_column, direction: row.sort_direction },
      };
    }
    return views;
  }

  async save(userId: string, table: TableViewKey, view: TableView): Promise<void> {
    await this.db.query(
      `INSERT INTO user_table_views (user_id, table_key, columns, sort_column, sort_direction)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, table_key) DO UPDATE
         SET columns = EXCLUDED.columns, sort_column = EXCLUDED.sort_column,
             sort_direction = EXCLUDED.sort_direction, updated_at = now()`,
      [userId, table, view.columns, view.sort.column, view.sort.direction],
    );
  }
}
