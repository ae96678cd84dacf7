import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { FieldError, TableView, TableViews } from '@rcp/api-contract';
import { TABLE_COLUMNS, TABLE_VIEW_KEYS, type TableViewKey } from '@rcp/vocabulary';
import { TableViewsRepository } from './table-views.repository';

/** Each user's own table views: anyone signed in reads and saves only their own. */
@Injectable()
export class TableViewsService {
  constructor(private readonly views: TableViewsRepository) {}

  viewsOf(userId: string): Promise<TableViews> {
    return this.views.viewsOf(userId);
  }

  async save(userId: string, table: string, view: TableView): Promise<TableView> {
    if (!isTableKey(table)) throw new NotFoundException('There is no such table.');
    const known = TABLE_COLUMNS[table];
    const errors: FieldError[] = [];
    view.columns.forEach((column, i) => {
      if (!known.includes(column))
        errors.push({ field: `columns.${i}`, messages: [`must be one of: ${known.join(', ')}`] });
    });
    if (!known.includes(view.sort.column))
      errors.push({ field: 'sort.column', messages: [`must be one of: ${known.join(', ')}`] });
    if (errors.length > 0)
      throw new BadRequestException({ message: 'The request has invalid fields.', errors });
    // The name column always shows, first; the rest in the table's own order.
    const columns = known.filter((c, i) => i === 0 || view.columns.includes(c));
    const saved: TableView = { columns, sort: { ...view.sort } };
    await this.views.save(userId, table, saved);
    return saved;
  }
}

function isTableKey(table: string): table is TableViewKey {
  return (TABLE_VIEW_KEYS as readonly string[]).includes(table);
}
