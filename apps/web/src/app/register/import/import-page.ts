import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { FrameworkCategory, ImportPreview } from '@rcp/api-contract';
import {
  CONTEXT_NEEDS,
  PROTOCOL_BASES,
  PROTOCOL_SCOPES,
  PROTOCOL_TYPES,
  REACHES,
} from '@rcp/vocabulary';
import { catchError, of } from 'rxjs';
import { toErrorBody } from '../../shared/forms/api-error';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { ErrorItem } from '../../shared/forms/field-errors';
import { NoticeService } from '../../shared/notice/notice.service';
import {
  basisLabel,
  contextNeedLabel,
  listOf,
  plural,
  reachLabel,
  REGISTER_FILE_COLUMNS,
  scopeLabel,
  typeLabel,
} from '../protocol-text';
import { ProtocolsApi } from '../protocols-api';
import { registerPermissions } from '../register-context';
import { importPreviewView, templateCsvHref } from './import-preview-view';

/** The server takes files up to 5 MB. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(csv|xlsx)$/i;

/**
 * The lead imports a register from a CSV or Excel file: the server checks every row first and
 * the page shows them all, with their problems by line and column. Nothing is written until the
 * whole file is right; then every row is imported in one step.
 */
@Component({
  selector: 'rcp-import-page',
  imports: [RouterLink, MatButtonModule, ErrorSummary],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly protocols = inject(ProtocolsApi);
  private readonly router = inject(Router);
  private readonly notice = inject(NoticeService);

  /** From the route's :councilId. */
  readonly councilId = input.required<string>();

  private readonly permissions = registerPermissions(this.councilId);
  protected readonly canEdit = this.permissions.canEdit;
  protected readonly councilName = this.permissions.ownCouncilName;
  protected readonly registerLink = computed(() => ['/councils', this.councilId(), 'register']);
  protected readonly templateHref = templateCsvHref();

  protected readonly categories = toSignal(
    this.protocols.categories().pipe(catchError(() => of([] as FrameworkCategory[]))),
    { initialValue: [] as FrameworkCategory[] },
  );

  /** What each column accepts, for the guide on the page. */
  protected readonly columnGuide = computed(() =>
    REGISTER_FILE_COLUMNS.map((column) => ({
      header: column.header,
      required: column.required,
      accepts: this.accepts(column.key),
    })),
  );

  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly view = computed(() => {
    const preview = this.preview();
    return preview ? importPreviewView(preview, this.categories()) : null;
  });
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly checking = signal(false);
  protected readonly importing = signal(false);

  /** The problems to list at the top: the upload's, or the checked file's. */
  protected readonly summary = computed(() => {
    const own = this.errors();
    return own.length > 0 ? own : (this.view()?.summary ?? []);
  });

  protected chooseFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.preview.set(null);
    this.errors.set([]);
  }

  protected check(): void {
    if (this.checking()) return;
    const file = this.file();
    const problem = this.fileProblem(file);
    this.preview.set(null);
    if (problem || !file) {
      this.errors.set([{ message: problem ?? 'Select a file', fieldId: 'import-file' }]);
      return;
    }
    this.errors.set([]);
    this.checking.set(true);
    this.protocols.previewImport(this.councilId(), file).subscribe({
      next: (preview) => {
        this.checking.set(false);
        this.preview.set(preview);
        // With problems the error summary takes focus; without, the result does.
        if (preview.fileErrors.length === 0 && preview.errorCount === 0) {
          setTimeout(() => document.getElementById('import-result-heading')?.focus());
        }
      },
      error: (error: unknown) => {
        this.checking.set(false);
        this.errors.set(this.uploadProblems(error, 'Checking the file did not work. Try again.'));
      },
    });
  }

  protected importAll(): void {
    const file = this.file();
    const view = this.view();
    if (!file || !view?.canImport || this.importing()) return;
    this.importing.set(true);
    this.protocols.importFile(this.councilId(), file).subscribe({
      next: (result) => {
        this.importing.set(false);
        this.notice.showAfterNavigation(
          `${plural(result.created, 'protocol')} imported from ${file.name}.`,
        );
        void this.router.navigate(this.registerLink());
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.errors.set(
          this.uploadProblems(error, 'Importing did not work. Nothing was imported. Try again.'),
        );
      },
    });
  }

  private fileProblem(file: File | null): string | null {
    if (!file) return 'Select a CSV or Excel (.xlsx) file';
    if (!ACCEPTED.test(file.name)) return 'The selected file must be a CSV or Excel (.xlsx) file';
    if (file.size === 0) return 'The selected file is empty';
    if (file.size > MAX_FILE_BYTES) return 'The selected file must be smaller than 5 MB';
    return null;
  }

  /** The server's refusal as summary lines: its message, then each problem it listed. */
  private uploadProblems(error: unknown, fallback: string): ErrorItem[] {
    const body = toErrorBody(error, fallback);
    // A 413 without details is a proxy's; the API's own say what the file unpacks to.
    if (body.statusCode === 413 && !body.errors?.length) {
      return [{ message: 'The selected file must be smaller than 5 MB', fieldId: 'import-file' }];
    }
    const listed = (body.errors ?? []).flatMap((e) =>
      e.messages.map((m) => ({
        message: e.field === 'file' ? m : `${e.field.replace(/^line/, 'Line')}: ${m}`,
        fieldId: 'import-file',
      })),
    );
    return [{ message: body.message, fieldId: 'import-file' }, ...listed.slice(0, 10)];
  }

  private accepts(key: string): string {
    switch (key) {
      case 'name':
        return '2 to 200 characters, not already in the register.';
      case 'description':
        return 'Up to 2,000 characters.';
      case 'category':
        return listOf(this.categories().map((c) => c.title)) || 'A category of the framework.';
      case 'type':
        return listOf(PROTOCOL_TYPES.map(typeLabel));
      case 'owner':
        return 'Up to 120 characters.';
      case 'serviceArea':
        return '2 to 120 characters, for example Housing.';
      case 'scope':
        return `${listOf(PROTOCOL_SCOPES.map(scopeLabel))} – it must match the category.`;
      case 'contextNeed':
        return listOf(CONTEXT_NEEDS.map(contextNeedLabel));
      case 'reach':
        return listOf(REACHES.map(reachLabel));
      case 'basis':
        return `${listOf(PROTOCOL_BASES.map(basisLabel))}.`;
      case 'reviewDate':
        return 'A date as DD/MM/YYYY or YYYY-MM-DD.';
      case 'sourceLinks':
        return 'Up to 5 web addresses starting with https://, separated by spaces, commas or semicolons.';
      default:
        return '';
    }
  }
}
