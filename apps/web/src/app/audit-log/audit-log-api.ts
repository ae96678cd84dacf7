import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AuditEvent, Page } from '@rcp/api-contract';
import { Observable } from 'rxjs';

/** What the log may be narrowed to; days are ISO (YYYY-MM-DD) UK days, both ends included. */
export interface AuditLogFilters {
  councilId?: string | null;
  action?: string | null;
  person?: string | null;
  from?: string | null;
  to?: string | null;
}

export interface AuditLogQuery extends AuditLogFilters {
  limit: number;
  offset: number;
}

const FILTER_KEYS = ['councilId', 'action', 'person', 'from', 'to'] as const;

/** The filters as query parameters, leaving out those not set. */
export function filterParams(filters: AuditLogFilters): HttpParams {
  let params = new HttpParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params = params.set(key, value);
  }
  return params;
}

/** The append-only record of who changed what, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);

  events(query: AuditLogQuery): Observable<Page<AuditEvent>> {
    const params = filterParams(query).set('limit', query.limit).set('offset', query.offset);
    return this.http.get<Page<AuditEvent>>('/api/v1/audit-events', { params });
  }

  /** The action codes recorded within the reader's reach, for the action filter. */
  actions(): Observable<string[]> {
    return this.http.get<string[]>('/api/v1/audit-events/actions');
  }

  /** The address of the CSV of the events these filters match (a plain download link). */
  exportUrl(filters: AuditLogFilters): string {
    const query = filterParams(filters).toString();
    return `/api/v1/audit-events/export.csv${query ? `?${query}` : ''}`;
  }
}
