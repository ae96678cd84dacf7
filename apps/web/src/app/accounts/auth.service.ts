import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  AcceptInvitationRequest,
  CurrentUser,
  InvitationPreview,
  LoginRequest,
  SessionState,
  SignInOptions,
} from '@rcp/api-contract';
import { Role } from '@rcp/vocabulary';
import { catchError, firstValueFrom, map, Observable, of, tap } from 'rxjs';

export const AUTH_API = '/api/v1/auth';

/** Who is signed in, and the calls that change it. The server's session cookie is the truth. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly user = signal<CurrentUser | null>(null);

  /** The signed-in user, or null when nobody is signed in. */
  readonly currentUser = this.user.asReadonly();
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly role = computed<Role | null>(() => this.user()?.role ?? null);

  /**
   * Asks the server who is signed in (at app start), through auth/session, which answers 200 even
   * when nobody is: a visitor's first page load logs no failed request. Never fails: a server that
   * cannot answer counts as signed out for now – pages that need a user then offer to sign in.
   */
  load(): Promise<void> {
    return firstValueFrom(
      this.http.get<SessionState>(`${AUTH_API}/session`).pipe(
        map((state) => (state.signedIn ? state.user : null)),
        catchError((error: unknown) => {
          console.warn('Could not check who is signed in', error);
          return of(null);
        }),
        map((user) => this.user.set(user)),
      ),
    );
  }

  signInOptions(): Observable<SignInOptions> {
    return this.http.get<SignInOptions>(`${AUTH_API}/sign-in-options`);
  }

  signIn(request: LoginRequest): Observable<CurrentUser> {
    return this.http
      .post<CurrentUser>(`${AUTH_API}/login`, request)
      .pipe(tap((user) => this.user.set(user)));
  }

  /** Ends the session on the server. A 401 means it had ended already: signed out all the same. */
  signOut(): Observable<void> {
    return this.http.post<void>(`${AUTH_API}/logout`, {}).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) return of(undefined);
        throw error;
      }),
      tap(() => this.user.set(null)),
    );
  }

  invitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/v1/invitations/${encodeURIComponent(token)}`);
  }

  /** Sets the invitee's password; the server signs them in. */
  acceptInvitation(token: string, request: AcceptInvitationRequest): Observable<CurrentUser> {
    return this.http
      .post<CurrentUser>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, request)
      .pipe(tap((user) => this.user.set(user)));
  }

  /** Forgets the user here, e.g. after the server said the session has ended. */
  clear(): void {
    this.user.set(null);
  }
}
