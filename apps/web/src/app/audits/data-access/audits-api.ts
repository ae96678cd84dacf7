import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Audit,
  AuditListPage,
  AuditStatusChange,
  AuditTrailEntry,
  CreateAuditRequest,
  FrameworkVersion,
  PutRatingsRequest,
  PutRatingsResponse,
} from '@rcp/api-contract';
import { map, Observable, of, switchMap, tap } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;

/** The audits API: a council's audits, one audit's ratings, submit and reopen, its trail. */
@Injectable({ providedIn: 'root' })
export class AuditsApi {
  private readonly http = inject(HttpClient);
  /** Published framework versions never change, so each is fetched once. */
  private readonly versions = new Map<number, FrameworkVersion>();

  /** One page of the council's audits, newest period first (the server's default: the first 20). */
  list(councilId: string, page?: { limit: number; offset: number }): Observable<AuditListPage> {
    return this.http.get<AuditListPage>(`${API}/councils/${enc(councilId)}/audits`, {
      params: page ? { limit: String(page.limit), offset: String(page.offset) } : {},
    });
  }

  create(councilId: string, request: CreateAuditRequest): Observable<Audit> {
    return this.http.post<Audit>(`${API}/councils/${enc(councilId)}/audits`, request);
  }

  get(auditId: string): Observable<Audit> {
    return this.http.get<Audit>(`${API}/audits/${enc(auditId)}`);
  }

  /** The audit, then the framework version it was started on. */
  getWithFramework(auditId: string): Observable<{ audit: Audit; fw: FrameworkVersion }> {
    return this.get(auditId).pipe(
      switchMap((audit) =>
        this.frameworkVersion(audit.frameworkVersion).pipe(map((fw) => ({ audit, fw }))),
      ),
    );
  }

  /** Saves a batch of ratings; 409 when the audit changed since `request.version`. */
  putRatings(auditId: string, request: PutRatingsRequest): Observable<PutRatingsResponse> {
    return this.http.put<PutRatingsResponse>(`${API}/audits/${enc(auditId)}/ratings`, request);
  }

  /** Discards a draft never submitted; 409 when it changed since `version`. */
  discard(auditId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${API}/audits/${enc(auditId)}`, {
      params: { version: String(version) },
    });
  }

  /** Answers the audit's new status, version and headline (not its protocols and ratings). */
  submit(auditId: string, version: number): Observable<AuditStatusChange> {
    return this.http.post<AuditStatusChange>(`${API}/audits/${enc(auditId)}/submit`, { version });
  }

  reopen(auditId: string, version: number, reason: string): Observable<AuditStatusChange> {
    return this.http.post<AuditStatusChange>(`${API}/audits/${enc(auditId)}/reopen`, {
      version,
      reason,
    });
  }

  trail(auditId: string): Observable<AuditTrailEntry[]> {
    return this.http.get<AuditTrailEntry[]>(`${API}/audits/${enc(auditId)}/trail`);
  }

  frameworkVersion(number: number): Observable<FrameworkVersion> {
    const cached = this.versions.get(number);
    if (cached) return of(cached);
    return this.http
      .get<FrameworkVersion>(`${API}/frameworks/versions/${number}`)
      .pipe(tap((v) => v.status === 'published' && this.versions.set(number, v)));
  }
}
