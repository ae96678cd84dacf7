import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Council, UpdateSharingRequest } from '@rcp/api-contract';
import { Observable } from 'rxjs';

const COUNCILS_API = '/api/v1/councils';

/** A council's own settings: its details and how it is shown to other councils. */
@Injectable({ providedIn: 'root' })
export class CouncilSettingsApi {
  private readonly http = inject(HttpClient);

  council(councilId: string): Observable<Council> {
    return this.http.get<Council>(`${COUNCILS_API}/${encodeURIComponent(councilId)}`);
  }

  /** Saves the sharing choice; 409 when someone else changed the council since `version`. */
  setSharing(councilId: string, request: UpdateSharingRequest): Observable<Council> {
    return this.http.put<Council>(
      `${COUNCILS_API}/${encodeURIComponent(councilId)}/sharing`,
      request,
    );
  }
}
