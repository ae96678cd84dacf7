import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { NetworkCouncilRow } from '@rcp/api-contract';
import { Observable } from 'rxjs';

/** The coordinator's view of the network: every active council's latest figures, in one request. */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);

  overview(): Observable<NetworkCouncilRow[]> {
    return this.http.get<NetworkCouncilRow[]>('/api/v1/network/overview');
  }
}
