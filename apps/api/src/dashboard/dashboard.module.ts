import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { DashboardController } from './dashboard.controller';
import { DashboardModelService } from './dashboard-model.service';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { NetworkController } from './network.controller';
import { NetworkRepository } from './network.repository';
import { NetworkService } from './network.service';

@Module({
  imports: [FrameworksModule],
  controllers: [DashboardController, NetworkController],
  providers: [
    DashboardRepository,
    DashboardService,
    DashboardModelService,
    NetworkRepository,
    NetworkService,
  ],
})
export class DashboardModule {}
