import { HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditFeedRow, FeedPage, RatingFeedRow } from '@rcp/api-contract';
import type { Response } from 'express';
import type { Pool, PoolClient } from 'pg';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from './feed-cursor';
import {
  auditsCsvSql,
  copyOut,
  auditsPage,
  FeedScope,
  RatingKey,
  ratingsCsvSql,
  ratingsPage,
} from './feeds.queries';
import { FEED_PAGE_LIMIT, FeedPageQuery } from './feeds.dto';

/**
 * A CSV feed holds one of the pool's database connections for as long as it streams: at most this
 * many at once per API process, so downloads never starve everyone else's requests.
 */
export const CSV_STREAMS_AT_ONCE = 2;
/** A reader who takes nothing for this long is cut off, freeing the connection. */
export const CSV_IDLE_SECONDS = 60;

/** Long-format data for BI tools: JSON pages with a cursor, or the whole feed streamed as CSV. */
@Injectable()
export class FeedsService {
  private readonly logger = new Logger(FeedsService.name);
  private streaming = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ratings(scope: FeedScope, q: FeedPageQuery): Promise<FeedPage<RatingFeedRow>> {
    const limit = q.limit ?? FEED_PAGE_LIMIT.default;
    const after = q.cursor
      ? (decodeCursor(q.cursor, ['uuid', 'uuid', 'key', 'key']) as RatingKey)
      : null;
    const items = await ratingsPage(this.db, scope, after, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        items.length === limit && last
          ? encodeCursor([last.auditId, last.protocolId, last.principleKey, last.perspective])
          : null,
    };
  }

  async audits(scope: FeedScope, q: FeedPageQuery): Promise<FeedPage<AuditFeedRow>> {
    const limit = q.limit ?? FEED_PAGE_LIMIT.default;
    const after = q.cursor ? decodeCursor(q.cursor, ['uuid'])[0] : null;
    const items = await auditsPage(this.db, scope, after, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: items.length === limit && last ? encodeCursor([last.auditId]) : null,
    };
  }

  ratingsCsv(scope: FeedScope, res: Response, fileName: string): Promise<void> {
    return this.streamCsv((quote) => ratingsCsvSql(scope, quote), res, fileName);
  }

  auditsCsv(scope: FeedScope, res: Response, fileName: string): Promise<void> {
    return this.streamCsv((quote) => auditsCsvSql(scope, quote), res, fileName);
  }

  /**
   * Streams PostgreSQL's COPY output to the response with back-pressure: memory stays flat
   * however large the feed. A caller who goes away mid-stream ends the COPY: that connection
   * is discarded rather than returned to the pool half-way through a COPY.
   */
  private async streamCsv(
    sql: (quote: (value: string) => string) => string,
    res: Response,
    fileName: string,
  ): Promise<void> {
    if (this.streaming >= CSV_STREAMS_AT_ONCE) {
      throw new HttpException(
        {
          message: 'Other downloads of a whole feed are under way. Try again in a minute.',
          retryAfter: 30,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.streaming++;
    const pool = (this.db.driver as unknown as { master: Pool }).master;
    let client: PoolClient | undefined;
    let failure: Error | undefined;
    try {
      const connected = await pool.connect();
      client = connected;
      res.setTimeout(CSV_IDLE_SECONDS * 1000, () => res.destroy());
      const rows = copyOut(
        connected,
        sql((v) => connected.escapeLiteral(v)),
      );
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      // Excel reads UTF-8 only with a byte-order mark; BI tools skip it.
      res.write('\uFEFF');
      await pipeline(rows, res);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      if (!res.headersSent) throw error;
      // Past the headers the status is sent: all that is left is to cut the download short.
      this.logger.warn(`A CSV feed stopped part-way: ${failure.message}`);
      res.destroy();
    } finally {
      client?.release(failure);
      this.streaming--;
    }
  }
}
