import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PublishFrameworkRequest,
  UpdateFrameworkSettingsRequest,
  UpsertFrameworkItemRequest,
} from '@rcp/api-contract';
import { CONTEXT_NEEDS, ContextNeed } from '@rcp/vocabulary';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

/** Item keys: lower-case words joined by hyphens or underscores ("mutual-trust"). */
const ITEM_KEY_PATTERN = '^[a-z][a-z0-9]*([_-][a-z0-9]+)*$';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpsertFrameworkItemDto implements UpsertFrameworkItemRequest {
  @ApiProperty({ minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  title!: string;

  @ApiProperty({ minLength: 2, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(2, 2000, { message: 'must be between 2 and 2000 characters' })
  description!: string;

  @ApiPropertyOptional({
    minimum: 0.1,
    maximum: 10,
    description: 'Principles only: weight in the weighted mean (0.1–10).',
  })
  @IsOmittable()
  @IsNumber({}, { message: 'must be a number' })
  @Min(0.1)
  @Max(10)
  weight?: number;

  @ApiPropertyOptional({ enum: CONTEXT_NEEDS, isArray: true, maxItems: CONTEXT_NEEDS.length })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(CONTEXT_NEEDS.length)
  @IsIn(CONTEXT_NEEDS, { each: true, message: 'must be relational, transactional or mixed' })
  contexts?: ContextNeed[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  relational?: boolean;

  @ApiPropertyOptional({
    type: 'array',
    maxItems: 50,
    items: { type: 'string', maxLength: 60, pattern: ITEM_KEY_PATTERN },
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  principleKeys?: string[];

  @VersionField({ description: "The draft's revision you last read." })
  revision!: number;
}

class ThresholdsDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) enabling!: number;
  @ApiProperty({ minimum: -100, maximum: 0 }) @IsNumber() @Min(-100) @Max(0) inhibiting!: number;
  @ApiProperty({ enum: [1, 2] }) @IsIn([1, 2]) mixedStrength!: 1 | 2;
}

const WEIGHT = { minimum: 0.1, maximum: 1000 };
class ReachWeightsDto {
  @ApiProperty(WEIGHT) @IsNumber() @Min(0.1) @Max(1000) low!: number;
  @ApiProperty(WEIGHT) @IsNumber() @Min(0.1) @Max(1000) medium!: number;
  @ApiProperty(WEIGHT) @IsNumber() @Min(0.1) @Max(1000) high!: number;
}

export class UpdateFrameworkSettingsDto implements UpdateFrameworkSettingsRequest {
  @ApiPropertyOptional({ minLength: 2, maxLength: 120 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsString()
  @Length(0, 4000)
  notes?: string;

  @ApiPropertyOptional({ type: ThresholdsDto })
  @IsOmittable()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => ThresholdsDto)
  thresholds?: ThresholdsDto;

  @ApiPropertyOptional({ type: ReachWeightsDto })
  @IsOmittable()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => ReachWeightsDto)
  reachWeights?: ReachWeightsDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOmittable()
  @IsNumber()
  @Min(0)
  @Max(1)
  provisionalCoverageBelow?: number;

  @ApiPropertyOptional({ minimum: -100, maximum: 0 })
  @IsOmittable()
  @IsNumber()
  @Min(-100)
  @Max(0)
  mismatchThreshold?: number;

  @VersionField({ description: "The draft's revision you last read." })
  revision!: number;
}

export class RevisionDto {
  @VersionField({ description: "The draft's revision you last read." })
  revision!: number;
}

export class PublishFrameworkDto implements PublishFrameworkRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: 4000,
    description: 'What changed in this version and why, for the councils that will use it.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must say what changed in this version' })
  @MaxLength(4000)
  releaseNotes!: string;

  @VersionField({ description: "The draft's revision you last read." })
  revision!: number;
}

/** The draft revision the client last read, for a DELETE (which carries no body). */
export class RevisionQuery {
  @VersionField({ description: "The draft's revision you last read.", fromQuery: true })
  revision!: number;
}

export class CompareQuery {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(999_999_999) from!: number;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(999_999_999) to!: number;
}

export const ITEM_KEY = new RegExp(ITEM_KEY_PATTERN);
export class ItemKeyParam {
  @Matches(ITEM_KEY) key!: string;
}
