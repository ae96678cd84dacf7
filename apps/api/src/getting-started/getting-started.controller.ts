import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GettingStarted, GettingStartedStep } from '@rcp/api-contract';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { GettingStartedQueries } from './getting-started.queries';
import { ApiContractResponse } from '../api-docs/api-responses';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('councils')
@Controller('councils/:councilId/getting-started')
export class GettingStartedController {
  constructor(private readonly queries: GettingStartedQueries) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'GettingStarted')
  @ApiOperation({
    summary:
      "A council's first cycle: register protocols, start an audit, submit it, plan a change – each done or not.",
  })
  async get(@Param('councilId', uuid) councilId: string): Promise<GettingStarted> {
    const row = await this.queries.firstCycle(councilId);
    const steps: Array<{ step: GettingStartedStep; done: boolean }> = [
      { step: 'register', done: row.has_protocols },
      { step: 'first-audit', done: row.has_audit },
      { step: 'submit', done: row.has_submitted_audit },
      { step: 'plan', done: row.has_plan_change },
    ];
    return { steps, complete: steps.every((s) => s.done) };
  }
}
