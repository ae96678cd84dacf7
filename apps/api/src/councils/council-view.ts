import type { Council } from '@rcp/api-contract';
import { CouncilEntity } from './council.entity';

export function toCouncilView(c: CouncilEntity): Council {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    region: c.region,
    populationBand: c.populationBand,
    sharing: c.sharing,
    archived: c.archivedAt !== null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}
