import { ApiPropertyOptional } from '@nestjs/swagger';
import { PROTOCOL_SCOPES, type ProtocolScope } from '@rcp/vocabulary';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Which audit the dashboard shows, against which, and the filters on its protocols. */
export interface DashboardQuery {
  auditId?: string;
  compareTo?: string;
  serviceArea?: string;
  scope?: ProtocolScope;
}

export class DashboardQueryDto implements DashboardQuery {
  @ApiPropertyOptional({ description: 'A submitted audit (default: the latest).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  auditId?: string;

  @ApiPropertyOptional({ description: 'The audit to compare with (default: the one before).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  compareTo?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  serviceArea?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_SCOPES })
  @IsOptional()
  @IsIn(PROTOCOL_SCOPES, { message: 'must be organisational or wider' })
  scope?: ProtocolScope;
}
