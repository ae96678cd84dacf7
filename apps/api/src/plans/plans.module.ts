import { Module } from '@nestjs/common';
import { AuditsRepository } from '../audits/audits.repository';
import { RatingsRepository } from '../audits/ratings.repository';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PlanAchievementService } from './plan-achievement.service';
import { PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangesRepository } from './plan-changes.repository';
import { PlanChangesService } from './plan-changes.service';
import { PlanProjectionService } from './plan-projection.service';
import { PlanReadsService } from './plan-reads.service';
import { PlansController } from './plans.controller';

@Module({
  imports: [FrameworksModule],
  controllers: [PlansController],
  providers: [
    PlanChangesRepository,
    AuditsRepository,
    RatingsRepository,
    PlanAuditsLoader,
    PlanReadsService,
    PlanChangesService,
    PlanProjectionService,
    PlanAchievementService,
  ],
})
export class PlansModule {}
