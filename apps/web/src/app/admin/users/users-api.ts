import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateInvitationRequest, Invitation, User } from '@rcp/api-contract';
import { Observable } from 'rxjs';

/** People's accounts: listing, inviting and deactivating. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** Everyone (coordinator only), or the people of one council. */
  list(councilId?: string | null): Observable<User[]> {
    let params = new HttpParams();
    if (councilId) params = params.set('councilId', councilId);
    return this.http.get<User[]>('/api/v1/users', { params });
  }

  /** The people of one council (its lead, or a coordinator). */
  listForCouncil(councilId: string): Observable<User[]> {
    return this.http.get<User[]>(`/api/v1/councils/${encodeURIComponent(councilId)}/users`);
  }

  /** Creates an invitation; the answer carries the single-use link to pass on. */
  invite(request: CreateInvitationRequest): Observable<Invitation> {
    return this.http.post<Invitation>('/api/v1/invitations', request);
  }

  deactivate(userId: string): Observable<User> {
    return this.http.post<User>(`/api/v1/users/${encodeURIComponent(userId)}/deactivate`, {});
  }
}
