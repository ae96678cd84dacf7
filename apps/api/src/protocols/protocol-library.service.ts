import { BadRequestException, Injectable } from '@nestjs/common';
import type { LibraryProtocol, Protocol } from '@rcp/api-contract';
import { citedSources, PROTOCOL_LIBRARY } from '@rcp/content';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/actor';
import { ProtocolChangesService } from './protocol-changes.service';
import { ProtocolsRepository } from './protocols.repository';

export function libraryView(): LibraryProtocol[] {
  return PROTOCOL_LIBRARY.map((p) => {
    const cited = citedSources(p.sourceNote);
    return {
      key: p.key,
      name: p.name,
      category: p.category,
      type: p.type,
      serviceArea: p.serviceArea,
      scope: p.scope,
      contextNeed: p.contextNeed,
      reach: p.reach,
      basis: p.basis,
      description: p.description,
      inhibitingExemplar: p.inhibitingExemplar,
      enablingExemplar: p.enablingExemplar,
      sourceNote: p.sourceNote,
      sources: cited.sources,
      sourceText: cited.text,
    };
  });
}

/** The library of common council protocols: search it, and add from it to a register. */
@Injectable()
export class ProtocolLibraryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly protocols: ProtocolsRepository,
    private readonly changes: ProtocolChangesService,
  ) {}

  search(q?: string, category?: string): LibraryProtocol[] {
    const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return libraryView().filter((p) => {
      if (category && p.category !== category) return false;
      // The category's words too ("time and caseload"), so a search can name a category.
      const text =
        `${p.name} ${p.description} ${p.inhibitingExemplar} ${p.enablingExemplar} ${p.serviceArea} ${p.category.replace(/-/g, ' ')}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
  }

  /** Adds library protocols to the register in one step; names already in it are skipped. */
  async addToRegister(actor: Actor, councilId: string, keys: string[]): Promise<Protocol[]> {
    const library = new Map(PROTOCOL_LIBRARY.map((p) => [p.key, p]));
    const unknown = keys.filter((k) => !library.has(k));
    if (unknown.length) {
      throw new BadRequestException({
        message: 'The request has invalid fields.',
        errors: [{ field: 'keys', messages: [`not in the library: ${unknown.join(', ')}`] }],
      });
    }
    return this.db.transaction(async (m) => {
      const existing = new Set(await this.protocols.listLowerNamesByCouncil(councilId, m));
      const created: Protocol[] = [];
      for (const key of [...new Set(keys)]) {
        const p = library.get(key);
        if (!p || existing.has(p.name.toLowerCase())) continue;
        const protocol = await this.changes.add(
          m,
          actor,
          councilId,
          {
            name: p.name,
            description: p.description,
            category: p.category,
            type: p.type,
            owner: '',
            serviceArea: p.serviceArea,
            scope: p.scope,
            contextNeed: p.contextNeed,
            reach: p.reach,
            basis: p.basis,
            reviewDate: null,
            sourceLinks: [],
          },
          p.key,
        );
        await this.changes.recordCreated(m, actor, protocol);
        created.push(protocol);
      }
      return created;
    });
  }
}
