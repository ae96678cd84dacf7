import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { InvitationPreview, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rcp/api-contract';
import { ROLE_LABELS } from '@rcp/vocabulary';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { DatePipe } from '@angular/common';
import { statusOf, toErrorBody } from '../../shared/forms/api-error';
import { ErrorSummary } from '../../shared/forms/error-summary';
import {
  applyApiFieldErrors,
  controlErrorMessage,
  ErrorItem,
  ErrorMessages,
  formErrorItems,
} from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { NoticeService } from '../../shared/notice/notice.service';
import { AuthService } from '../auth.service';

export const INVALID_INVITATION_MESSAGE =
  'This invitation link is not valid. It may have been used already or have expired. Ask whoever invited you for a new one.';

type Field = 'password' | 'confirmPassword';

const MESSAGES: ErrorMessages<Field> = {
  password: {
    required: 'Enter a password',
    minlength: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
    maxlength: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  },
  confirmPassword: {
    required: 'Enter the password again',
    mismatch: 'The passwords do not match. Enter the same password twice',
  },
};

const ID_PREFIX = 'invitation-';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; invitation: InvitationPreview }
  | { state: 'invalid' }
  | { state: 'failed' };

/** The second password must equal the first (checked on the confirmation control). */
function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password
    ? { mismatch: true }
    : null;
}

/** Where an invited person sets their password and, with that, signs in for the first time. */
@Component({
  selector: 'rcp-invitation-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    ErrorSummary,
    DatePipe,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './invitation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notice = inject(NoticeService);

  /** From the route: the invitation's single-use token. */
  readonly token = input.required<string>();

  protected readonly idPrefix = ID_PREFIX;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly signedInAs = this.auth.currentUser;

  protected readonly load = toSignal(
    toObservable(this.token).pipe(
      switchMap((token) =>
        this.auth.invitation(token).pipe(
          map((invitation): Load => ({ state: 'ready', invitation })),
          catchError((error: unknown) =>
            of<Load>(
              statusOf(error) === 404 || statusOf(error) === 400
                ? { state: 'invalid' }
                : { state: 'failed' },
            ),
          ),
          startWith<Load>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as Load },
  );
  protected readonly invitation = computed(() => {
    const load = this.load();
    return load.state === 'ready' ? load.invitation : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirmPassword: ['', [Validators.required, sameAsPassword]],
  });
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitting = signal(false);
  /** Set when the link stopped working between opening the page and submitting. */
  protected readonly expired = signal(false);

  constructor() {
    // Changing the first password re-checks the confirmation.
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirmPassword.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected message(field: Field): string | null {
    return controlErrorMessage(this.form.controls[field], MESSAGES[field]);
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.errors.set(formErrorItems(this.form, MESSAGES, ID_PREFIX));
      return;
    }
    this.submitting.set(true);
    const { password } = this.form.getRawValue();
    this.auth.acceptInvitation(this.token(), { password }).subscribe({
      next: (user) => {
        this.submitting.set(false);
        this.notice.showAfterNavigation(
          `Your password is set. You are signed in as ${user.displayName}.`,
        );
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'Setting your password did not work. Try again later.');
        if (body.statusCode === 404) {
          this.expired.set(true);
          this.errors.set([{ message: INVALID_INVITATION_MESSAGE }]);
          return;
        }
        const items =
          body.statusCode === 400
            ? applyApiFieldErrors(this.form, body.errors, {
                idPrefix: ID_PREFIX,
                labels: { password: 'Password' },
              })
            : [];
        this.errors.set(items.length > 0 ? items : [{ message: body.message }]);
      },
    });
  }
}
