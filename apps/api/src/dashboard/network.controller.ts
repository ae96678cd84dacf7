import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NetworkCouncilRow } from '@rcp/api-contract';
import { Roles } from '../auth/access.decorators';
import { NetworkService } from './network.service';
import { ApiContractResponse } from '../api-docs/api-responses';

@ApiTags('dashboard')
@Controller('network')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Get('overview')
  @Roles('coordinator')
  @ApiContractResponse(200, 'NetworkCouncilRow', { isArray: true })
  @ApiOperation({
    summary: "Every active council's latest index, change and last audit, in one query.",
  })
  overview(): Promise<NetworkCouncilRow[]> {
    return this.network.overview();
  }
}
