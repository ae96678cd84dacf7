import { ApiPropertyOptional } from '@nestjs/swagger';
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
