import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ApiTokensModule } from '../api-tokens/api-tokens.module';
import { AppConfig } from '../config/app-config';
import { CouncilsModule } from '../councils/councils.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MemoryThrottlerStorage } from './memory-throttler.storage';
import { RateLimitsRepository } from './rate-limits.repository';
import { SessionCache } from './session-cache';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';
import { XsrfCookieMiddleware } from './xsrf-cookie.middleware';

@Global()
@Module({
  imports: [
    ApiTokensModule,
    CouncilsModule,
    UsersModule,
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        throttlers: [
          {
            name: 'default',
            ttl: 60_000,
            limit: config.get('rateLimitPerMinute', { infer: true }),
          },
        ],
        // One bucket per client address across the whole API (the library's default key is per
        // route). The tracker is req.ip (TRUST_PROXY decides it), IPv6 grouped by /64.
        generateKey: (_context, tracker) => `address:${tracker}`,
        // Counted per process, without a database write per request; see MemoryThrottlerStorage.
        storage: new MemoryThrottlerStorage(),
        errorMessage: 'Too many requests. Wait a minute and try again.',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    SessionsRepository,
    { provide: SessionCache, useFactory: () => new SessionCache() },
    RateLimitsRepository,
    SessionsService,
    AuthService,
    SignInThrottle,
    // Order matters: rate limits first, then sign-in, CSRF, roles and council scope.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(XsrfCookieMiddleware).forRoutes('{*path}');
  }
}
