import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CreateCouncilRequest,
  UpdateCouncilRequest,
  UpdateSharingRequest,
} from '@rcp/api-contract';
import {
  COUNCIL_TYPES,
  CouncilType,
  POPULATION_BANDS,
  PopulationBand,
  Region,
  REGIONS,
  SHARING_CHOICES,
  SharingChoice,
} from '@rcp/vocabulary';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCouncilDto implements CreateCouncilRequest {
  @ApiProperty({ example: 'Northfield Borough Council', minLength: 2, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  name!: string;

  @ApiProperty({ enum: COUNCIL_TYPES })
  @IsIn(COUNCIL_TYPES, { message: 'must be one of the council types' })
  type!: CouncilType;

  @ApiProperty({ enum: REGIONS })
  @IsIn(REGIONS, { message: 'must be a UK region or nation' })
  region!: Region;

  @ApiProperty({ enum: POPULATION_BANDS })
  @IsIn(POPULATION_BANDS, { message: 'must be one of the population bands' })
  populationBand!: PopulationBand;

  @ApiPropertyOptional({ enum: SHARING_CHOICES, default: 'anonymised' })
  @IsOmittable()
  @IsIn(SHARING_CHOICES, { message: 'must be named or anonymised' })
  sharing?: SharingChoice;
}

// skipNullProperties: false – a field left out is unchanged, but null is validated (and refused).
// `sharing` is declared again: on create it is optional (with a default), which would let null by.
export class UpdateCouncilDto
  extends PartialType(OmitType(CreateCouncilDto, ['sharing'] as const), {
    skipNullProperties: false,
  })
  implements UpdateCouncilRequest
{
  @ApiPropertyOptional({ enum: SHARING_CHOICES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(SHARING_CHOICES, { message: 'must be named or anonymised' })
  sharing?: SharingChoice;

  @VersionField({ description: 'The version you last read; a stale version gets 409.' })
  version!: number;
}

export class UpdateSharingDto implements UpdateSharingRequest {
  @ApiProperty({ enum: SHARING_CHOICES })
  @IsIn(SHARING_CHOICES, { message: 'must be named or anonymised' })
  sharing!: SharingChoice;

  @VersionField()
  version!: number;
}

export class ListCouncilsQuery {
  @ApiPropertyOptional({ description: 'Include archived councils (coordinators only).' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeArchived?: boolean;
}
