import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ReportsController } from './reports.controller';
import { ReportsQueries } from './reports.queries';
import { ReportsService } from './reports.service';

@Module({
  imports: [FrameworksModule],
  controllers: [ReportsController],
  providers: [ReportsQueries, ReportsService],
})
export class ReportsModule {}
