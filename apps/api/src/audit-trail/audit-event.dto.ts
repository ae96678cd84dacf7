import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = 'must be a date (YYYY-MM-DD)';

/** What the trail may be narrowed to; the list and the CSV export take the same filters. */
export class AuditEventFiltersQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;

  @ApiPropertyOptional({ example: 'user.deactivated', description: 'One action code.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9.-]{0,79}$/, { message: 'must be an action code' })
  action?: string;

  @ApiPropertyOptional({
    example: 'sam.jones@',
    description: "Part of the email address of the person who acted (case doesn't matter).",
    maxLength: 254,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  person?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this UK day (inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'To this UK day (inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE })
  to?: string;
}

export class ListAuditEventsQuery extends AuditEventFiltersQuery {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset?: number;
}
