import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ChangeRoleRequest,
  CreateInvitationRequest,
  PendingInvitation,
  User,
  VersionedRequest,
} from '@rcp/api-contract';
import { COUNCIL_ROLES, Role, ROLES, USER_STATUSES, UserStatus } from '@rcp/vocabulary';
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

export class UserResponse implements User {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) councilId!: string | null;
  @ApiProperty({ nullable: true, type: String }) councilName!: string | null;
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSignInAt!: string | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) councilId!: string | null;
  @ApiProperty({ nullable: true, type: String }) councilName!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiPropertyOptional({ description: 'The single-use link to pass on (no mail server).' })
  acceptUrl?: string;
}

export class PendingInvitationResponse implements PendingInvitation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) councilId!: string | null;
  @ApiProperty({ nullable: true, type: String }) councilName!: string | null;
  @ApiProperty({ format: 'email', nullable: true, type: String }) invitedByEmail!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty() expired!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) userVersion!: number;
}
