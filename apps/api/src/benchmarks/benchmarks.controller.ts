import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  Benchmarks,
  COUNCIL_TYPES,
  POPULATION_BANDS,
  REGIONS,
  WhoMadeItWork,
} from '@rcp/api-contract';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { BenchmarksService } from './benchmarks.service';

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

@ApiTags('benchmarks')
@Controller('benchmarks')
export class BenchmarksController {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary:
      'Distribution, ranks, per-principle quartiles and the network trend, with consent: councils are named only if they chose to be.',
  })
  get(@CurrentActor() actor: Actor, @Query() q: BenchmarksQueryDto): Promise<Benchmarks> {
    return this.benchmarks.benchmarks(actor, {
      asAt: q.asAt,
      principle: q.principle,
      comparison: {
        type: q.type ?? null,
        region: q.region ?? null,
        populationBand: q.populationBand ?? null,
      },
      display: {
        type: q.showType ?? null,
        region: q.showRegion ?? null,
        populationBand: q.showPopulationBand ?? null,
      },
    });
  }

  @Get('who-made-it-work')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary:
      'Councils whose version of a protocol is enabling, with their evidence (named only with consent).',
  })
  whoMadeItWork(
    @CurrentActor() actor: Actor,
    @Query() q: WhoMadeItWorkQueryDto,
  ): Promise<WhoMadeItWork> {
    return this.benchmarks.whoMadeItWork(actor, q.category ?? null, q.libraryKey ?? null);
  }
}
