import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CouncilDashboard } from '@rcp/api-contract';
import { Observable } from 'rxjs';
import { DashboardFilters, filtersToQuery, NO_FILTERS } from '../model/dashboard-filters';

/** A council's dashboard: one request per view (GET /councils/:id/dashboard). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** 404 when the council (or a chosen audit) does not exist or the caller may not see it. */
  get(councilId: string, filters: DashboardFilters = NO_FILTERS): Observable<CouncilDashboard> {
    return this.http.get<CouncilDashboard>(
      `/api/v1/councils/${encodeURIComponent(councilId)}/dashboard`,
      { params: filtersToQuery(filters) },
    );
  }
}
