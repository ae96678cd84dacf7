import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilEntity } from './council.entity';
import { CouncilsController } from './councils.controller';
import { CouncilsRepository } from './councils.repository';
import { CouncilsService } from './councils.service';

@Module({
  imports: [TypeOrmModule.forFeature([CouncilEntity])],
  controllers: [CouncilsController],
  providers: [CouncilsRepository, CouncilsService],
  exports: [CouncilsService, CouncilsRepository],
})
export class CouncilsModule {}
