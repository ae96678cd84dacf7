import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CouncilReportDetail,
  DashboardAuditRef,
  ReportEvidence,
  ReportProtocol,
} from '@rcp/api-contract';
import { PROTOCOL_CLASSES, PROTOCOL_SCOPES } from '@rcp/vocabulary';
import { IsOptional, IsUUID } from 'class-validator';

export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'A submitted audit of the council (default: the latest).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  audit?: string;
}

class ReportAuditRefResponse implements DashboardAuditRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
}

class ReportEvidenceResponse implements ReportEvidence {
  @ApiProperty() principleKey!: string;
  @ApiProperty() principleTitle!: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: -2, maximum: 2 })
  value!: number | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) date!: string | null;
}

class ReportProtocolResponse implements ReportProtocol {
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty() categoryTitle!: string;
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: ReportProtocol['scope'];
  @ApiProperty({ type: 'number', nullable: true, minimum: -100, maximum: 100 })
  score!: number | null;
  @ApiProperty({ enum: PROTOCOL_CLASSES, nullable: true }) class!: ReportProtocol['class'];
  @ApiProperty({ type: 'number', nullable: true }) previousScore!: number | null;
  @ApiProperty({ type: 'number', nullable: true }) change!: number | null;
  @ApiProperty({ type: [ReportEvidenceResponse] }) evidence!: ReportEvidenceResponse[];
}

export class CouncilReportDetailResponse implements CouncilReportDetail {
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty({ type: ReportAuditRefResponse }) audit!: ReportAuditRefResponse;
  @ApiProperty({ type: ReportAuditRefResponse, nullable: true })
  compareTo!: ReportAuditRefResponse | null;
  @ApiProperty({ type: [ReportProtocolResponse] }) holdingBack!: ReportProtocolResponse[];
  @ApiProperty({ type: [ReportProtocolResponse] }) improvements!: ReportProtocolResponse[];
}
