import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Council, CreateCouncilRequest, UpdateCouncilRequest } from '@rcp/api-contract';
import { Observable } from 'rxjs';

const COUNCILS_API = '/api/v1/councils';

/** The councils of the network (a coordinator sees all; anyone else only their own). */
@Injectable({ providedIn: 'root' })
export class CouncilsApi {
  private readonly http = inject(HttpClient);

  list(options: { includeArchived?: boolean } = {}): Observable<Council[]> {
    let params = new HttpParams();
    if (options.includeArchived) params = params.set('includeArchived', 'true');
    return this.http.get<Council[]>(COUNCILS_API, { params });
  }

  get(councilId: string): Observable<Council> {
    return this.http.get<Council>(`${COUNCILS_API}/${encodeURIComponent(councilId)}`);
  }

  create(request: CreateCouncilRequest): Observable<Council> {
    return this.http.post<Council>(COUNCILS_API, request);
  }

  /** Saves changes; 409 when someone else changed the council since `version`. */
  update(councilId: string, request: UpdateCouncilRequest): Observable<Council> {
    return this.http.patch<Council>(`${COUNCILS_API}/${encodeURIComponent(councilId)}`, request);
  }

  archive(councilId: string): Observable<Council> {
    return this.http.post<Council>(`${COUNCILS_API}/${encodeURIComponent(councilId)}/archive`, {});
  }

  restore(councilId: string): Observable<Council> {
    return this.http.post<Council>(`${COUNCILS_API}/${encodeURIComponent(councilId)}/restore`, {});
  }
}
