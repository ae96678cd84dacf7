import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { AuditLifecycleService } from './audit-lifecycle.service';
import { AuditRatingsService } from './audit-ratings.service';
import { AuditReadsService } from './audit-reads.service';
import { AuditsController } from './audits.controller';
import { AuditsRepository } from './audits.repository';
import { RatingsRepository } from './ratings.repository';

@Module({
  imports: [FrameworksModule],
  controllers: [AuditsController],
  providers: [
    AuditsRepository,
    RatingsRepository,
    AuditReadsService,
    AuditLifecycleService,
    AuditRatingsService,
  ],
  exports: [AuditReadsService],
})
export class AuditsModule {}
