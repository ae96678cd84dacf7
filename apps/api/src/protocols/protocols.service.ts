import { Injectable } from '@nestjs/common';
import type { FrameworkCategory, Protocol } from '@rcp/api-contract';
import { Actor } from '../auth/actor';
import { FrameworksService } from '../frameworks/frameworks.service';
import { reachableProtocol } from './protocol-rules';
import { ProtocolStatusFilter, ProtocolsRepository, toProtocol } from './protocols.repository';

/** Reads of a council's protocol register, and the framework categories its entries use. */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly frameworks: FrameworksService,
  ) {}

  async list(councilId: string, status: ProtocolStatusFilter): Promise<Protocol[]> {
    return (await this.protocols.listByCouncil(councilId, status)).map(toProtocol);
  }

  async get(actor: Actor, councilId: string, id: string): Promise<Protocol> {
    return toProtocol(reachableProtocol(actor, await this.protocols.findById(councilId, id)));
  }

  async categories(): Promise<FrameworkCategory[]> {
    return (await this.frameworks.current()).categories;
  }
}
