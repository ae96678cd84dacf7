import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { defaultFrameworkV1 } from './default-framework';
import { FrameworkVersionsRepository } from './framework-versions.repository';

/** Every deployment has the default framework v1, installed on first start. */
@Injectable()
export class FrameworkInstallService implements OnApplicationBootstrap {
  // The log context the install has always had, so operators' log filters keep matching.
  private readonly logger = new Logger('FrameworksService');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: FrameworkVersionsRepository,
    private readonly audit: AuditTrailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.installDefault();
  }

  /** Installs framework v1 into an empty database; does nothing otherwise. Safe to call twice. */
  async installDefault(): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.versions.lockDefaultInstall(m);
      if ((await this.versions.count(m)) > 0) return;
      const { version, items } = defaultFrameworkV1();
      const id = await this.versions.insertFirstDraft(version, m);
      await this.versions.insertItems(id, items, m);
      await this.versions.markPublished(id, version.releaseNotes, m);
      await this.audit.record(
        null,
        { action: 'framework.installed', entityType: 'framework-version', entityId: '1' },
        m,
      );
      this.logger.log('Installed the default RCP framework, version 1');
    });
  }
}
