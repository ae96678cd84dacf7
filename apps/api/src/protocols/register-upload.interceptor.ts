import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { refusals } from './register-file';

/** The largest register file accepted, before it is unpacked (see RegisterFileLimits for after). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const RegisterMulter = FileInterceptor('file', {
  // One file and nothing much beside it: multer stops reading the request past these.
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 11 },
});

/**
 * Reads the multipart upload of a register file into memory, and states multer's refusals (too
 * large, a file under another name, a broken form) in the one error shape, naming `file`.
 */
@Injectable()
export class RegisterUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor = new RegisterMulter();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new PayloadTooLargeException({
          message: 'The file could not be checked, so nothing was imported.',
          errors: [{ field: 'file', messages: [refusals.fileTooLarge(MAX_UPLOAD_BYTES).message] }],
        });
      }
      if (error instanceof BadRequestException) {
        throw new BadRequestException({
          message: 'The upload could not be read.',
          errors: [
            {
              field: 'file',
              messages: ['must be one CSV or Excel (.xlsx) file, sent in the form field "file"'],
            },
          ],
        });
      }
      throw error;
    }
  }
}
