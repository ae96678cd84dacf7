import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CouncilReportDetail } from '@rcp/api-contract';
import { Observable } from 'rxjs';

/** What the council report adds to the dashboard (GET /councils/:id/report). */
@Injectable({ providedIn: 'root' })
export class ReportApi {
  private readonly http = inject(HttpClient);

  /** 404 when the council or audit does not exist, is not submitted or the caller may not see it. */
  detail(councilId: string, auditId: string | null): Observable<CouncilReportDetail> {
    return this.http.get<CouncilReportDetail>(
      `/api/v1/councils/${encodeURIComponent(councilId)}/report`,
      { params: auditId ? { audit: auditId } : {} },
    );
  }
}
