import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditFeedRow, FeedPage, RatingFeedRow } from '@rcp/api-contract';
import type { Response } from 'express';
import { ALL_ROLES, Roles } from '../auth/access.decorators';
import { FeedPageQuery } from './feeds.dto';
import { FeedsService } from './feeds.service';
import { ApiContractResponse, ApiCsvResponse } from '../api-docs/api-responses';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
const NETWORK = { network: true } as const;
const CSV_BODY =
  'CSV (RFC 4180, UTF-8 with a byte-order mark), a header row of the JSON field names.';

/**
 * Data feeds for BI tools (Power BI, Excel, R…): submitted audits only. A council's people read
 * their own council's; coordinators read any council's, and the network's (every active council,
 * named, as coordinators see them in benchmarks). Evidence text is left out: it is free text that
 * may name people, and a bulk feed is the wrong place for it.
 */
@ApiTags('feeds')
@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('councils/:councilId/feeds/ratings')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'RatingFeedPage')
  @ApiOperation({ summary: "A council's ratings in long format, a page at a time." })
  councilRatings(
    @Param('councilId', uuid) councilId: string,
    @Query() q: FeedPageQuery,
  ): Promise<FeedPage<RatingFeedRow>> {
    return this.feeds.ratings({ councilId }, q);
  }

  @Get('councils/:councilId/feeds/ratings.csv')
  @Roles(...ALL_ROLES)
  @ApiCsvResponse(CSV_BODY)
  @ApiOperation({ summary: "A council's ratings in long format, the whole feed as CSV." })
  councilRatingsCsv(
    @Param('councilId', uuid) councilId: string,
    @Res() res: Response,
  ): Promise<void> {
    return this.feeds.ratingsCsv({ councilId }, res, 'ratings.csv');
  }

  @Get('councils/:councilId/feeds/audits')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'AuditFeedPage')
  @ApiOperation({ summary: "A council's submitted audits with their headline figures." })
  councilAudits(
    @Param('councilId', uuid) councilId: string,
    @Query() q: FeedPageQuery,
  ): Promise<FeedPage<AuditFeedRow>> {
    return this.feeds.audits({ councilId }, q);
  }

  @Get('councils/:councilId/feeds/audits.csv')
  @Roles(...ALL_ROLES)
  @ApiCsvResponse(CSV_BODY)
  @ApiOperation({ summary: "A council's submitted audits as CSV." })
  councilAuditsCsv(
    @Param('councilId', uuid) councilId: string,
    @Res() res: Response,
  ): Promise<void> {
    return this.feeds.auditsCsv({ councilId }, res, 'audits.csv');
  }

  @Get('network/feeds/ratings')
  @Roles('coordinator')
  @ApiContractResponse(200, 'RatingFeedPage')
  @ApiOperation({ summary: "Every active council's ratings in long format, a page at a time." })
  networkRatings(@Query() q: FeedPageQuery): Promise<FeedPage<RatingFeedRow>> {
    return this.feeds.ratings(NETWORK, q);
  }

  @Get('network/feeds/ratings.csv')
  @Roles('coordinator')
  @ApiCsvResponse(CSV_BODY)
  @ApiOperation({ summary: "Every active council's ratings, streamed as one CSV." })
  networkRatingsCsv(@Res() res: Response): Promise<void> {
    return this.feeds.ratingsCsv(NETWORK, res, 'network-ratings.csv');
  }

  @Get('network/feeds/audits')
  @Roles('coordinator')
  @ApiContractResponse(200, 'AuditFeedPage')
  @ApiOperation({ summary: "Every active council's submitted audits, a page at a time." })
  networkAudits(@Query() q: FeedPageQuery): Promise<FeedPage<AuditFeedRow>> {
    return this.feeds.audits(NETWORK, q);
  }

  @Get('network/feeds/audits.csv')
  @Roles('coordinator')
  @ApiCsvResponse(CSV_BODY)
  @ApiOperation({ summary: "Every active council's submitted audits as CSV." })
  networkAuditsCsv(@Res() res: Response): Promise<void> {
    return this.feeds.auditsCsv(NETWORK, res, 'network-audits.csv');
  }
}
