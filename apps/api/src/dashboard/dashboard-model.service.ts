import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { StoredJson } from '../common/stored-json';
import { BuiltDashboard, buildStoredDashboard } from './dashboard-model-build';
import {
  PreparedQueryPool,
  readOnlyTransaction,
  readStoredDashboard,
  storeDashboard,
} from './dashboard-model.queries';
import { DashboardQuery } from './dashboard.dto';
import { DashboardService } from './dashboard.service';
import { viewKey } from './dashboard-view-key';

/** How many answers each process keeps in memory (the most recently used). */
const HELD_ANSWERS = 400;

/**
 * The stored dashboards, one per council and view (default, chosen audit, comparison, filters:
 * see viewKey). Each request reads the council's input version and the stored answer's in one
 * query; an answer built at an older version is rebuilt for that council and view only,
 * by the first reader that sees it, so every API process follows writes made through any other.
 * Each process also keeps the latest answers it served (text and compressed bytes), so an
 * unchanged answer is neither read again nor compressed again. An answer that may not be stored
 * (see storable) is built on each request and not held either.
 */
@Injectable()
export class DashboardModelService {
  private readonly held = new Map<string, StoredJson>();
  private readonly building = new Map<string, Promise<BuiltDashboard>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: DashboardService,
  ) {}

  async answer(councilId: string, q: DashboardQuery): Promise<StoredJson> {
    const view = viewKey(q);
    const key = `${councilId}/${view}`;
    const held = this.held.get(key);
    const row = await readStoredDashboard(this.pool(), councilId, view, held?.etag ?? null);
    if (row.built === row.version && row.etag !== null) {
      if (row.body !== null) return this.hold(key, new StoredJson(row.etag, row.body));
      if (held && held.etag === row.etag) return this.hold(key, held);
    }
    let build = this.building.get(key);
    if (!build) {
      build = this.rebuild(councilId, view).finally(() => this.building.delete(key));
      this.building.set(key, build);
    }
    const built = await build;
    const answer = new StoredJson(built.etag, built.body);
    return built.storable ? this.hold(key, answer) : answer;
  }

  private async rebuild(councilId: string, view: string): Promise<BuiltDashboard> {
    // One snapshot for the version and every row read, so the text is exactly that version's.
    const built = await this.db.transaction('REPEATABLE READ', async (m) => {
      await readOnlyTransaction(m);
      return buildStoredDashboard(this.dashboards.sources(m), councilId, view);
    });
    if (built.storable) await storeDashboard(this.db.manager, councilId, view, built);
    return built;
  }

  /** TypeORM's node-postgres pool: the hot read is a prepared statement, which TypeORM cannot name. */
  private pool(): PreparedQueryPool {
    return (this.db.driver as PostgresDriver).master as PreparedQueryPool;
  }

  private hold(key: string, answer: StoredJson): StoredJson {
    this.held.delete(key);
    this.held.set(key, answer);
    if (this.held.size > HELD_ANSWERS) this.held.delete(this.held.keys().next().value as string);
    return answer;
  }
}
