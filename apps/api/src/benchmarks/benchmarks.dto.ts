import { ApiPropertyOptional } from '@nestjs/swagger';
import { COUNCIL_TYPES, POPULATION_BANDS, REGIONS } from '@rcp/vocabulary';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class BenchmarksQueryDto {
  @ApiPropertyOptional({
    description: "Use each council's latest audit submitted for a period ending by this date.",
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  asAt?: string;

  @ApiPropertyOptional({
    description: "Benchmark one principle's index instead of the council index.",
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,59}$/, { message: 'must be a principle key' })
  principle?: string;

  @ApiPropertyOptional({ enum: COUNCIL_TYPES, description: 'Comparison group: council type.' })
  @IsOptional()
  @IsIn(COUNCIL_TYPES)
  type?: string;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Comparison group: region.' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: string;

  @ApiPropertyOptional({
    enum: POPULATION_BANDS,
    description: 'Comparison group: population band.',
  })
  @IsOptional()
  @IsIn(POPULATION_BANDS)
  populationBand?: string;

  @ApiPropertyOptional({
    enum: COUNCIL_TYPES,
    description: 'Display group (coordinators): council type.',
  })
  @IsOptional()
  @IsIn(COUNCIL_TYPES)
  showType?: string;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Display group (coordinators): region.' })
  @IsOptional()
  @IsIn(REGIONS)
  showRegion?: string;

  @ApiPropertyOptional({
    enum: POPULATION_BANDS,
    description: 'Display group (coordinators): population band.',
  })
  @IsOptional()
  @IsIn(POPULATION_BANDS)
  showPopulationBand?: string;
}

export class WhoMadeItWorkQueryDto {
  @ApiPropertyOptional({ description: 'A protocol category key.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  category?: string;

  @ApiPropertyOptional({ description: 'A protocol library key.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  libraryKey?: string;
}
