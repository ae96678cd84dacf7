import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { DraftAuditsRepository } from './draft-audits.repository';
import { DraftAuditsSyncService } from './draft-audits-sync.service';
import { ProtocolChangesService } from './protocol-changes.service';
import { ProtocolLibraryService } from './protocol-library.service';
import { ProtocolStoryQueries } from './protocol-story.queries';
import { ProtocolStoryService } from './protocol-story.service';
import { ProtocolsController } from './protocols.controller';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolsService } from './protocols.service';
import { RegisterFileReader } from './register-file';
import { RegisterImportService } from './register-import.service';

@Module({
  imports: [FrameworksModule],
  controllers: [ProtocolsController],
  providers: [
    ProtocolsRepository,
    DraftAuditsRepository,
    ProtocolsService,
    ProtocolChangesService,
    ProtocolLibraryService,
    DraftAuditsSyncService,
    RegisterImportService,
    ProtocolStoryQueries,
    ProtocolStoryService,
    // Plain class with its defaults: a worker pool shared by every upload.
    { provide: RegisterFileReader, useFactory: () => new RegisterFileReader() },
  ],
  exports: [ProtocolsService],
})
export class ProtocolsModule {}
