import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  AddFromLibraryRequest,
  CreateProtocolRequest,
  RestoreProtocolRequest,
  RetireProtocolRequest,
  UpdateProtocolRequest,
} from '@rcp/api-contract';
import {
  CONTEXT_NEEDS,
  ContextNeed,
  PROTOCOL_BASES,
  PROTOCOL_SCOPES,
  PROTOCOL_STATUSES,
  ProtocolStatus,
  PROTOCOL_TYPES,
  ProtocolBasis,
  ProtocolScope,
  ProtocolType,
  Reach,
  REACHES,
} from '@rcp/vocabulary';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const MAX_LINK_LENGTH = 2000;

export class CreateProtocolDto implements CreateProtocolRequest {
  @ApiProperty({ minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 80,
    description: 'A category key of the current framework.',
  })
  @IsString()
  @Length(1, 80)
  category!: string;

  @ApiProperty({ enum: PROTOCOL_TYPES })
  @IsIn(PROTOCOL_TYPES, { message: 'must be one of the protocol types' })
  type!: ProtocolType;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  owner?: string;

  @ApiProperty({ minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  serviceArea!: string;

  @ApiProperty({ enum: PROTOCOL_SCOPES })
  @IsIn(PROTOCOL_SCOPES, { message: 'must be organisational or wider' })
  scope!: ProtocolScope;

  @ApiProperty({ enum: CONTEXT_NEEDS })
  @IsIn(CONTEXT_NEEDS, { message: 'must be relational, transactional or mixed' })
  contextNeed!: ContextNeed;

  @ApiProperty({ enum: REACHES })
  @IsIn(REACHES, { message: 'must be low, medium or high' })
  reach!: Reach;

  @ApiProperty({ enum: PROTOCOL_BASES })
  @IsIn(PROTOCOL_BASES, { message: 'must be one of the bases' })
  basis!: ProtocolBasis;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  reviewDate?: string | null;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: 5,
    items: { type: 'string', format: 'uri', maxLength: MAX_LINK_LENGTH },
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(5, { message: 'must list at most 5 links' })
  @IsUrl(URL_OPTIONS, { each: true, message: 'must be http(s) links' })
  @MaxLength(MAX_LINK_LENGTH, { each: true, message: 'must be links of at most 2000 characters' })
  sourceLinks?: string[];
}

/** Any register field may change; `version` is the one the editor read (409 if it moved on). */
// skipNullProperties: false – a field left out is unchanged, but null is validated: a required field
// set to null is a 400, while review date keeps its own rule (null clears it).
export class UpdateProtocolDto
  extends PartialType(CreateProtocolDto, { skipNullProperties: false })
  implements UpdateProtocolRequest
{
  @VersionField()
  version!: number;
}

export class RetireProtocolDto implements RetireProtocolRequest {
  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Transform(trim)
  @IsString()
  @Length(3, 500, { message: 'must say why, in 3 to 500 characters' })
  reason!: string;

  @VersionField()
  version!: number;
}

export class RestoreProtocolDto implements RestoreProtocolRequest {
  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Transform(trim)
  @IsString()
  @Length(3, 500, { message: 'must say why, in 3 to 500 characters' })
  reason!: string;

  @VersionField()
  version!: number;
}

export class AddFromLibraryDto implements AddFromLibraryRequest {
  @ApiProperty({
    type: 'array',
    minItems: 1,
    maxItems: 100,
    items: { type: 'string', minLength: 1, maxLength: 80 },
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one library protocol' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 80, { each: true, message: 'must be library keys' })
  keys!: string[];
}

const LISTED_STATUSES = [...PROTOCOL_STATUSES, 'all'] as const;

export class ListProtocolsQuery {
  @ApiPropertyOptional({ enum: LISTED_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: ProtocolStatus | 'all';
}

export class LibraryQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(80)
  category?: string;
}
