import { ApiProperty } from '@nestjs/swagger';
import type { AuditHeadline, AuditStatusChange, ClassCounts } from '@rcp/api-contract';
import { AUDIT_STATUSES, PERSPECTIVES, type AuditStatus, type Perspective } from '@rcp/vocabulary';

class ClassCountsResponse implements ClassCounts {
  @ApiProperty() enabling!: number;
  @ApiProperty() mixed!: number;
  @ApiProperty() neutral!: number;
  @ApiProperty() inhibiting!: number;
  @ApiProperty() unscored!: number;
}

class AuditHeadlineResponse implements AuditHeadline {
  @ApiProperty({ nullable: true, type: Number }) index!: number | null;
  @ApiProperty() provisional!: boolean;
  @ApiProperty() coverage!: number;
  @ApiProperty() protocolLoad!: number;
  @ApiProperty() mismatchCount!: number;
  @ApiProperty({ type: ClassCountsResponse }) classCounts!: ClassCounts;
  @ApiProperty({ nullable: true, type: Number }) widerIndex!: number | null;
  @ApiProperty() widerProtocolLoad!: number;
  @ApiProperty() widerMismatchCount!: number;
}

/** Submit's and reopen's answer: the audit's status, version and headline, without its grid. */
export class AuditStatusChangeResponse implements AuditStatusChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty() frameworkVersion!: number;
  @ApiProperty({ enum: PERSPECTIVES, isArray: true }) perspectives!: Perspective[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ type: AuditHeadlineResponse }) headline!: AuditHeadline;
  @ApiProperty({ description: 'Send it with the next write.' }) version!: number;
  @ApiProperty({ nullable: true, type: String }) reopenedReason!: string | null;
}
