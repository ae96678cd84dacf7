import type { Protocol } from '@rcp/api-contract';

export interface ProtocolRow {
  id: string;
  council_id: string;
  name: string;
  description: string;
  category: string;
  type: Protocol['type'];
  owner: string;
  service_area: string;
  scope: Protocol['scope'];
  context_need: Protocol['contextNeed'];
  reach: Protocol['reach'];
  basis: Protocol['basis'];
  review_date: string | null;
  source_links: string[];
  library_key: string | null;
  status: Protocol['status'];
  retired_at: Date | null;
  retired_reason: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const PROTOCOL_SELECT = `id, council_id, name, description, category, type, owner, service_area, scope,
  context_need, reach, basis, to_char(review_date, 'YYYY-MM-DD') AS review_date, source_links, library_key, status,
  retired_at, retired_reason, created_at, updated_at, version`;

export function toProtocol(r: ProtocolRow): Protocol {
  return {
    id: r.id,
    councilId: r.council_id,
    name: r.name,
    description: r.description,
    category: r.category,
    type: r.type,
    owner: r.owner,
    serviceArea: r.service_area,
    scope: r.scope,
    contextNeed: r.context_need,
    reach: r.reach,
    basis: r.basis,
    reviewDate: r.review_date,
    sourceLinks: r.source_links,
    libraryKey: r.library_key,
    status: r.status,
    retiredAt: r.retired_at ? r.retired_at.toISOString() : null,
    retiredReason: r.retired_reason,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}
