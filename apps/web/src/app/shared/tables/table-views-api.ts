import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TableView, TableViews } from '@rcp/api-contract';
import type { TableViewKey } from '@rcp/vocabulary';
import { Observable } from 'rxjs';

const PATH = '/api/v1/me/table-views';

/** The signed-in user's saved table views (columns and sort), kept on the server. */
@Injectable({ providedIn: 'root' })
export class TableViewsApi {
  private readonly http = inject(HttpClient);

  views(): Observable<TableViews> {
    return this.http.get<TableViews>(PATH);
  }

  save(table: TableViewKey, view: TableView): Observable<TableView> {
    return this.http.put<TableView>(`${PATH}/${encodeURIComponent(table)}`, view);
  }
}
