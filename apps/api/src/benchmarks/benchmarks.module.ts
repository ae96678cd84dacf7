import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { BenchmarksController } from './benchmarks.controller';
import { BenchmarkModelService } from './benchmark-model.service';
import { BenchmarksRepository } from './benchmarks.repository';
import { BenchmarksService } from './benchmarks.service';
import { WhoMadeItWorkService } from './who-made-it-work.service';

@Module({
  imports: [FrameworksModule],
  controllers: [BenchmarksController],
  providers: [BenchmarksRepository, BenchmarkModelService, BenchmarksService, WhoMadeItWorkService],
})
export class BenchmarksModule {}
