import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AuditEvent, Page } from '@rcp/api-contract';
import { Observable } from 'rxjs';

export interface AuditLogQuery {
  councilId?: string | null;
  limit: number;
  offset: number;
}

/** The append-only record of who changed what, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);

  events(query: AuditLogQuery): Observable<Page<AuditEvent>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.councilId) params = params.set('councilId', query.councilId);
    return this.http.get<Page<AuditEvent>>('/api/v1/audit-events', { params });
  }
}
