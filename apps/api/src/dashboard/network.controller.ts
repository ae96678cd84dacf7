import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NetworkCouncilRow } from '@rcp/api-contract';
import { Roles } from '../auth/access.decorators';
import { NetworkService } from './network.service';

// Readable with a read-only API token too (README "API tokens").
@ApiBearerAuth('apiToken')
@ApiTags('dashboard')
@Controller('network')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Get('overview')
  @Roles('coordinator')
  @ApiOperation({
    summary: "Every active council's latest index, change and last audit, in one query.",
  })
  overview(): Promise<NetworkCouncilRow[]> {
    return this.network.overview();
  }
}
