import { Module } from '@nestjs/common';
import { ApiTokenCache } from './api-token-cache';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';
import { BearerTokens } from './bearer-tokens';

/** Read-only API tokens: managed here, checked by the access guard through BearerTokens. */
@Module({
  controllers: [ApiTokensController],
  providers: [
    ApiTokensRepository,
    { provide: ApiTokenCache, useFactory: () => new ApiTokenCache() },
    BearerTokens,
    ApiTokensService,
  ],
  exports: [BearerTokens, ApiTokenCache, ApiTokensRepository],
})
export class ApiTokensModule {}
