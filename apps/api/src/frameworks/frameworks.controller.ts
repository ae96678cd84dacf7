import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  PipeTransform,
  Post,
  Put,
  Patch,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FrameworkComparison, FrameworkVersion, FrameworkVersionSummary } from '@rcp/api-contract';
import { FRAMEWORK_ITEM_LAYERS, FrameworkItemLayer } from '@rcp/vocabulary';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import {
  CompareQuery,
  ITEM_KEY,
  PublishFrameworkDto,
  RevisionDto,
  RevisionQuery,
  UpdateFrameworkSettingsDto,
  UpsertFrameworkItemDto,
} from './framework.dto';
import { FrameworkDraftsService } from './framework-drafts.service';
import { FrameworksService } from './frameworks.service';
import { NoBody } from '../common/no-body.pipe';
import { ApiContractResponse, ApiEmptyResponse, ApiErrors } from '../api-docs/api-responses';

/** A version number in the path: anything that is not one (or is too big to be one) is not found. */
class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const number = /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(number))
      throw new NotFoundException(`There is no framework version ${value}.`);
    return number;
  }
}
const versionNumber = new VersionNumberPipe();

/** Unknown layers and malformed keys are "not found", like any other missing item. */
class LayerPipe implements PipeTransform<string, FrameworkItemLayer> {
  transform(value: string): FrameworkItemLayer {
    if (!(FRAMEWORK_ITEM_LAYERS as readonly string[]).includes(value))
      throw new NotFoundException('No such layer.');
    return value as FrameworkItemLayer;
  }
}
class KeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ITEM_KEY.test(value) || value.length > 60) {
      throw new NotFoundException(
        'Item keys are lower-case words joined by hyphens, e.g. "mutual-trust".',
      );
    }
    return value;
  }
}

@ApiTags('framework')
@Controller('frameworks')
export class FrameworksController {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly drafts: FrameworkDraftsService,
  ) {}

  @Get('current')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({ summary: 'The latest published framework version, with every layer.' })
  current(): Promise<FrameworkVersion> {
    return this.frameworks.current();
  }

  @Get('versions')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'FrameworkVersionSummary', { isArray: true })
  @ApiOperation({ summary: 'Every version, newest first.' })
  async versions(@CurrentActor() actor: Actor): Promise<FrameworkVersionSummary[]> {
    // Drafts are work in progress: only coordinators see them.
    const all = await this.frameworks.versions();
    return actor.role === 'coordinator' ? all : all.filter((v) => v.status === 'published');
  }

  @Get('compare')
  @ApiErrors(404) // a version that does not exist
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'FrameworkComparison')
  @ApiOperation({ summary: 'Items added, changed and retired between two versions.' })
  compare(
    @CurrentActor() actor: Actor,
    @Query() query: CompareQuery,
  ): Promise<FrameworkComparison> {
    // Drafts are the coordinators' work in progress: for anyone else they do not exist.
    return this.frameworks.compare(query.from, query.to, actor.role === 'coordinator');
  }

  @Get('versions/:number')
  @Roles(...ALL_ROLES)
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({ summary: 'One version, with every layer.' })
  async version(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
  ): Promise<FrameworkVersion> {
    const version = await this.frameworks.version(number);
    if (version.status === 'draft' && actor.role !== 'coordinator') {
      throw new NotFoundException(`There is no framework version ${number}.`);
    }
    return version;
  }

  @Post('versions')
  @ApiErrors(409)
  @Roles('coordinator')
  @ApiContractResponse(201, 'FrameworkVersion')
  @ApiOperation({ summary: 'Start a draft: a copy of the latest version (409 if a draft exists).' })
  createDraft(@CurrentActor() actor: Actor, @NoBody() _body: undefined): Promise<FrameworkVersion> {
    return this.drafts.createDraft(actor);
  }

  @Patch('versions/:number')
  @ApiErrors(409)
  @Roles('coordinator')
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({ summary: "Change a draft's name, notes and scoring settings." })
  updateSettings(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
    @Body() dto: UpdateFrameworkSettingsDto,
  ): Promise<FrameworkVersion> {
    return this.drafts.updateSettings(actor, number, dto);
  }

  @Delete('versions/:number')
  @HttpCode(204)
  @Roles('coordinator')
  @ApiEmptyResponse('Discarded.')
  @ApiErrors(409)
  @ApiOperation({
    summary: 'Discard a draft, given the revision last read (409 if it has changed since).',
  })
  discard(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
    @Query() query: RevisionQuery,
    @NoBody() _body: undefined,
  ): Promise<void> {
    return this.drafts.discardDraft(actor, number, query.revision);
  }

  @Put('versions/:number/items/:layer/:key')
  @ApiErrors(409)
  @Roles('coordinator')
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({ summary: 'Add or change an item of a draft (409 on a published version).' })
  upsertItem(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
    @Param('layer', LayerPipe) layer: FrameworkItemLayer,
    @Param('key', KeyPipe) key: string,
    @Body() dto: UpsertFrameworkItemDto,
  ): Promise<FrameworkVersion> {
    return this.drafts.upsertItem(actor, number, layer, key, dto);
  }

  @Post('versions/:number/items/:layer/:key/retire')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator')
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({
    summary:
      'Retire an item from a draft (earlier versions keep it under its key; adding that key again restores it).',
  })
  retireItem(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
    @Param('layer', LayerPipe) layer: FrameworkItemLayer,
    @Param('key', KeyPipe) key: string,
    @Body() dto: RevisionDto,
  ): Promise<FrameworkVersion> {
    return this.drafts.retireItem(actor, number, layer, key, dto.revision);
  }

  @Post('versions/:number/publish')
  @ApiErrors(409)
  @HttpCode(200)
  @Roles('coordinator')
  @ApiContractResponse(200, 'FrameworkVersion')
  @ApiOperation({
    summary: 'Publish a draft with its release notes; it can never change afterwards.',
  })
  publish(
    @CurrentActor() actor: Actor,
    @Param('number', versionNumber) number: number,
    @Body() dto: PublishFrameworkDto,
  ): Promise<FrameworkVersion> {
    return this.drafts.publish(actor, number, dto.revision, dto.releaseNotes);
  }
}
