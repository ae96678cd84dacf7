import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddFromLibraryRequest,
  CreateProtocolRequest,
  FrameworkCategory,
  FrameworkVersion,
  ImportPreview,
  ImportResult,
  LibraryProtocol,
  Protocol,
  ProtocolStory,
  RestoreProtocolRequest,
  RetireProtocolRequest,
  UpdateProtocolRequest,
} from '@rcp/api-contract';
import type { ProtocolStatus } from '@rcp/vocabulary';
import { map, Observable } from 'rxjs';

const API = '/api/v1';

export type RegisterStatus = ProtocolStatus | 'all';

function councilPath(councilId: string): string {
  return `${API}/councils/${encodeURIComponent(councilId)}/protocols`;
}

function fileForm(file: File): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
}

/** The protocol library and a council's register: the calls the register pages make. */
@Injectable({ providedIn: 'root' })
export class ProtocolsApi {
  private readonly http = inject(HttpClient);

  /** Library protocols whose text has every word of `q`, in `category` when given. */
  library(query: { q?: string; category?: string } = {}): Observable<LibraryProtocol[]> {
    let params = new HttpParams();
    const q = query.q?.trim();
    if (q) params = params.set('q', q);
    if (query.category) params = params.set('category', query.category);
    return this.http.get<LibraryProtocol[]>(`${API}/protocol-library`, { params });
  }

  /** The categories of the current (latest published) framework, in its order. */
  categories(): Observable<FrameworkCategory[]> {
    return this.http
      .get<FrameworkVersion>(`${API}/frameworks/current`)
      .pipe(map((version) => version.categories));
  }

  list(councilId: string, status: RegisterStatus = 'active'): Observable<Protocol[]> {
    return this.http.get<Protocol[]>(councilPath(councilId), { params: { status } });
  }

  get(councilId: string, protocolId: string): Observable<Protocol> {
    return this.http.get<Protocol>(`${councilPath(councilId)}/${encodeURIComponent(protocolId)}`);
  }

  /** 409 (field `name`) when the register already has a protocol of that name. */
  create(councilId: string, request: CreateProtocolRequest): Observable<Protocol> {
    return this.http.post<Protocol>(councilPath(councilId), request);
  }

  /** Saves changes; 409 when someone else changed the protocol since `version`. */
  update(
    councilId: string,
    protocolId: string,
    request: UpdateProtocolRequest,
  ): Observable<Protocol> {
    return this.http.patch<Protocol>(
      `${councilPath(councilId)}/${encodeURIComponent(protocolId)}`,
      request,
    );
  }

  retire(
    councilId: string,
    protocolId: string,
    request: RetireProtocolRequest,
  ): Observable<Protocol> {
    return this.http.post<Protocol>(
      `${councilPath(councilId)}/${encodeURIComponent(protocolId)}/retire`,
      request,
    );
  }

  /** A protocol's page in one read: its register entry, scores, ratings, trail and plans. */
  story(councilId: string, protocolId: string): Observable<ProtocolStory> {
    return this.http.get<ProtocolStory>(
      `${councilPath(councilId)}/${encodeURIComponent(protocolId)}/story`,
    );
  }

  /** Brings a retired protocol back; 409 when someone else changed it since `version`. */
  restore(
    councilId: string,
    protocolId: string,
    request: RestoreProtocolRequest,
  ): Observable<Protocol> {
    return this.http.post<Protocol>(
      `${councilPath(councilId)}/${encodeURIComponent(protocolId)}/restore`,
      request,
    );
  }

  /** Adds library protocols in one step; the answer lists those added (names already there are skipped). */
  addFromLibrary(councilId: string, keys: string[]): Observable<Protocol[]> {
    const body: AddFromLibraryRequest = { keys };
    return this.http.post<Protocol[]>(`${councilPath(councilId)}/from-library`, body);
  }

  /** Checks a CSV or .xlsx file; writes nothing. */
  previewImport(councilId: string, file: File): Observable<ImportPreview> {
    return this.http.post<ImportPreview>(
      `${councilPath(councilId)}/import/preview`,
      fileForm(file),
    );
  }

  /** Imports every row of the file, or nothing (400) if any row has problems. */
  importFile(councilId: string, file: File): Observable<ImportResult> {
    return this.http.post<ImportResult>(`${councilPath(councilId)}/import`, fileForm(file));
  }

  /** The address of the register as a CSV file (a plain link downloads it). */
  exportUrl(councilId: string): string {
    return `${councilPath(councilId)}/export.csv`;
  }
}
