import { ApiProperty } from '@nestjs/swagger';
import type { TableView } from '@rcp/api-contract';
import { SORT_DIRECTIONS, type SortDirection } from '@rcp/vocabulary';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class TableSortDto {
  @ApiProperty({ example: 'reviewDate', maxLength: 40 })
  @IsString({ message: 'must be a column name' })
  @MaxLength(40, { message: 'must be at most 40 characters' })
  column!: string;

  @ApiProperty({ enum: SORT_DIRECTIONS })
  @IsIn(SORT_DIRECTIONS, { message: `must be one of: ${SORT_DIRECTIONS.join(', ')}` })
  direction!: SortDirection;
}

/** A table view as sent; which column names are allowed depends on the table (checked after). */
export class TableViewDto implements TableView {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: 40 },
    example: ['name', 'owner', 'reviewDate'],
    maxItems: 20,
  })
  @IsArray({ message: 'must be a list of column names' })
  @ArrayMaxSize(20, { message: 'must have at most 20 columns' })
  @ArrayUnique({ message: 'must not name a column twice' })
  @IsString({ each: true, message: 'must be a list of column names' })
  @MaxLength(40, { each: true, message: 'each column name must be at most 40 characters' })
  columns!: string[];

  @ApiProperty({ type: TableSortDto })
  @IsObject({ message: 'must be an object with column and direction' })
  @ValidateNested()
  @Type(() => TableSortDto)
  sort!: TableSortDto;
}
