import { Module } from '@nestjs/common';
import { AuditsRepository } from '../audits/audits.repository';
import { RatingsRepository } from '../audits/ratings.repository';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PlanAchievementService } from './plan-achievement.service';
import { PlanAuditsLoader } from './plan-audits.loader';
import { PlanChangesRepository } from './plan-changes.repository';
import { PlanChangesService } from './plan-changes.service';
import { PlanNotesRepository } from './plan-notes.repository';
import { PlanProjectionService } from './plan-projection.service';
import { PlanReadsService } from './plan-reads.service';
import { PlanRegisterRepository } from './plan-register.repository';
import { PlansController } from './plans.controller';

@Module({
  imports: [FrameworksModule],
  controllers: [PlansController],
  providers: [
    PlanChangesRepository,
    PlanNotesRepository,
    PlanRegisterRepository,
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
