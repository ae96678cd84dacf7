import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { FrameworkCategory, Protocol } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  CONTEXT_NEEDS,
  PROTOCOL_BASES,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_TYPE_LABELS,
  PROTOCOL_TYPES,
  REACH_LABELS,
  REACHES,
} from '@rcp/vocabulary';
import { Observable } from 'rxjs';
import { toErrorBody } from '../../shared/forms/api-error';
import { ConflictReload } from '../../shared/forms/conflict-reload';
import { EditConflict } from '../../shared/forms/edit-conflict';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { ErrorItem } from '../../shared/forms/field-errors';
import { showErrorsOnSubmit } from '../../shared/forms/show-on-submit';
import { BASIS_HINTS, CONTEXT_NEED_HINTS, REACH_HINTS } from '../protocol-text';
import { ProtocolsApi } from '../protocols-api';
import {
  buildProtocolForm,
  fillProtocolForm,
  linkControl,
  linkMessage,
  MAX_SOURCE_LINKS,
  PROTOCOL_CONFLICT_MESSAGE,
  ProtocolField,
  protocolFieldMessage,
  protocolFormErrors,
  saveFailure,
  toProtocolRequest,
} from './protocol-form-model';

/**
 * Adds a protocol to a council's register (no `protocol` given) or edits one. An edit sends the
 * version it started from; if someone else saved in between, the server refuses (409) and the form
 * offers to reload their version.
 */
@Component({
  selector: 'rcp-protocol-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ErrorSummary,
    ConflictReload,
  ],
  providers: [showErrorsOnSubmit],
  templateUrl: './protocol-form.html',
  styleUrl: './protocol-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolForm {
  private readonly protocols = inject(ProtocolsApi);

  readonly councilId = input.required<string>();
  /** The protocol to edit; null to add one. */
  readonly protocol = input<Protocol | null>(null);
  /** The current framework's categories. */
  readonly categories = input.required<readonly FrameworkCategory[]>();
  /** Where Cancel goes. */
  readonly cancelLink = input.required<string | readonly string[]>();
  /** Prefix for the fields' ids, unique on the page. */
  readonly idPrefix = input('protocol-');

  readonly saved = output<Protocol>();
  readonly reloaded = output<Protocol>();

  protected readonly form = buildProtocolForm();
  protected readonly maxLinks = MAX_SOURCE_LINKS;
  protected readonly types = PROTOCOL_TYPES;
  protected readonly typeLabels = PROTOCOL_TYPE_LABELS;
  protected readonly contextNeeds = CONTEXT_NEEDS;
  protected readonly contextNeedLabels = CONTEXT_NEED_LABELS;
  protected readonly contextNeedHints = CONTEXT_NEED_HINTS;
  protected readonly reaches = REACHES;
  protected readonly reachLabels = REACH_LABELS;
  protected readonly reachHints = REACH_HINTS;
  protected readonly bases = PROTOCOL_BASES;
  protected readonly basisLabels = PROTOCOL_BASIS_LABELS;
  protected readonly basisHints = BASIS_HINTS;

  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly conflict = new EditConflict(PROTOCOL_CONFLICT_MESSAGE);
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  private version = 0;

  protected readonly organisationalCategories = computed(() =>
    this.categories().filter((c) => c.scope === 'organisational'),
  );
  protected readonly widerCategories = computed(() =>
    this.categories().filter((c) => c.scope === 'wider'),
  );
  private readonly categoryKey = toSignal(this.form.controls.category.valueChanges, {
    initialValue: null,
  });
  protected readonly chosenCategory = computed(() => {
    const key = this.categoryKey();
    return this.categories().find((c) => c.key === key) ?? null;
  });
  protected readonly scopeText = computed(() => {
    const category = this.chosenCategory();
    return category ? PROTOCOL_SCOPE_LABELS[category.scope] : null;
  });

  constructor() {
    effect(() => {
      const protocol = this.protocol();
      untracked(() => this.fill(protocol));
    });
  }

  protected get links() {
    return this.form.controls.sourceLinks;
  }

  /** The field's message, once the form has been sent (or the server has refused it). */
  protected message(field: ProtocolField): string | null {
    const control = this.form.controls[field];
    if (!this.submitted() && !control.hasError('api')) return null;
    return protocolFieldMessage(this.form, field);
  }

  protected linkMessage(index: number): string | null {
    const control = this.links.at(index);
    if (!this.submitted() && !control.hasError('api')) return null;
    return linkMessage(control, index);
  }

  protected addLink(): void {
    if (this.links.length >= MAX_SOURCE_LINKS) return;
    this.links.push(linkControl());
    const index = this.links.length - 1;
    queueMicrotask(() =>
      document.getElementById(`${this.idPrefix()}sourceLinks-${index}`)?.focus(),
    );
  }

  protected removeLink(index: number): void {
    if (this.links.length <= 1) {
      this.links.at(0).setValue('');
      return;
    }
    this.links.removeAt(index);
    const next = Math.min(index, this.links.length - 1);
    queueMicrotask(() => document.getElementById(`${this.idPrefix()}sourceLinks-${next}`)?.focus());
  }

  protected submit(): void {
    if (this.submitting()) return;
    this.submitted.set(true);
    this.conflict.clear();
    if (this.form.invalid) {
      this.errors.set(protocolFormErrors(this.form, this.idPrefix()));
      return;
    }
    const request = toProtocolRequest(this.form, this.categories());
    const existing = this.protocol();
    const councilId = this.councilId();
    const save$: Observable<Protocol> = existing
      ? this.protocols.update(councilId, existing.id, { ...request, version: this.version })
      : this.protocols.create(councilId, request);
    this.submitting.set(true);
    save$.subscribe({
      next: (protocol) => {
        this.submitting.set(false);
        this.errors.set([]);
        this.version = protocol.version;
        this.saved.emit(protocol);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = toErrorBody(error, 'Saving did not work. Try again later.');
        const failure = saveFailure(this.form, body, {
          editing: existing !== null,
          idPrefix: this.idPrefix(),
        });
        if (failure.kind === 'conflict') this.conflict.raise();
        this.errors.set(failure.items);
      },
    });
  }

  /** Loads the protocol as it is now (someone else's changes), replacing what was typed. */
  protected reload(): void {
    const existing = this.protocol();
    if (!existing) return;
    this.protocols.get(this.councilId(), existing.id).subscribe({
      next: (protocol) => {
        this.fill(protocol);
        this.reloaded.emit(protocol);
        queueMicrotask(() => document.getElementById(`${this.idPrefix()}name`)?.focus());
      },
      error: (error: unknown) =>
        this.errors.set([
          { message: toErrorBody(error, 'Reloading did not work. Try again later.').message },
        ]),
    });
  }

  private fill(protocol: Protocol | null): void {
    this.errors.set([]);
    this.conflict.clear();
    this.submitted.set(false);
    this.version = protocol?.version ?? 0;
    fillProtocolForm(this.form, protocol);
  }
}
