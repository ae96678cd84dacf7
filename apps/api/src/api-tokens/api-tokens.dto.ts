import { ApiProperty } from '@nestjs/swagger';
import { API_TOKEN_NAME_MAX_LENGTH, CreateApiTokenRequest } from '@rcp/api-contract';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Control characters (tabs, line breaks, escapes) have no place in a name shown in a table. */
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @ApiProperty({ example: 'Power BI refresh', minLength: 1, maxLength: API_TOKEN_NAME_MAX_LENGTH })
  @Transform(trim)
  @IsString({ message: 'must be text' })
  @Length(1, API_TOKEN_NAME_MAX_LENGTH, {
    message: `must be between 1 and ${API_TOKEN_NAME_MAX_LENGTH} characters`,
  })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'must not contain control characters' })
  name!: string;

  @ApiProperty({
    example: '2027-03-31',
    format: 'date',
    description: 'The last day the token works (UK time): after today and within a year.',
  })
  @IsString({ message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  expiresOn!: string;
}
