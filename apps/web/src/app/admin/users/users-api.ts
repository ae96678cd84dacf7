import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateInvitationRequest, Invitation, PendingInvitation, User } from '@rcp/api-contract';
import { CouncilRole } from '@rcp/vocabulary';
import { Observable } from 'rxjs';

/** People's accounts: listing, inviting, roles, deactivating and bringing back. */
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

  reactivate(user: User): Observable<User> {
    return this.http.post<User>(`${this.userPath(user.id)}/reactivate`, { version: user.version });
  }

  changeRole(user: User, role: CouncilRole): Observable<User> {
    return this.http.put<User>(`${this.userPath(user.id)}/role`, { role, version: user.version });
  }

  /** Invitations not yet accepted: the network's (coordinator), or one council's. */
  pendingInvitations(councilId?: string | null, own = false): Observable<PendingInvitation[]> {
    if (own && councilId) {
      return this.http.get<PendingInvitation[]>(
        `/api/v1/councils/${encodeURIComponent(councilId)}/invitations`,
      );
    }
    let params = new HttpParams();
    if (councilId) params = params.set('councilId', councilId);
    return this.http.get<PendingInvitation[]>('/api/v1/invitations', { params });
  }

  /** A new link for the person; the old one stops working. */
  resendInvitation(invitation: PendingInvitation): Observable<Invitation> {
    return this.http.post<Invitation>(`${this.userPath(invitation.userId)}/invitation/resend`, {
      version: invitation.userVersion,
    });
  }

  revokeInvitation(invitation: PendingInvitation): Observable<User> {
    return this.http.post<User>(`${this.userPath(invitation.userId)}/invitation/revoke`, {
      version: invitation.userVersion,
    });
  }

  private userPath(userId: string): string {
    return `/api/v1/users/${encodeURIComponent(userId)}`;
  }
}
