/* Response schemas of the plan endpoints, for the OpenAPI document (the contract types are in @rcp/api-contract). */
import { CONTEXT_NEEDS, PROTOCOL_SCOPES, PROTOCOL_TYPES, REACHES } from '@rcp/vocabulary';
import { ApiProperty } from '@nestjs/swagger';
import {
  NetworkPlanRow,
  NetworkPlans,
  NewProtocolFields,
  PLAN_CHANGE_KINDS,
  PLAN_CHANGE_STATUSES,
  PLAN_OUTCOMES,
  PLAN_PRIORITIES,
  PlanAchievement,
  PlanAchievementItem,
  PlanAchievementPrinciple,
  PlanAuditRef,
  PlanChange,
  PlanChangeDetail,
  PlanChangeList,
  PlanFigures,
  PlanNote,
  PlanPerson,
  PlanProjection,
  PlanProjectionChange,
  PlanProtocolRef,
  PlanStatusChange,
  PlanSuggestion,
  PlanSuggestions,
  SuggestedTargets,
} from '@rcp/api-contract';

const TARGETS = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: -2, maximum: 2, nullable: true },
} as const;
const CLASSES = ['enabling', 'inhibiting', 'mixed', 'neutral'];
type Writable<T> = { -readonly [K in keyof T]: T[K] };

export class PlanPersonResponse implements PlanPerson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class PlanProtocolRefResponse implements PlanProtocolRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: PlanProtocolRef['scope'];
  @ApiProperty({ enum: CONTEXT_NEEDS }) contextNeed!: PlanProtocolRef['contextNeed'];
  @ApiProperty({ enum: REACHES }) reach!: PlanProtocolRef['reach'];
  @ApiProperty({ enum: ['active', 'retired'] }) status!: PlanProtocolRef['status'];
  @ApiProperty({ nullable: true, type: String }) libraryKey!: string | null;
}

export class NewProtocolResponse implements NewProtocolFields {
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: PROTOCOL_TYPES }) type!: NewProtocolFields['type'];
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: NewProtocolFields['scope'];
  @ApiProperty({ enum: CONTEXT_NEEDS }) contextNeed!: NewProtocolFields['contextNeed'];
  @ApiProperty({ enum: REACHES }) reach!: NewProtocolFields['reach'];
  @ApiProperty({ nullable: true, type: String }) libraryKey!: string | null;
}

export class PlanChangeResponse implements PlanChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty({ enum: PLAN_CHANGE_KINDS }) kind!: PlanChange['kind'];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) protocolId!: string | null;
  @ApiProperty({ nullable: true, type: PlanProtocolRefResponse })
  protocol!: PlanProtocolRef | null;
  @ApiProperty({ nullable: true, type: NewProtocolResponse })
  newProtocol!: NewProtocolFields | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) resultProtocolId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty({ nullable: true, type: PlanPersonResponse }) owner!: PlanPerson | null;
  @ApiProperty({ nullable: true, type: String }) ownerTeam!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2027-03-31' }) dueDate!: string | null;
  @ApiProperty({ enum: PLAN_PRIORITIES }) priority!: PlanChange['priority'];
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES }) status!: PlanChange['status'];
  @ApiProperty() statusChangedAt!: string;
  @ApiProperty({ nullable: true, type: PlanPersonResponse }) statusChangedBy!: PlanPerson | null;
  @ApiProperty({ nullable: true, type: String }) agreedAt!: string | null;
  @ApiProperty(TARGETS) targetRatings!: PlanChange['targetRatings'];
  @ApiProperty() overdue!: boolean;
  @ApiProperty() noteCount!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: PlanPersonResponse }) createdBy!: PlanPerson | null;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

export class PlanNoteResponse implements PlanNote {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: PlanPersonResponse }) author!: PlanPerson | null;
}

export class PlanStatusChangeResponse implements PlanStatusChange {
  @ApiProperty({ nullable: true, enum: PLAN_CHANGE_STATUSES }) from!: PlanStatusChange['from'];
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES }) to!: PlanStatusChange['to'];
  @ApiProperty() changedAt!: string;
  @ApiProperty({ nullable: true, type: PlanPersonResponse }) changedBy!: PlanPerson | null;
}

