import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateAuditRequest,
  PutRatingsRequest,
  RatingWrite,
  ReopenAuditRequest,
  SubmitAuditRequest,
} from '@rcp/api-contract';
import { Perspective, PERSPECTIVES, Rating } from '@rcp/vocabulary';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

const PRINCIPLE_KEY = /^[a-z][a-z0-9_-]{0,59}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateAuditDto implements CreateAuditRequest {
  @ApiProperty({ example: '2026 H2', minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  label!: string;

  @ApiProperty({ example: '2026-07-01', format: 'date' })
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  periodStart!: string;

  @ApiProperty({ example: '2026-12-31', format: 'date' })
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  periodEnd!: string;

  @ApiPropertyOptional({
    enum: PERSPECTIVES,
    isArray: true,
    minItems: 1,
    maxItems: 3,
    default: ['leadership'],
  })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(PERSPECTIVES, { each: true, message: 'must be leadership, frontline or residents' })
  perspectives?: Perspective[];
}

class EvidenceDto {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @Length(1, 4000, { message: 'must not be empty' })
  text!: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOmittable()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  date?: string;

  @ApiPropertyOptional({ type: String, format: 'uri', maxLength: 2000, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be an http(s) link' },
  )
  @MaxLength(2000, { message: 'must be a link of at most 2000 characters' })
  url?: string | null;
}

export class RatingWriteDto implements RatingWrite {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a protocol id' })
  protocolId!: string;

  @ApiProperty({ pattern: PRINCIPLE_KEY.source, maxLength: 60 })
  @IsString()
  @Matches(PRINCIPLE_KEY, { message: 'must be a principle key' })
  principleKey!: string;

  @ApiPropertyOptional({ enum: PERSPECTIVES })
  @IsOmittable()
  @IsIn(PERSPECTIVES, { message: 'must be leadership, frontline or residents' })
  perspective?: Perspective;

  @ApiPropertyOptional({
    enum: [-2, -1, 0, 1, 2],
    nullable: true,
    description: 'null = not applicable',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn([-2, -1, 0, 1, 2], { message: 'must be -2, -1, 0, 1, 2 or null (not applicable)' })
  value?: Rating | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  clear?: boolean;

  @ApiPropertyOptional({
    type: EvidenceDto,
    nullable: true,
    description:
      'Evidence for this value: one object, or null for none (a list is refused). Omitted: kept while the value keeps its direction below ±2, dropped when it moves to or from neutral. Required when the value changes to ±2 or crosses from enabling to inhibiting.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  // One piece of evidence per rating: a list is refused rather than guessed to mean "keep" or
  // "none" (it once passed as evidence without text; README, Input rules).
  @IsObject({ message: 'must be one piece of evidence (an object with text), or null for none' })
  @ValidateNested()
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto | null;

  @VersionField({
    optional: true,
    description:
      "The audit version your view of this cell came from (default: the request's version).",
  })
  baseVersion?: number;
}

export class PutRatingsDto implements PutRatingsRequest {
  @VersionField({
    optional: true,
    description: 'The audit version you read (or send it as If-Match).',
  })
  version!: number;

  @ApiProperty({ type: [RatingWriteDto], minItems: 1, maxItems: 5000 })
  @IsArray()
  @ArrayMinSize(1, { message: 'must contain at least one rating' })
  @ArrayMaxSize(5000)
  @IsObject({ each: true, message: 'must be a list of ratings (objects)' })
  @ValidateNested({ each: true })
  @Type(() => RatingWriteDto)
  ratings!: RatingWriteDto[];
}

export class SubmitAuditDto implements SubmitAuditRequest {
  @VersionField()
  version!: number;
}

export class ReopenAuditDto implements ReopenAuditRequest {
  @VersionField()
  version!: number;

  @ApiProperty({ minLength: 3, maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @Length(3, 1000, { message: 'must say why, in 3 to 1000 characters' })
  reason!: string;
}

/** The audit version the client last read, for a DELETE (which carries no body). */
export class AuditVersionQuery {
  @VersionField({ fromQuery: true })
  version!: number;
}

/** The audits list's default and largest page. */
export const AUDIT_LIST_LIMIT = { default: 20, max: 100 } as const;

/** One page of a council's audits: `limit` audits from `offset` (newest period first). */
export class ListAuditsQuery {
  @ApiPropertyOptional({
    default: AUDIT_LIST_LIMIT.default,
    minimum: 1,
    maximum: AUDIT_LIST_LIMIT.max,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: `must be from 1 to ${AUDIT_LIST_LIMIT.max}` })
  @Max(AUDIT_LIST_LIMIT.max, { message: `must be from 1 to ${AUDIT_LIST_LIMIT.max}` })
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, description: 'How many audits to skip.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(1_000_000, { message: 'must be at most 1000000' })
  offset?: number;
}
