import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { NetworkController } from './network.controller';

@Module({
  imports: [FrameworksModule],
  controllers: [DashboardController, NetworkController],
  providers: [DashboardService],
})
export class DashboardModule {}
