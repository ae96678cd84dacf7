import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiContractResponse } from '../api-docs/api-responses';
import { Public } from '../auth/access.decorators';

@ApiTags('health')
@Controller('health')
// Probes poll often, and the rate-limit counters live in the database this endpoint reports on:
// counting a probe would turn "database down" into a 500 instead of a 503 that says so.
@SkipThrottle()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  // Its own response schemas would replace HealthCheckBody from the contract.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiContractResponse(200, 'HealthCheckBody', { description: 'Up, and the database answers.' })
  @ApiContractResponse(503, 'HealthCheckBody', { description: 'The database does not answer.' })
  @ApiOperation({ summary: 'Is the API up and can it reach its database?' })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
  }
}
