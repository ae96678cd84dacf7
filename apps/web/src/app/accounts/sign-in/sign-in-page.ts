import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { DemoAccount, SignInOptions } from '@rcp/api-contract';
import { Role, ROLE_LABELS } from '@rcp/vocabulary';
import { catchError, of } from 'rxjs';
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
import { AuthService } from '../auth.service';
import { safeReturnUrl } from '../return-url';

export const WRONG_CREDENTIALS_MESSAGE = 'The email or password is not right.';

/**
 * What to say to a 429: how long to wait, from the answer's Retry-After (seconds), rounded up to
 * whole seconds, or minutes past a minute; "a minute" when the answer does not say.
 */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  return `Too many sign-in attempts. Wait ${waitPhrase(retryAfterSeconds)}, then try again.`;
}

function waitPhrase(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return 'a minute';
  const whole = Math.ceil(seconds);
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Retry-After in seconds; null when absent or given as a date. */
function retryAfterOf(error: unknown): number | null {
  const value = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : null;
}
export const SIGN_IN_FAILED_MESSAGE = 'Signing in is not working right now. Try again later.';

type Field = 'email' | 'password';

const MESSAGES: ErrorMessages<Field> = {
  email: { required: 'Enter your email address' },
  password: { required: 'Enter your password' },
};

const ID_PREFIX = 'sign-in-';

@Component({
  selector: 'rcp-sign-in-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, ErrorSummary],
  providers: [showErrorsOnSubmit],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go after signing in (from `?returnUrl=`); only addresses in this app are used. */
  readonly returnUrl = input<string | undefined>();

  protected readonly idPrefix = ID_PREFIX;
  protected readonly roleLabels: Record<Role, string> = ROLE_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required]],
    password: ['', [Validators.required]],
  });
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly submitting = signal(false);
  protected readonly options = toSignal<SignInOptions | null>(
    this.auth.signInOptions().pipe(catchError(() => of(null))),
  );

  private readonly submitButton = viewChild.required('submitButton', {
    read: ElementRef<HTMLButtonElement>,
  });

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
    this.auth.signIn(this.form.getRawValue()).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.errors.set(this.problemsOf(error));
      },
    });
  }

  /** Fills the form with a demo account, ready to sign in. */
  protected useAccount(account: DemoAccount, password: string): void {
    this.form.setValue({ email: account.email, password });
    this.errors.set([]);
    this.submitButton().nativeElement.focus();
  }

  private problemsOf(error: unknown): ErrorItem[] {
    const body = toErrorBody(error, SIGN_IN_FAILED_MESSAGE);
    switch (body.statusCode) {
      case 401:
        return [
          { message: body.message || WRONG_CREDENTIALS_MESSAGE, fieldId: ID_PREFIX + 'email' },
        ];
      case 429:
        return [{ message: tooManyAttemptsMessage(retryAfterOf(error)) }];
      case 400: {
        const items = applyApiFieldErrors(this.form, body.errors, {
          idPrefix: ID_PREFIX,
          labels: { email: 'Email address', password: 'Password' },
        });
        return items.length > 0 ? items : [{ message: body.message }];
      }
      default:
        return [{ message: SIGN_IN_FAILED_MESSAGE }];
    }
  }
}
