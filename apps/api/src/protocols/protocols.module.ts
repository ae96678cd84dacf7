import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ProtocolsController } from './protocols.controller';
import { ProtocolsService } from './protocols.service';
import { RegisterImportService } from './register-import.service';

@Module({
  imports: [FrameworksModule],
  controllers: [ProtocolsController],
  providers: [ProtocolsService, RegisterImportService],
  exports: [ProtocolsService],
})
export class ProtocolsModule {}
