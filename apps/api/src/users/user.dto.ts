import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateInvitationRequest } from '@rcp/api-contract';
import { Role, ROLES } from '@rcp/vocabulary';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsOmittable } from '../common/is-omittable';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'sam.jones@northfield.gov.example', format: 'email', maxLength: 254 })
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Sam Jones', minLength: 1, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'must be between 1 and 120 characters' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'must be coordinator, lead, manager or viewer' })
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for council roles; omit for a coordinator.',
  })
  @IsOmittable()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;
}
