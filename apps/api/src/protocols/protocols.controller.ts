import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ImportPreview,
  ImportResult,
  LibraryProtocol,
  Protocol,
  ProtocolStory,
} from '@rcp/api-contract';
import type { Response } from 'express';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import {
  AddFromLibraryDto,
  CreateProtocolDto,
  LibraryQuery,
  ListProtocolsQuery,
  RestoreProtocolDto,
  RetireProtocolDto,
  UpdateProtocolDto,
} from './protocol.dto';
import { ProtocolChangesService } from './protocol-changes.service';
import { ProtocolLibraryService } from './protocol-library.service';
import { ProtocolStoryService } from './protocol-story.service';
import { ProtocolsService } from './protocols.service';
import { RegisterImportService } from './register-import.service';
import { RegisterUploadInterceptor } from './register-upload.interceptor';
import { ApiContractResponse, ApiCsvResponse, ApiErrors } from '../api-docs/api-responses';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

interface UploadedRegisterFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const fileBody = {
  schema: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary' } },
    required: ['file'],
  },
};

function requireFile(file: UploadedRegisterFile | undefined): UploadedRegisterFile {
  if (!file) {
    throw new BadRequestException({
      message: 'Choose a file to upload.',
      errors: [{ field: 'file', messages: ['is required: a CSV or Excel (.xlsx) file'] }],
    });
  }
  return file;
}

@ApiTags('protocol register')
@Controller()
export class ProtocolsController {
  constructor(
    private readonly protocols: ProtocolsService,
    private readonly changes: ProtocolChangesService,
    private readonly protocolLibrary: ProtocolLibraryService,
    private readonly imports: RegisterImportService,
    private readonly stories: ProtocolStoryService,
  ) {}

  @Get('protocol-library')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'LibraryProtocol', { isArray: true })
  @ApiOperation({
    summary: 'Common council protocols, each with an inhibiting and an enabling exemplar.',
  })
  library(@Query() query: LibraryQuery): LibraryProtocol[] {
    return this.protocolLibrary.search(query.q, query.category);
  }

  @Get('councils/:councilId/protocols')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'Protocol', { isArray: true })
  @ApiOperation({ summary: "The council's protocol register." })
  list(
    @Param('councilId', uuid) councilId: string,
    @Query() query: ListProtocolsQuery,
  ): Promise<Protocol[]> {
    return this.protocols.list(councilId, query.status ?? 'active');
  }

  @Post('councils/:councilId/protocols')
  @ApiErrors(409)
  @Roles('lead')
  @ApiContractResponse(201, 'Protocol')
  @ApiOperation({ summary: 'Add a protocol to the register.' })
  create(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Body() dto: CreateProtocolDto,
  ): Promise<Protocol> {
    return this.changes.create(actor, councilId, dto);
  }

  @Post('councils/:councilId/protocols/from-library')
  @ApiErrors(409)
  @Roles('lead')
  @ApiContractResponse(201, 'Protocol', { isArray: true })
  @ApiOperation({
    summary:
      'Add protocols from the library in one step (names already in the register are skipped).',
  })
  addFromLibrary(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Body() dto: AddFromLibraryDto,
  ): Promise<Protocol[]> {
    return this.protocolLibrary.addToRegister(actor, councilId, dto.keys);
  }

  @Get('councils/:councilId/protocols/export.csv')
  @Roles(...ALL_ROLES)
  @ApiCsvResponse('The register as CSV (RFC 4180, UTF-8).')
  @ApiOperation({ summary: 'The register as CSV (RFC 4180, UTF-8); it imports back unchanged.' })
  async export(@Param('councilId', uuid) councilId: string, @Res() res: Response): Promise<void> {
    const csv = await this.imports.exportCsv(councilId);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="protocol-register.csv"');
    res.send(csv);
  }

  @Post('councils/:councilId/protocols/import/preview')
  @HttpCode(200)
  @Roles('lead')
  @UseInterceptors(RegisterUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiContractResponse(200, 'ImportPreview')
  @ApiOperation({
    summary:
      'Check a CSV or XLSX register file: every row with its errors by line and column. Writes nothing.',
  })
  preview(
    @Param('councilId', uuid) councilId: string,
    @UploadedFile() file?: UploadedRegisterFile,
  ): Promise<ImportPreview> {
    const f = requireFile(file);
    return this.imports.preview(councilId, f.buffer, f.originalname);
  }

  @Post('councils/:councilId/protocols/import')
  @ApiErrors(409)
  @Roles('lead')
  @UseInterceptors(RegisterUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiContractResponse(201, 'ImportResult')
  @ApiOperation({
    summary:
      'Import a register file: all rows or none (400 with the preview if any row has errors).',
  })
  import(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @UploadedFile() file?: UploadedRegisterFile,
  ): Promise<ImportResult> {
    const f = requireFile(file);
    return this.imports.import(actor, councilId, f.buffer, f.originalname);
  }

  @Get('councils/:councilId/protocols/:protocolId')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'Protocol')
  @ApiOperation({ summary: 'One protocol of the register.' })
  get(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('protocolId', uuid) protocolId: string,
  ): Promise<Protocol> {
    return this.protocols.get(actor, councilId, protocolId);
  }

  @Patch('councils/:councilId/protocols/:protocolId')
  @ApiErrors(409)
  @Roles('lead')
  @ApiContractResponse(200, 'Protocol')
  @ApiOperation({ summary: 'Edit a protocol (send the version you read; 409 if it changed).' })
  update(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('protocolId', uuid) protocolId: string,
    @Body() dto: UpdateProtocolDto,
  ): Promise<Protocol> {
    return this.changes.update(actor, councilId, protocolId, dto);
  }

  @Post('councils/:councilId/protocols/:protocolId/retire')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('lead')
  @ApiContractResponse(200, 'Protocol')
  @ApiOperation({
    summary:
      'Retire a protocol: its history stays, it leaves draft and later audits (a lead can restore it).',
  })
  retire(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('protocolId', uuid) protocolId: string,
    @Body() dto: RetireProtocolDto,
  ): Promise<Protocol> {
    return this.changes.retire(actor, councilId, protocolId, dto.reason, dto.version);
  }

  @Get('councils/:councilId/protocols/:protocolId/story')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'ProtocolStory')
  @ApiOperation({
    summary:
      "A protocol's page in one read: its register entry, its scores and ratings (with evidence, who and when) in every audit that covered it, its library exemplars, its register changes and its planned changes.",
  })
  story(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('protocolId', uuid) protocolId: string,
  ): Promise<ProtocolStory> {
    return this.stories.story(actor, councilId, protocolId);
  }

  @Post('councils/:councilId/protocols/:protocolId/restore')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('lead')
  @ApiContractResponse(200, 'Protocol')
  @ApiOperation({
    summary:
      'Restore a retired protocol: active again, it rejoins draft and later audits; its history stays (send the version you read; 409 if it changed).',
  })
  restore(
    @CurrentActor() actor: Actor,
    @Param('councilId', uuid) councilId: string,
    @Param('protocolId', uuid) protocolId: string,
    @Body() dto: RestoreProtocolDto,
  ): Promise<Protocol> {
    return this.changes.restore(actor, councilId, protocolId, dto.reason, dto.version);
  }
}
