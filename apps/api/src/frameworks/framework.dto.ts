import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UpdateFrameworkSettingsRequest, UpsertFrameworkItemRequest } from '@rcp/api-contract';
import { CONTEXT_NEEDS, ContextNeed } from '@rcp/vocabulary';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpsertFrameworkItemDto implements UpsertFrameworkItemRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(2, 2000, { message: 'must be between 2 and 2000 characters' })
  description!: string;

  @ApiPropertyOptional({ description: 'Principles only: weight in the weighted mean (0.1–10).' })
  @IsOptional()
  @IsNumber({}, { message: 'must be a number' })
  @Min(0.1)
  @Max(10)
  weight?: number;

  @ApiPropertyOptional({ enum: CONTEXT_NEEDS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(CONTEXT_NEEDS, { each: true, message: 'must be relational, transactional or mixed' })
  contexts?: ContextNeed[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  relational?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  principleKeys?: string[];

  @ApiProperty()
  @IsInt()
  @Min(1)
  revision!: number;
}

class ThresholdsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100) enabling!: number;
  @ApiProperty() @IsNumber() @Min(-100) @Max(0) inhibiting!: number;
  @ApiProperty({ enum: [1, 2] }) @IsIn([1, 2]) mixedStrength!: 1 | 2;
}

class ReachWeightsDto {
  @ApiProperty() @IsNumber() @Min(0.1) @Max(1000) low!: number;
  @ApiProperty() @IsNumber() @Min(0.1) @Max(1000) medium!: number;
  @ApiProperty() @IsNumber() @Min(0.1) @Max(1000) high!: number;
}

export class UpdateFrameworkSettingsDto implements UpdateFrameworkSettingsRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  notes?: string;

  @ApiPropertyOptional({ type: ThresholdsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThresholdsDto)
  thresholds?: ThresholdsDto;

  @ApiPropertyOptional({ type: ReachWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReachWeightsDto)
  reachWeights?: ReachWeightsDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  provisionalCoverageBelow?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber()
  @Min(-100)
  @Max(0)
  mismatchThreshold?: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  revision!: number;
}

export class RevisionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  revision!: number;
}

/** The draft revision the client last read, for a DELETE (which carries no body). */
export class RevisionQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision!: number;
}

export class CompareQuery {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(999_999_999) from!: number;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(999_999_999) to!: number;
}

export const ITEM_KEY = /^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/;
export class ItemKeyParam {
  @Matches(ITEM_KEY) key!: string;
}
