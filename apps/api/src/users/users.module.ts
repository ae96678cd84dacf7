import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module';
import { InvitationsRepository } from './invitations.repository';
import { PendingInvitationsService } from './pending-invitations.service';
import { UserAccessService } from './user-access.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), CouncilsModule],
  controllers: [UsersController],
  providers: [
    UsersRepository,
    InvitationsRepository,
    UsersService,
    UserAccessService,
    PendingInvitationsService,
  ],
  exports: [UsersRepository, InvitationsRepository],
})
export class UsersModule {}
