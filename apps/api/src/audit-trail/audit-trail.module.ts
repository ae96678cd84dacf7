import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTrailController } from './audit-trail.controller';
import { AuditTrailService } from './audit-trail.service';
import { AuditEventsRepository } from './audit-events.repository';

/** The append-only trail of security events and writes; every domain module records into it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditTrailController],
  providers: [AuditEventsRepository, AuditTrailService],
  exports: [AuditTrailService, AuditEventsRepository],
})
export class AuditTrailModule {}
