import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Council, CreateInvitationRequest, Invitation } from '@rcp/api-contract';
import { Role, ROLE_LABELS } from '@rcp/vocabulary';
import { toErrorBody } from '../../shared/forms/api-error';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { UsersApi } from './users-api';

type Field = 'email' | 'displayName' | 'role' | 'councilId';

const MESSAGES: ErrorMessages<Field> = {
  email: {
    required: 'Enter their email address',
    email: 'Enter an email address in the right format, like name@example.gov.uk',
    maxlength: 'The email address must be 254 characters or fewer',
  },
  displayName: {
    required: 'Enter their name',
    maxlength: 'The name must be 120 characters or fewer',
  },
  role: { required: 'Select their role' },
  councilId: { required: 'Select their council' },
};

const LABELS: Record<Field, string> = {
  email: 'Email address',
  displayName: 'Name',
  role: 'Role',
  councilId: 'Council',
};

/**
 * Invites a person: the server answers with a single-use link to pass on. A coordinator picks the
 * role and council; a lead invites to their own council (`council` given, no choice shown).
 */
@Component({
  selector: 'rcp-invite-user-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    ErrorSummary,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './invite-user-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteUserForm {
  private readonly users = inject(UsersApi);

  /** The roles that may be given. */
  readonly roles = input.required<readonly Role[]>();
  /** The councils to choose from (coordinator). */
  readonly councils = input<readonly Council[]>([]);
  /** The one council people are invited to (lead); hides the council choice. */
  readonly fixedCouncil = input<{ id: string; name: string } | null>(null);
  readonly idPrefix = input('invite-');

  readonly invited = output<Invitation>();
  readonly cancelled = output<void>();

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly activeCouncils = computed(() =>
    this.councils()
      .filter((c) => !c.archived)
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.maxLength(120)]],
    role: this.fb.control<Role | null>(null, Validators.required),
    councilId: this.fb.control<string | null>(null, Validators.required),
  });
  /** A coordinator belongs to no council: the council question goes when that role is picked. */
  protected readonly needsCouncil = signal(true);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitting = signal(false);

  constructor() {
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((role) => {
        const needs = role !== 'coordinator';
        this.needsCouncil.set(needs);
        const council = this.form.controls.councilId;
        if (needs) council.enable({ emitEvent: false });
        else council.disable({ emitEvent: false });
      });
  }

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const fixed = this.fixedCouncil();
    if (fixed) this.form.controls.councilId.setValue(fixed.id);
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, this.idPrefix()));
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateInvitationRequest = {
      email: value.email.trim(),
      displayName: value.displayName.trim(),
      role: value.role as Role,
    };
    if (value.role !== 'coordinator' && value.councilId) request.councilId = value.councilId;
    this.submitting.set(true);
    this.users.invite(request).subscribe({
      next: (invitation) => {
        this.submitting.set(false);
        this.errors.set([]);
        this.invited.emit(invitation);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'The invitation could not be made. Try again later.');
        const items =
          body.statusCode === 400 || body.statusCode === 409
            ? applyApiFieldErrors(this.form, body.errors, {
                idPrefix: this.idPrefix(),
                labels: LABELS,
              })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }
}
