import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        ...dataSourceOptions(
          config.get('databaseUrl', { infer: true }) as string,
          config.get('dbPoolSize', { infer: true }),
        ),
        autoLoadEntities: true,
        migrationsRun: true,
        retryAttempts: 3,
      }),
    }),
  ],
})
export class DatabaseModule {}
