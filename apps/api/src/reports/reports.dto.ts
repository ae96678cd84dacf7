import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ReportQueryDto {
  @ApiPropertyOptional({ description: 'A submitted audit of the council (default: the latest).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an audit id' })
  audit?: string;
}
