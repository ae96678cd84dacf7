import { Module } from '@nestjs/common';
import { FrameworkDraftsService } from './framework-drafts.service';
import { FrameworkInstallService } from './framework-install.service';
import { FrameworkVersionsRepository } from './framework-versions.repository';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  controllers: [FrameworksController],
  providers: [
    FrameworkVersionsRepository,
    FrameworksService,
    FrameworkDraftsService,
    FrameworkInstallService,
  ],
  exports: [FrameworksService, FrameworkInstallService],
})
export class FrameworksModule {}
