import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { hashPassword } from '../auth/passwords';
import { AppConfig } from '../config/app-config';
import { FrameworkInstallService } from '../frameworks/framework-install.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { DEMO_PASSWORD } from './demo-accounts';
import { loadCouncil } from './demo-loader';
import { DEMO_DEFAULTS, DemoOptions, planCouncil } from './demo-plan';
import { DemoRepository } from './demo.repository';

/** Loads the demo network into an empty database when DEMO is on (the default outside NODE_ENV=production). */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly demo: DemoRepository,
    private readonly audit: AuditTrailService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly frameworks: FrameworksService,
    private readonly install: FrameworkInstallService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('demo', { infer: true })) {
      await this.warnOfLeftoverDemoAccounts();
      return;
    }
    const started = Date.now();
    const seeded = await this.seedIfEmpty();
    if (seeded) {
      this.logger.log(
        `Loaded the demo network in ${Date.now() - started} ms (password for every demo account: ${DEMO_PASSWORD})`,
      );
    }
  }

  /**
   * A database first started in demo mode keeps its demo accounts, and their password is published:
   * outside demo mode they are not listed at sign-in, but they still work until deactivated.
   */
  private async warnOfLeftoverDemoAccounts(): Promise<void> {
    const count = await this.demo.countActiveDemoAccounts();
    if (count === 0) return;
    this.logger.warn(
      `DEMO is off, but ${count} demo accounts (…demo.example) are active in this database and their ` +
        `password is published: sign in as your own coordinator (npm run create-coordinator) and ` +
        `deactivate them on the Users page.`,
    );
  }

  /**
   * Seeds the network when the database has no councils; true when it did. With `perCouncil`,
   * each council commits on its own (national-scale datasets); otherwise all or nothing.
   */
  async seedIfEmpty(
    options: DemoOptions = DEMO_DEFAULTS,
    perCouncil = false,
    progress?: (done: number) => void,
  ): Promise<boolean> {
    await this.install.installDefault();
    const framework = await this.frameworks.current();
    // One hash for every demo account: they share a published password anyway.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // Serialise concurrent starts of several instances on one database.
      await this.demo.lockSeeding(runner.manager);
      if ((await this.demo.countCouncils(runner.manager)) > 0) return false;
      const seedAll = async (from: number, to: number) =>
        this.db.transaction(async (m) => {
          for (let i = from; i < to; i++)
            await loadCouncil(this.demo, m, planCouncil(i, options), framework, passwordHash);
        });
      await this.db.transaction((m) => this.demo.insertCoordinator(passwordHash, m));
      if (perCouncil) {
        for (let i = 0; i < options.councils; i++) {
          await seedAll(i, i + 1);
          progress?.(i + 1);
        }
      } else {
        await seedAll(0, options.councils);
      }
      // Bulk loads leave the planner's statistics stale until autovacuum gets round to them.
      await this.demo.analyze();
      await this.audit.record(null, {
        action: 'demo.seeded',
        after: {
          councils: options.councils,
          auditsPerCouncil: options.auditsPerCouncil,
          seed: options.seed,
          ...(options.protocolsPerCouncil
            ? { protocolsPerCouncil: options.protocolsPerCouncil }
            : {}),
        },
      });
      return true;
    } finally {
      await this.demo.unlockSeeding(runner.manager).catch(() => undefined);
      await runner.release();
    }
  }
}
