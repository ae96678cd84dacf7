import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_COUNCILS } from '@rcp/content';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { AppConfig } from '../config/app-config';
import { DEMO_PASSWORD, demoAccountSeeds } from './demo-accounts';

/** Loads the demo network into an empty database when DEMO is on (the default for npm start). */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('demo', { infer: true })) return;
    const seeded = await this.seedIfEmpty();
    if (seeded)
      this.logger.log(
        `Loaded the demo network (password for every demo account: ${DEMO_PASSWORD})`,
      );
  }

  /** True when it seeded; false when the database already had councils. */
  async seedIfEmpty(): Promise<boolean> {
    // One hash for every demo account: they share a published password anyway.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.db.transaction(async (m) => {
      // Serialise concurrent starts of several instances on one database.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('rcp-demo-seed'))`);
      const [{ count }] = (await m.query(`SELECT count(*)::int AS count FROM councils`)) as Array<{
        count: number;
      }>;
      if (count > 0) return false;

      const councilIds = new Map<string, string>();
      for (const c of DEMO_COUNCILS) {
        const [row] = (await m.query(
          `INSERT INTO councils (name, type, region, population_band, sharing) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [c.name, c.type, c.region, c.populationBand, c.sharing],
        )) as Array<{ id: string }>;
        councilIds.set(c.slug, row.id);
      }
      for (const a of demoAccountSeeds()) {
        await m.query(
          `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
           VALUES ($1, $2, $3, $4, $5, 'active')`,
          [
            a.email,
            a.displayName,
            a.role,
            a.councilSlug ? councilIds.get(a.councilSlug) : null,
            passwordHash,
          ],
        );
      }
      await m.query(`INSERT INTO audit_events (action, after) VALUES ('demo.seeded', $1)`, [
        JSON.stringify({ councils: DEMO_COUNCILS.length }),
      ]);
      return true;
    });
  }
}
