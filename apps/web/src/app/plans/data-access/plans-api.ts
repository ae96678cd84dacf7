import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddPlanNoteRequest,
  ChangePlanStatusRequest,
  CreatePlanChangeRequest,
  NetworkPlans,
  PlanAchievement,
  PlanChangeDetail,
  PlanChangeList,
  PlanProjection,
  PlanSuggestions,
  SuggestedTargets,
  UpdatePlanChangeRequest,
} from '@rcp/api-contract';
import { Observable } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;

function planPath(councilId: string): string {
  return `${API}/councils/${enc(councilId)}/plan`;
}

/** The plan API: a council's planned changes, their projection, planned vs achieved. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  list(councilId: string): Observable<PlanChangeList> {
    return this.http.get<PlanChangeList>(`${planPath(councilId)}/changes`);
  }

  /** 409 when the protocol already has an open change; 400 with field errors. */
  create(councilId: string, request: CreatePlanChangeRequest): Observable<PlanChangeDetail> {
    return this.http.post<PlanChangeDetail>(`${planPath(councilId)}/changes`, request);
  }

  get(changeId: string): Observable<PlanChangeDetail> {
    return this.http.get<PlanChangeDetail>(`${API}/plan-changes/${enc(changeId)}`);
  }

  /** 409 when the change changed since `request.version`. */
  update(changeId: string, request: UpdatePlanChangeRequest): Observable<PlanChangeDetail> {
    return this.http.patch<PlanChangeDetail>(`${API}/plan-changes/${enc(changeId)}`, request);
  }

  changeStatus(changeId: string, request: ChangePlanStatusRequest): Observable<PlanChangeDetail> {
    return this.http.post<PlanChangeDetail>(`${API}/plan-changes/${enc(changeId)}/status`, request);
  }

  addNote(changeId: string, request: AddPlanNoteRequest): Observable<PlanChangeDetail> {
    return this.http.post<PlanChangeDetail>(`${API}/plan-changes/${enc(changeId)}/notes`, request);
  }

  suggestedTargets(councilId: string, protocolId: string): Observable<SuggestedTargets> {
    return this.http.get<SuggestedTargets>(`${planPath(councilId)}/suggested-targets`, {
      params: { protocolId },
    });
  }

  projection(
    councilId: string,
    query: { includeProposed: boolean; include: readonly string[]; exclude: readonly string[] },
  ): Observable<PlanProjection> {
    let params = new HttpParams().set('includeProposed', String(query.includeProposed));
    if (query.include.length) params = params.set('include', query.include.join(','));
    if (query.exclude.length) params = params.set('exclude', query.exclude.join(','));
    return this.http.get<PlanProjection>(`${planPath(councilId)}/projection`, { params });
  }

  achievement(councilId: string): Observable<PlanAchievement> {
    return this.http.get<PlanAchievement>(`${planPath(councilId)}/achievement`);
  }

  suggestions(councilId: string): Observable<PlanSuggestions> {
    return this.http.get<PlanSuggestions>(`${planPath(councilId)}/suggestions`);
  }

  /** The address of the plan as CSV, for a download link. */
  exportUrl(councilId: string): string {
    return `${planPath(councilId)}/export.csv`;
  }

  network(): Observable<NetworkPlans> {
    return this.http.get<NetworkPlans>(`${API}/network/plans`);
  }
}
