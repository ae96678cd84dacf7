import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ApiToken, CreateApiTokenRequest, CreatedApiToken } from '@rcp/api-contract';
import { Observable } from 'rxjs';

/** Where tokens are managed: a lead's own council, or the network (a coordinator). */
export type TokenHome = { councilId: string } | 'network';

/** Read-only API tokens: listing, creating (the secret comes back once) and revoking. */
@Injectable({ providedIn: 'root' })
export class ApiTokensApi {
  private readonly http = inject(HttpClient);

  list(home: TokenHome): Observable<ApiToken[]> {
    return this.http.get<ApiToken[]>(this.path(home));
  }

  create(home: TokenHome, request: CreateApiTokenRequest): Observable<CreatedApiToken> {
    return this.http.post<CreatedApiToken>(this.path(home), request);
  }

  revoke(home: TokenHome, token: ApiToken): Observable<void> {
    return this.http.delete<void>(`${this.path(home)}/${encodeURIComponent(token.id)}`);
  }

  private path(home: TokenHome): string {
    return home === 'network'
      ? '/api/v1/network/api-tokens'
      : `/api/v1/councils/${encodeURIComponent(home.councilId)}/api-tokens`;
  }
}
