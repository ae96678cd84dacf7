import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { DemoSeedService } from './demo-seed.service';
import { DemoRepository } from './demo.repository';

@Module({
  imports: [FrameworksModule],
  providers: [DemoRepository, DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
