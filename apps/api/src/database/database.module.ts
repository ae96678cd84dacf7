import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsOnce } from './run-migrations';

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
        retryAttempts: 3,
      }),
      // Migrations run before anything uses the database, under a lock shared by every process.
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('no database options');
        const db = await new DataSource(options).initialize();
        try {
          await runMigrationsOnce(db);
        } catch (error) {
          await db.destroy();
          throw error;
        }
        return db;
      },
    }),
  ],
})
export class DatabaseModule {}
