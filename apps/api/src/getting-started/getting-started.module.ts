import { Module } from '@nestjs/common';
import { GettingStartedController } from './getting-started.controller';
import { GettingStartedQueries } from './getting-started.queries';

/** The getting-started checklist a new council's lead and managers see on their home page. */
@Module({
  controllers: [GettingStartedController],
  providers: [GettingStartedQueries],
})
export class GettingStartedModule {}
