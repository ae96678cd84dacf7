import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeerGroupFilter } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { buildBenchmarkGroup } from './benchmark-model-rebuild';
import {
  AnswerVersions,
  GroupStatsRow,
  readAnswerVersions,
  readModelState,
  storedGroupStats,
  storedLatest,
  StoredLatestRow,
} from './benchmark-model.queries';

/** The stored model as read at one version; group figures are read on first use. */
export interface ModelSnapshot {
  version: number;
  latest: StoredLatestRow[];
  groups: Map<string, Promise<Map<string, GroupStatsRow> | null>>;
}

const facets = (g: PeerGroupFilter) => ({
  type: g.type ?? '',
  region: g.region ?? '',
  population_band: g.populationBand ?? '',
});

/**
 * The benchmarks read model for "now" (no as-at date), kept current by triggers in the writing
 * transaction. Each request reads the version row once; the rows are read again only when it has
 * moved on, so every API process follows writes made through any other.
 */
@Injectable()
export class BenchmarkModelService {
  private snapshot: ModelSnapshot | null = null;
  private loading: Promise<ModelSnapshot> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The model's version, the latest published framework's number and the label secret, read now. */
  versions(): Promise<AnswerVersions> {
    return readAnswerVersions(this.db.manager);
  }

  /** The latest rows and this group's figures per measure ('' = council index), at one version. */
  async figures(
    group: PeerGroupFilter,
  ): Promise<{ latest: StoredLatestRow[]; stats: Map<string, GroupStatsRow> }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const snapshot = await this.current();
      const stats = await this.groupStats(snapshot, group);
      if (stats) return { latest: snapshot.latest, stats };
      this.snapshot = null; // changed in between: read again at the newer version
    }
    throw new Error('The benchmarks model kept changing while it was read.');
  }

  private async current(): Promise<ModelSnapshot> {
    const state = await readModelState(this.db.manager);
    if (this.snapshot && this.snapshot.version === state.version) return this.snapshot;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<ModelSnapshot> {
    const { builtVersion, rows } = await storedLatest(this.db.manager);
    this.snapshot = { version: builtVersion, latest: rows, groups: new Map() };
    return this.snapshot;
  }

  /** The group's stored figures, or null when the model has changed since the snapshot. */
  private groupStats(
    snapshot: ModelSnapshot,
    group: PeerGroupFilter,
  ): Promise<Map<string, GroupStatsRow> | null> {
    const f = facets(group);
    const key = `${f.type}\u0000${f.region}\u0000${f.population_band}`;
    let stats = snapshot.groups.get(key);
    if (!stats) {
      stats = this.readGroup(snapshot.version, f);
      snapshot.groups.set(key, stats);
      // A failed or outdated read is not kept.
      stats.then(
        (found) => found ?? snapshot.groups.delete(key),
        () => snapshot.groups.delete(key),
      );
    }
    return stats;
  }

  /** Stored figures of the group, built now if this is the group's first read at this version. */
  private async readGroup(
    version: number,
    f: ReturnType<typeof facets>,
  ): Promise<Map<string, GroupStatsRow> | null> {
    const { builtVersion, rows } = await storedGroupStats(this.db.manager, f);
    if (builtVersion !== version) return null;
    const built = rows.some((r) => r.measure === '')
      ? rows
      : await this.db.transaction((m) => buildBenchmarkGroup(m, version, f));
    return built && new Map(built.map((r) => [r.measure, r]));
  }
}
