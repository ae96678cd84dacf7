import { Injectable } from '@nestjs/common';
import type { NetworkCouncilRow } from '@rcp/api-contract';
import { NetworkRepository, toNetworkCouncilRow } from './network.repository';

/** The coordinator's overview of every council in the network. */
@Injectable()
export class NetworkService {
  constructor(private readonly network: NetworkRepository) {}

  async overview(): Promise<NetworkCouncilRow[]> {
    return (await this.network.listCouncilOverview()).map(toNetworkCouncilRow);
  }
}
