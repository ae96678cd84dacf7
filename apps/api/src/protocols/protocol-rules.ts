import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { FieldError, FrameworkCategory, ProtocolFields } from '@rcp/api-contract';
import { Actor, canReachCouncil } from '../auth/actor';
import { CreateProtocolDto } from './protocol.dto';
import { ProtocolRow } from './protocols.repository';

/** The register fields of a request, with the optional ones filled in. */
export function normaliseFields(dto: CreateProtocolDto | ProtocolFields): ProtocolFields {
  return {
    name: dto.name,
    description: dto.description ?? '',
    category: dto.category,
    type: dto.type,
    owner: dto.owner ?? '',
    serviceArea: dto.serviceArea,
    scope: dto.scope,
    contextNeed: dto.contextNeed,
    reach: dto.reach,
    basis: dto.basis,
    reviewDate: dto.reviewDate ?? null,
    sourceLinks: dto.sourceLinks ?? [],
  };
}

/** Rules that need the framework: a known category, and a scope that matches it. */
export function checkAgainstFramework(f: ProtocolFields, categories: FrameworkCategory[]): void {
  const errors: FieldError[] = [];
  const category = categories.find((c) => c.key === f.category);
  if (!category)
    errors.push({ field: 'category', messages: ['must be a category of the current framework'] });
  else if (category.scope !== f.scope) {
    errors.push({
      field: 'scope',
      messages: [
        category.scope === 'wider'
          ? 'must be wider for a wider-environment category'
          : 'must be organisational for this category',
      ],
    });
  }
  if (errors.length)
    throw new BadRequestException({ message: 'The request has invalid fields.', errors });
}

/** The protocol, if it exists and the actor may see its council; otherwise a 404. */
export function reachableProtocol(actor: Actor, row: ProtocolRow | null): ProtocolRow {
  if (!row || !canReachCouncil(actor, row.council_id))
    throw new NotFoundException('Protocol not found.');
  return row;
}
