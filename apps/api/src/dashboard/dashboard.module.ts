import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [FrameworksModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
