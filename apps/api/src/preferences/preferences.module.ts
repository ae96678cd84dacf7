import { Module } from '@nestjs/common';
import { TableViewsController } from './table-views.controller';
import { TableViewsRepository } from './table-views.repository';
import { TableViewsService } from './table-views.service';

/** What each user chooses for themselves: for now, how their tables look. */
@Module({
  controllers: [TableViewsController],
  providers: [TableViewsRepository, TableViewsService],
})
export class PreferencesModule {}
