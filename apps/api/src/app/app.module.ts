import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { logDestination } from './log-destination';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { AuditsModule } from '../audits/audits.module';
import { AuthModule } from '../auth/auth.module';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { requestId } from '../common/request-id';
import { CouncilsModule } from '../councils/councils.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { DemoModule } from '../demo/demo.module';
import { FeedsModule } from '../feeds/feeds.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { GettingStartedModule } from '../getting-started/getting-started.module';
import { UsersModule } from '../users/users.module';
import { AppConfig } from '../config/app-config';
import { DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { PlansModule } from '../plans/plans.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { ProtocolsModule } from '../protocols/protocols.module';
import { ReportsModule } from '../reports/reports.module';

@Module({})
export class AppModule {
  /** The whole API, configured from an already validated AppConfig (see config/app-config.ts). */
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config] }),
        LoggerModule.forRoot({
          // Express 5 route syntax (the default '*' logs a conversion warning at every start).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: requestId,
              // Never log secrets: session cookies, CSRF tokens, credentials.
              redact: {
                paths: [
                  'req.headers.cookie',
                  'req.headers.authorization',
                  'req.headers["x-xsrf-token"]',
                  'res.headers["set-cookie"]',
                  '*.password',
                  '*.token',
                ],
                censor: '[redacted]',
              },
              autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
              // Keep request lines short: what was asked, by whom, and the outcome.
              serializers: {
                req: (req: {
                  id: string;
                  method: string;
                  url: string;
                  remoteAddress?: string;
                }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                  remoteAddress: req.remoteAddress,
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
            },
            logDestination(),
          ],
        }),
        DatabaseModule,
        AuditTrailModule,
        AuthModule,
        HealthModule,
        CouncilsModule,
        UsersModule,
        FrameworksModule,
        ProtocolsModule,
        AuditsModule,
        DashboardModule,
        BenchmarksModule,
        PlansModule,
        FeedsModule,
        ReportsModule,
        GettingStartedModule,
        PreferencesModule,
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
