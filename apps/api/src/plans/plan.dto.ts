import {
  PLAN_CHANGE_KINDS,
  PLAN_CHANGE_STATUSES,
  PLAN_PRIORITIES,
  PlanChangeKind,
  PlanChangeStatus,
  PlanPriority,
} from '@rcp/vocabulary';
import {
  CONTEXT_NEEDS,
  ContextNeed,
  PROTOCOL_SCOPES,
  PROTOCOL_TYPES,
  ProtocolScope,
  ProtocolType,
  REACHES,
  Reach,
} from '@rcp/vocabulary';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AddPlanNoteRequest,
  ChangePlanStatusRequest,
  CreatePlanChangeRequest,
  NewProtocolFields,
  TargetRatings,
  UpdatePlanChangeRequest,
} from '@rcp/api-contract';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../common/is-omittable';
import { VersionField } from '../common/version-field';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TARGETS_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: -2, maximum: 2, nullable: true },
  example: { 'relationships-first': 2, 'continuity-over-time': 1 },
  description:
    'Target rating per principle key: −2…2, or null (not applicable). Keys must be principles that apply to the protocol’s context need in the current framework.',
} as const;

export class NewProtocolDto implements Partial<NewProtocolFields> {
  @ApiPropertyOptional({
    example: 'Named key worker for every family',
    minLength: 2,
    maxLength: 200,
  })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  name?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 80,
    description: 'A category key of the current framework.',
  })
  @IsOmittable()
  @IsString()
  @Length(1, 80)
  category?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_TYPES })
  @IsOmittable()
  @IsIn(PROTOCOL_TYPES, { message: `must be one of ${PROTOCOL_TYPES.join(', ')}` })
  type?: ProtocolType;

  @ApiPropertyOptional({ example: "Children's social care", minLength: 2, maxLength: 120 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'must be between 2 and 120 characters' })
  serviceArea?: string;

  @ApiPropertyOptional({ enum: PROTOCOL_SCOPES })
  @IsOmittable()
  @IsIn(PROTOCOL_SCOPES, { message: 'must be organisational or wider' })
  scope?: ProtocolScope;

  @ApiPropertyOptional({ enum: CONTEXT_NEEDS })
  @IsOmittable()
  @IsIn(CONTEXT_NEEDS, { message: 'must be relational, transactional or mixed' })
  contextNeed?: ContextNeed;

  @ApiPropertyOptional({ enum: REACHES })
  @IsOmittable()
  @IsIn(REACHES, { message: 'must be low, medium or high' })
  reach?: Reach;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: 1,
    maxLength: 80,
    description: 'A protocol library key; alone, it supplies every other field.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 80)
  libraryKey?: string | null;
}

class PlanChangeFieldsDto {
  @ApiPropertyOptional({ type: NewProtocolDto })
  @IsOmittable()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => NewProtocolDto)
  newProtocol?: NewProtocolDto;

  @ApiPropertyOptional({ example: '', maxLength: 4000 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(0, 4000, { message: 'must be at most 4000 characters' })
  rationale?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'A user of the council.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be the id of a user of the council' })
  ownerUserId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    minLength: 1,
    maxLength: 120,
    example: 'Early help team',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'must be between 1 and 120 characters' })
  ownerTeam?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: PLAN_PRIORITIES, default: 'medium' })
  @IsOmittable()
  @IsIn(PLAN_PRIORITIES, { message: 'must be high, medium or low' })
  priority?: PlanPriority;

  @ApiPropertyOptional(TARGETS_SCHEMA)
  @IsOmittable()
  @IsObject({ message: 'must be an object of principle key → rating' })
  targetRatings?: TargetRatings;
}

export class CreatePlanChangeDto extends PlanChangeFieldsDto implements CreatePlanChangeRequest {
  @ApiProperty({ enum: PLAN_CHANGE_KINDS })
  @IsIn(PLAN_CHANGE_KINDS, { message: 'must be amend, replace, retire or introduce' })
  kind!: PlanChangeKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for amend, replace and retire.' })
  @IsOmittable()
  @IsUUID('all', { message: 'must be the id of a protocol of the council' })
  protocolId?: string;

  @ApiProperty({ example: 'Cap and weight caseloads', minLength: 2, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  title!: string;

  @ApiPropertyOptional({ enum: ['proposed', 'agreed', 'in-progress'], default: 'proposed' })
  @IsOmittable()
  @IsIn(['proposed', 'agreed', 'in-progress'], {
    message: 'must be proposed, agreed or in-progress',
  })
  status?: 'proposed' | 'agreed' | 'in-progress';
}

export class UpdatePlanChangeDto extends PlanChangeFieldsDto implements UpdatePlanChangeRequest {
  @VersionField({ description: 'The version you read.' })
  version!: number;

  @ApiPropertyOptional({ example: 'Cap and weight caseloads', minLength: 2, maxLength: 200 })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters' })
  title?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The register protocol that resulted from an introduce or replace.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be the id of a protocol of the council' })
  resultProtocolId?: string | null;
}

export class ChangePlanStatusDto implements ChangePlanStatusRequest {
  @ApiProperty({ enum: PLAN_CHANGE_STATUSES })
  @IsIn(PLAN_CHANGE_STATUSES, {
    message: 'must be proposed, agreed, in-progress, done or dropped',
  })
  status!: PlanChangeStatus;

  @VersionField({ description: 'The version you read.' })
  version!: number;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 4000,
    description: 'A note recorded with the status change.',
  })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @Length(1, 4000, { message: 'must be between 1 and 4000 characters' })
  note?: string;
}

export class AddPlanNoteDto implements AddPlanNoteRequest {
  @ApiProperty({
    example: 'Agreed at the leadership team on 3 March.',
    minLength: 1,
    maxLength: 4000,
  })
  @Transform(trim)
  @IsString()
  @Length(1, 4000, { message: 'must be between 1 and 4000 characters' })
  text!: string;
}

const ids = ({ value }: { value: unknown }): string[] => {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);
};

export class PlanProjectionQuery {
  @ApiPropertyOptional({ description: 'Also project proposed changes.', default: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  includeProposed?: boolean;

  @ApiPropertyOptional({
    description: 'Change ids to project besides the default selection (comma-separated).',
    type: String,
  })
  @IsOptional()
  @Transform(ids)
  @IsUUID('all', { each: true, message: 'must be change ids' })
  include?: string[];

  @ApiPropertyOptional({
    description: 'Change ids to leave out of the selection (comma-separated).',
    type: String,
  })
  @IsOptional()
  @Transform(ids)
  @IsUUID('all', { each: true, message: 'must be change ids' })
  exclude?: string[];
}

export class SuggestedTargetsQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be the id of a protocol of the council' })
  protocolId!: string;
}
