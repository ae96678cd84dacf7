import { ApiProperty } from '@nestjs/swagger';
import { AcceptInvitationRequest, LoginRequest } from '@rcp/api-contract';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'lead@northfield.demo.example', format: 'email', maxLength: 254 })
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 1024 })
  @IsString()
  @Length(1, 1024, { message: 'must not be empty' })
  password!: string;
}
