/* Response schemas of a protocol's page, for the OpenAPI document (the contract types are in @rcp/api-contract). */
import { ApiProperty } from '@nestjs/swagger';
import type {
  LibraryProtocol,
  Protocol,
  ProtocolAuditScore,
  ProtocolAuditStory,
  ProtocolPlannedChange,
  ProtocolRatingStory,
  ProtocolRegisterChange,
  ProtocolStory,
} from '@rcp/api-contract';
import {
  AUDIT_STATUSES,
  CONTEXT_NEEDS,
  PERSPECTIVES,
  PLAN_CHANGE_KINDS,
  PLAN_CHANGE_STATUSES,
  PLAN_PRIORITIES,
  PROTOCOL_BASES,
  PROTOCOL_CLASSES,
  PROTOCOL_SCOPES,
  PROTOCOL_STATUSES,
  PROTOCOL_TYPES,
  REACHES,
} from '@rcp/vocabulary';

const nullableString = { type: String, nullable: true } as const;

export class ProtocolResponse implements Protocol {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: PROTOCOL_TYPES }) type!: Protocol['type'];
  @ApiProperty() owner!: string;
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: Protocol['scope'];
  @ApiProperty({ enum: CONTEXT_NEEDS }) contextNeed!: Protocol['contextNeed'];
  @ApiProperty({ enum: REACHES }) reach!: Protocol['reach'];
  @ApiProperty({ enum: PROTOCOL_BASES }) basis!: Protocol['basis'];
  @ApiProperty({ ...nullableString, format: 'date' }) reviewDate!: string | null;
  @ApiProperty({ type: [String] }) sourceLinks!: string[];
  @ApiProperty({ enum: PROTOCOL_STATUSES }) status!: Protocol['status'];
  @ApiProperty(nullableString) libraryKey!: string | null;
  @ApiProperty({ ...nullableString, format: 'date-time' }) retiredAt!: string | null;
  @ApiProperty(nullableString) retiredReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class LibrarySourceResponse {
  @ApiProperty({ description: 'The id the note cites, e.g. "S39".' }) id!: string;
  @ApiProperty({ format: 'uri' }) url!: string;
  @ApiProperty({ description: 'The site it is on, to say where the link goes.' }) site!: string;
}

export class LibraryProtocolResponse implements LibraryProtocol {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty({ enum: PROTOCOL_TYPES }) type!: LibraryProtocol['type'];
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: LibraryProtocol['scope'];
  @ApiProperty({ enum: CONTEXT_NEEDS }) contextNeed!: LibraryProtocol['contextNeed'];
  @ApiProperty({ enum: REACHES }) reach!: LibraryProtocol['reach'];
  @ApiProperty({ enum: PROTOCOL_BASES }) basis!: LibraryProtocol['basis'];
  @ApiProperty() description!: string;
  @ApiProperty() inhibitingExemplar!: string;
  @ApiProperty() enablingExemplar!: string;
  @ApiProperty() sourceNote!: string;
  @ApiProperty({ type: [LibrarySourceResponse] }) sources!: LibrarySourceResponse[];
  @ApiProperty({ description: 'The note without its leading ids.' }) sourceText!: string;
}

export class ProtocolAuditScoreResponse implements ProtocolAuditScore {
  @ApiProperty({ enum: PERSPECTIVES }) perspective!: ProtocolAuditScore['perspective'];
  @ApiProperty({ type: Number, nullable: true, minimum: -100, maximum: 100 })
  score!: number | null;
  @ApiProperty({ enum: PROTOCOL_CLASSES, nullable: true }) class!: ProtocolAuditScore['class'];
  @ApiProperty() mismatch!: boolean;
}

export class ProtocolRatingStoryResponse implements ProtocolRatingStory {
  @ApiProperty() principleKey!: string;
  @ApiProperty() principleTitle!: string;
  @ApiProperty({ enum: PERSPECTIVES }) perspective!: ProtocolRatingStory['perspective'];
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: -2,
    maximum: 2,
    description: 'null: not applicable',
  })
  value!: ProtocolRatingStory['value'];
  @ApiProperty(nullableString) evidenceText!: string | null;
  @ApiProperty({ ...nullableString, format: 'date' }) evidenceDate!: string | null;
  @ApiProperty(nullableString) evidenceUrl!: string | null;
  @ApiProperty() carriedForward!: boolean;
  @ApiProperty({ format: 'date-time' }) ratedAt!: string;
  @ApiProperty(nullableString) ratedBy!: string | null;
}

export class ProtocolAuditStoryResponse implements ProtocolAuditStory {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: ProtocolAuditStory['status'];
  @ApiProperty({ ...nullableString, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty() frameworkVersion!: number;
  @ApiProperty({ type: [ProtocolAuditScoreResponse] }) scores!: ProtocolAuditScoreResponse[];
  @ApiProperty({ type: [ProtocolRatingStoryResponse] }) ratings!: ProtocolRatingStoryResponse[];
}

export class ProtocolRegisterChangeResponse implements ProtocolRegisterChange {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({
    example: 'protocol.updated',
    description: 'protocol.created, protocol.updated, protocol.retired or protocol.restored',
  })
  action!: string;
  @ApiProperty(nullableString) actor!: string | null;
  @ApiProperty({ type: [String] }) changedFields!: string[];
  @ApiProperty(nullableString) reason!: string | null;
}

export class ProtocolPlannedChangeResponse implements ProtocolPlannedChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PLAN_CHANGE_KINDS }) kind!: ProtocolPlannedChange['kind'];
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES }) status!: ProtocolPlannedChange['status'];
  @ApiProperty({ enum: PLAN_PRIORITIES }) priority!: ProtocolPlannedChange['priority'];
  @ApiProperty({ ...nullableString, format: 'date' }) dueDate!: string | null;
  @ApiProperty(nullableString) owner!: string | null;
}

export class ProtocolStoryResponse implements ProtocolStory {
  @ApiProperty({ type: ProtocolResponse }) protocol!: ProtocolResponse;
  @ApiProperty({ type: [ProtocolAuditStoryResponse] }) audits!: ProtocolAuditStoryResponse[];
  @ApiProperty({ type: LibraryProtocolResponse, nullable: true })
  library!: LibraryProtocolResponse | null;
  @ApiProperty({ type: [ProtocolRegisterChangeResponse] })
  registerChanges!: ProtocolRegisterChangeResponse[];
  @ApiProperty({ type: [ProtocolPlannedChangeResponse] })
  plannedChanges!: ProtocolPlannedChangeResponse[];
}
