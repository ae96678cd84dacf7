import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ChangeRoleRequest,
  CreateInvitationRequest,
  VersionedRequest,
} from '@rcp/api-contract';
import { COUNCIL_ROLES, Role, ROLES } from '@rcp/vocabulary';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

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

const VERSION = 'The version of the person you last read; a stale version gets 409.';

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: COUNCIL_ROLES, description: 'A role within the council.' })
  @IsIn(COUNCIL_ROLES, { message: 'must be lead, manager or viewer' })
  role!: Role;

  @VersionField({ description: VERSION })
  version!: number;
}

export class VersionedDto implements VersionedRequest {
  @VersionField({ description: VERSION })
  version!: number;
}
