import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  FrameworkComparison,
  FrameworkVersion,
  FrameworkVersionSummary,
  PublishFrameworkRequest,
  UpdateFrameworkSettingsRequest,
  UpsertFrameworkItemRequest,
} from '@rcp/api-contract';
import { FrameworkItemLayer } from '@rcp/vocabulary';
import { Observable } from 'rxjs';

export const FRAMEWORKS_API = '/api/v1/frameworks';

/**
 * The versioned RCP framework: reading published versions, comparing two, and the coordinator's
 * draft. Every change to a draft sends the draft's `revision`; a stale one gets 409.
 */
@Injectable({ providedIn: 'root' })
export class FrameworkApi {
  private readonly http = inject(HttpClient);

  /** The latest published version. */
  current(): Observable<FrameworkVersion> {
    return this.http.get<FrameworkVersion>(`${FRAMEWORKS_API}/current`);
  }

  /** Every version, newest first (a draft, if any, is the newest). */
  versions(): Observable<FrameworkVersionSummary[]> {
    return this.http.get<FrameworkVersionSummary[]>(`${FRAMEWORKS_API}/versions`);
  }

  version(number: number): Observable<FrameworkVersion> {
    return this.http.get<FrameworkVersion>(`${FRAMEWORKS_API}/versions/${number}`);
  }

  compare(from: number, to: number): Observable<FrameworkComparison> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<FrameworkComparison>(`${FRAMEWORKS_API}/compare`, { params });
  }

  /** Starts a draft: a copy of the latest version (409 when a draft exists already). */
  createDraft(): Observable<FrameworkVersion> {
    return this.http.post<FrameworkVersion>(`${FRAMEWORKS_API}/versions`, {});
  }

  /** Adds an item to a draft, or changes one (same layer and key). */
  saveItem(
    number: number,
    layer: FrameworkItemLayer,
    key: string,
    request: UpsertFrameworkItemRequest,
  ): Observable<FrameworkVersion> {
    return this.http.put<FrameworkVersion>(this.itemUrl(number, layer, key), request);
  }

  retireItem(
    number: number,
    layer: FrameworkItemLayer,
    key: string,
    revision: number,
  ): Observable<FrameworkVersion> {
    return this.http.post<FrameworkVersion>(`${this.itemUrl(number, layer, key)}/retire`, {
      revision,
    });
  }

  updateSettings(
    number: number,
    request: UpdateFrameworkSettingsRequest,
  ): Observable<FrameworkVersion> {
    return this.http.patch<FrameworkVersion>(`${FRAMEWORKS_API}/versions/${number}`, request);
  }

  /** Discards a draft; 409 if someone changed it after `revision`. */
  discardDraft(number: number, revision: number): Observable<void> {
    return this.http.delete<void>(`${FRAMEWORKS_API}/versions/${number}`, {
      params: { revision },
    });
  }

  /** Publishes a draft; 400 lists what stops it, and from then on it never changes. */
  publish(number: number, revision: number, releaseNotes: string): Observable<FrameworkVersion> {
    const body: PublishFrameworkRequest = { revision, releaseNotes };
    return this.http.post<FrameworkVersion>(`${FRAMEWORKS_API}/versions/${number}/publish`, body);
  }

  private itemUrl(number: number, layer: FrameworkItemLayer, key: string): string {
    return `${FRAMEWORKS_API}/versions/${number}/items/${layer}/${encodeURIComponent(key)}`;
  }
}