export class PlanChangeDetailResponse extends PlanChangeResponse implements PlanChangeDetail {
  @ApiProperty({ type: [PlanNoteResponse] }) notes!: PlanNote[];
  @ApiProperty({ type: [PlanStatusChangeResponse] }) statusHistory!: PlanStatusChange[];
}

export class PlanChangeListResponse implements PlanChangeList {
  @ApiProperty({ type: [PlanChangeResponse] }) changes!: PlanChange[];
}

export class SuggestedTargetsResponse implements SuggestedTargets {
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty({ nullable: true, type: String }) libraryKey!: string | null;
  @ApiProperty({ enum: ['library', 'plus-one'] }) source!: SuggestedTargets['source'];
  @ApiProperty(TARGETS) targetRatings!: SuggestedTargets['targetRatings'];
  @ApiProperty({ nullable: true, type: String }) enablingExemplar!: string | null;
}

export class PlanAuditRefResponse implements PlanAuditRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status!: PlanAuditRef['status'];
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty() frameworkVersion!: number;
}

class ClassShareResponse {
  @ApiProperty() count!: number;
  @ApiProperty({ description: '0…1' }) share!: number;
}
class ClassSharesResponse {
  @ApiProperty() enabling!: ClassShareResponse;
  @ApiProperty() mixed!: ClassShareResponse;
  @ApiProperty() neutral!: ClassShareResponse;
  @ApiProperty() inhibiting!: ClassShareResponse;
  @ApiProperty() unscored!: ClassShareResponse;
}
class ClassCountsResponse {
  @ApiProperty() enabling!: number;
  @ApiProperty() mixed!: number;
  @ApiProperty() neutral!: number;
  @ApiProperty() inhibiting!: number;
  @ApiProperty() unscored!: number;
}

export class PlanFiguresResponse implements Writable<PlanFigures> {
  @ApiProperty({ nullable: true, type: Number }) index!: number | null;
  @ApiProperty() provisional!: boolean;
  @ApiProperty() coverage!: number;
  @ApiProperty() protocolLoad!: number;
  @ApiProperty() mismatchCount!: number;
  @ApiProperty({ type: ClassCountsResponse }) classCounts!: PlanFigures['classCounts'];
  @ApiProperty({ nullable: true, type: Number }) widerIndex!: number | null;
  @ApiProperty() widerProtocolLoad!: number;
  @ApiProperty() widerMismatchCount!: number;
  @ApiProperty({ type: ClassSharesResponse }) classShares!: PlanFigures['classShares'];
}

export class PlanProjectionChangeResponse implements PlanProjectionChange {
  @ApiProperty({ format: 'uuid' }) changeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_CHANGE_KINDS }) kind!: PlanProjectionChange['kind'];
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES }) status!: PlanProjectionChange['status'];
  @ApiProperty({ nullable: true, type: String }) protocolId!: string | null;
  @ApiProperty() protocolName!: string;
  @ApiProperty() selected!: boolean;
  @ApiProperty({ nullable: true, type: String }) skippedReason!: string | null;
  @ApiProperty({ nullable: true, type: Number }) contribution!: number | null;
  @ApiProperty({ nullable: true, type: Number }) scoreBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number }) scoreAfter!: number | null;
  @ApiProperty({ nullable: true, enum: CLASSES }) classBefore!: PlanProjectionChange['classBefore'];
  @ApiProperty({ nullable: true, enum: CLASSES }) classAfter!: PlanProjectionChange['classAfter'];
  @ApiProperty() mismatchBefore!: boolean;
  @ApiProperty() mismatchAfter!: boolean;
}

export class PlanProjectionResponse implements PlanProjection {
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) audit!: PlanAuditRef | null;
  @ApiProperty({ nullable: true, type: PlanFiguresResponse }) before!: PlanFigures | null;
  @ApiProperty({ nullable: true, type: PlanFiguresResponse }) after!: PlanFigures | null;
  @ApiProperty({ nullable: true, type: Number }) indexDelta!: number | null;
  @ApiProperty({ nullable: true, type: Number }) widerIndexDelta!: number | null;
  @ApiProperty() protocolLoadDelta!: number;
  @ApiProperty() mismatchDelta!: number;
  @ApiProperty({ type: [String] }) selectedIds!: string[];
  @ApiProperty({ type: [PlanProjectionChangeResponse] }) changes!: PlanProjectionChange[];
}

