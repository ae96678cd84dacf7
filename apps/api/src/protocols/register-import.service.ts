import { BadRequestException, HttpException, Injectable } from '@nestjs/common';
import type { ImportPreview, ImportResult } from '@rcp/api-contract';
import { Actor } from '../auth/actor';
import { ProtocolChangesService } from './protocol-changes.service';
import { ProtocolsService } from './protocols.service';
import {
  checkRegisterTable,
  RegisterFileReader,
  registerToCsv,
  rowLimitOf,
  toProtocolFields,
} from './register-file';

/** Import (preview, then all-or-nothing) and export of a council's register file. */
@Injectable()
export class RegisterImportService {
  constructor(
    private readonly protocols: ProtocolsService,
    private readonly changes: ProtocolChangesService,
    private readonly reader: RegisterFileReader,
  ) {}

  /** A file too big to read is refused outright (413, or 429 when too many are being read). */
  async preview(councilId: string, file: Buffer, fileName: string): Promise<ImportPreview> {
    const context = {
      categories: await this.protocols.categories(),
      existingNames: (await this.protocols.list(councilId, 'all')).map((p) => p.name),
    };
    const read = await this.reader.read(file, fileName, rowLimitOf(context));
    if (read.refusal) {
      const { status, message } = read.refusal;
      throw new HttpException(
        {
          message: 'The file could not be checked, so nothing was imported.',
          errors: [{ field: 'file', messages: [message] }],
          ...(status === 429 ? { retryAfter: 5 } : {}),
        },
        status,
      );
    }
    return checkRegisterTable(read, context);
  }

  /** Writes nothing unless every row is valid; the file is checked again, never trusted from a preview. */
  async import(
    actor: Actor,
    councilId: string,
    file: Buffer,
    fileName: string,
  ): Promise<ImportResult> {
    const preview = await this.preview(councilId, file, fileName);
    if (!preview.canImport) {
      throw new BadRequestException({
        message: 'The file has problems: nothing was imported. Fix them and upload it again.',
        errors: [
          ...preview.fileErrors.map((m) => ({ field: 'file', messages: [m] })),
          ...preview.rows.flatMap((r) =>
            r.errors.map((e) => ({ field: `line ${e.line}, ${e.column}`, messages: [e.message] })),
          ),
        ].slice(0, 200),
      });
    }
    const created = await this.changes.createMany(
      actor,
      councilId,
      preview.rows.map(toProtocolFields),
    );
    return { created };
  }

  async exportCsv(councilId: string): Promise<string> {
    const protocols = await this.protocols.list(councilId, 'active');
    return registerToCsv(protocols, await this.protocols.categories());
  }
}
