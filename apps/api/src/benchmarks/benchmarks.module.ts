import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { BenchmarksController } from './benchmarks.controller';
import { BenchmarksRepository } from './benchmarks.repository';
import { BenchmarksService } from './benchmarks.service';
import { WhoMadeItWorkService } from './who-made-it-work.service';

@Module({
  imports: [FrameworksModule],
  controllers: [BenchmarksController],
  providers: [BenchmarksRepository, BenchmarksService, WhoMadeItWorkService],
})
export class BenchmarksModule {}