export class PlanAchievementPrincipleResponse implements PlanAchievementPrinciple {
  @ApiProperty() principleKey!: string;
  @ApiProperty({ nullable: true, type: Number }) before!: PlanAchievementPrinciple['before'];
  @ApiProperty({ nullable: true, type: Number }) target!: PlanAchievementPrinciple['target'];
  @ApiProperty({ nullable: true, type: Number }) recorded!: PlanAchievementPrinciple['recorded'];
  @ApiProperty() met!: boolean;
  @ApiProperty() moved!: boolean;
}

export class PlanAchievementItemResponse implements PlanAchievementItem {
  @ApiProperty({ format: 'uuid' }) changeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_CHANGE_KINDS }) kind!: PlanAchievementItem['kind'];
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES }) status!: PlanAchievementItem['status'];
  @ApiProperty({ nullable: true, type: String }) protocolId!: string | null;
  @ApiProperty() protocolName!: string;
  @ApiProperty({ nullable: true, type: String }) agreedAt!: string | null;
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) baselineAudit!: PlanAuditRef | null;
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) comparedAudit!: PlanAuditRef | null;
  @ApiProperty({ enum: PLAN_OUTCOMES }) outcome!: PlanAchievementItem['outcome'];
  @ApiProperty({ type: [PlanAchievementPrincipleResponse] })
  principles!: PlanAchievementPrinciple[];
  @ApiProperty({ nullable: true, type: Number }) scoreBefore!: number | null;
  @ApiProperty({ nullable: true, type: Number }) scoreAfter!: number | null;
  @ApiProperty() doneButNotMoved!: boolean;
}

class OutcomeCountsResponse {
  @ApiProperty() reached!: number;
  @ApiProperty() partly!: number;
  @ApiProperty() not!: number;
  @ApiProperty() retired!: number;
  @ApiProperty() pending!: number;
}

export class PlanAchievementResponse implements PlanAchievement {
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) latestAudit!: PlanAuditRef | null;
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) baselineAudit!: PlanAuditRef | null;
  @ApiProperty({ nullable: true, type: Number }) baselineIndex!: number | null;
  @ApiProperty({ nullable: true, type: Number }) projectedIndex!: number | null;
  @ApiProperty({ nullable: true, type: Number }) achievedIndex!: number | null;
  @ApiProperty({ type: OutcomeCountsResponse }) counts!: PlanAchievement['counts'];
  @ApiProperty({ type: [PlanAchievementItemResponse] }) items!: PlanAchievementItem[];
}

export class PlanSuggestionResponse implements PlanSuggestion {
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty() protocolName!: string;
  @ApiProperty() category!: string;
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: PlanSuggestion['scope'];
  @ApiProperty({ enum: CONTEXT_NEEDS }) contextNeed!: PlanSuggestion['contextNeed'];
  @ApiProperty({ enum: REACHES }) reach!: PlanSuggestion['reach'];
  @ApiProperty({ nullable: true, type: String }) libraryKey!: string | null;
  @ApiProperty({ nullable: true, type: Number }) score!: number | null;
  @ApiProperty({ nullable: true, enum: CLASSES }) class!: PlanSuggestion['class'];
  @ApiProperty() mismatch!: boolean;
  @ApiProperty(TARGETS) targetRatings!: PlanSuggestion['targetRatings'];
  @ApiProperty({ enum: ['library', 'plus-one'] }) source!: PlanSuggestion['source'];
  @ApiProperty({ nullable: true, type: Number }) gain!: number | null;
  @ApiProperty({ nullable: true, type: String }) enablingExemplar!: string | null;
  @ApiProperty({ nullable: true, type: String }) openChangeId!: string | null;
}

export class PlanSuggestionsResponse implements PlanSuggestions {
  @ApiProperty({ nullable: true, type: PlanAuditRefResponse }) audit!: PlanAuditRef | null;
  @ApiProperty({ type: [PlanSuggestionResponse] }) items!: PlanSuggestion[];
}

export class NetworkPlanRowResponse implements NetworkPlanRow {
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty() councilName!: string;
  @ApiProperty() proposed!: number;
  @ApiProperty() agreed!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() done!: number;
  @ApiProperty() dropped!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() total!: number;
}

export class NetworkPlansResponse implements NetworkPlans {
  @ApiProperty({ type: [NetworkPlanRowResponse] }) councils!: NetworkPlanRow[];
}
