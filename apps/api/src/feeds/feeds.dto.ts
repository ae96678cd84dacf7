import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditFeedRow, FeedPage, RatingFeedRow } from '@rcp/api-contract';
import { PERSPECTIVES, PROTOCOL_SCOPES } from '@rcp/vocabulary';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** A feed page's default and largest size. */
export const FEED_PAGE_LIMIT = { default: 1000, max: 10_000 } as const;

export class FeedPageQuery {
  @ApiPropertyOptional({
    description: 'From the previous page’s `nextCursor`; leave out for the first page.',
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  cursor?: string;

  @ApiPropertyOptional({
    default: FEED_PAGE_LIMIT.default,
    minimum: 1,
    maximum: FEED_PAGE_LIMIT.max,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: `must be from 1 to ${FEED_PAGE_LIMIT.max}` })
  @Max(FEED_PAGE_LIMIT.max, { message: `must be from 1 to ${FEED_PAGE_LIMIT.max}` })
  limit?: number;
}

export class RatingFeedRowResponse implements RatingFeedRow {
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty() councilName!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() auditLabel!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ format: 'uuid' }) protocolId!: string;
  @ApiProperty() protocolName!: string;
  @ApiProperty() category!: string;
  @ApiProperty() serviceArea!: string;
  @ApiProperty({ enum: PROTOCOL_SCOPES }) scope!: RatingFeedRow['scope'];
  @ApiProperty({ description: 'The principle’s stable key.' }) principleKey!: string;
  @ApiProperty({ enum: PERSPECTIVES }) perspective!: RatingFeedRow['perspective'];
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: -2,
    maximum: 2,
    description: '−2 strongly inhibits … +2 strongly enables; null when not applicable.',
  })
  value!: number | null;
  @ApiProperty({ description: 'Kept from the audit before without being looked at again.' })
  carriedForward!: boolean;
  @ApiProperty({ type: 'string', format: 'date', nullable: true }) evidenceDate!: string | null;
}

export class RatingFeedPageResponse implements FeedPage<RatingFeedRow> {
  @ApiProperty({ type: [RatingFeedRowResponse] }) items!: RatingFeedRowResponse[];
  @ApiProperty({ type: 'string', nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}

export class AuditFeedRowResponse implements AuditFeedRow {
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty() councilName!: string;
  @ApiProperty() councilType!: string;
  @ApiProperty() region!: string;
  @ApiProperty() populationBand!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() auditLabel!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ type: 'integer' }) frameworkVersion!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ enum: PERSPECTIVES, isArray: true }) perspectives!: AuditFeedRow['perspectives'];
  @ApiProperty({ type: 'number', nullable: true, minimum: -100, maximum: 100 })
  index!: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: -100, maximum: 100 })
  widerIndex!: number | null;
  @ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1 })
  coverage!: number | null;
  @ApiProperty({ type: 'boolean', nullable: true }) provisional!: boolean | null;
  @ApiProperty({ type: 'integer', nullable: true }) mismatches!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) protocolLoad!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) widerProtocolLoad!: number | null;
}

export class AuditFeedPageResponse implements FeedPage<AuditFeedRow> {
  @ApiProperty({ type: [AuditFeedRowResponse] }) items!: AuditFeedRowResponse[];
  @ApiProperty({ type: 'string', nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}
