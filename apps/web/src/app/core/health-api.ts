import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { HealthCheckBody } from '@rcp/api-contract';
import { catchError, map, Observable, of } from 'rxjs';

export interface HealthView {
  ok: boolean;
  database: 'up' | 'down' | 'unknown';
}

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);

  check(): Observable<HealthView> {
    return this.http.get<HealthCheckBody>('/api/v1/health').pipe(
      map((body) => ({
        ok: body.status === 'ok',
        database: body.details?.['database']?.status === 'up' ? ('up' as const) : ('down' as const),
      })),
      catchError(() => of({ ok: false, database: 'unknown' as const })),
    );
  }
}
