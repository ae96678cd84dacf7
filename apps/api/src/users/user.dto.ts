import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  LoginRequest,
  Role,
  ROLES,
} from '@rcp/api-contract';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'sam.jones@northfield.gov.example' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Sam Jones' })
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'must be between 1 and 120 characters' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'must be coordinator, lead, manager or viewer' })
  role!: Role;

  @ApiPropertyOptional({ description: 'Required for council roles; omit for a coordinator.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'lead@northfield.demo.example' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1024, { message: 'must not be empty' })
  password!: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;
}

export class ListAuditEventsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'must be a council id' })
  councilId?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset?: number;
}
