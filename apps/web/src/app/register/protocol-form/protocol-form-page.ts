import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { FrameworkCategory, Protocol } from '@rcp/api-contract';
import { forkJoin, of } from 'rxjs';
import { statusOf, toErrorBody } from '../../shared/forms/api-error';
import { NoticeService } from '../../shared/notice/notice.service';
import { formatDate } from '../protocol-text';
import { ProtocolsApi } from '../protocols-api';
import { registerPermissions } from '../register-context';
import { ProtocolForm } from './protocol-form';

/**
 * The lead's page to add a protocol (/councils/:councilId/register/new) or edit one
 * (…/:protocolId/edit). After saving, it goes to the protocol's page, which says what happened.
 */
@Component({
  selector: 'rcp-protocol-form-page',
  imports: [RouterLink, ProtocolForm],
  template: `
    <p class="back-link">
      <a [routerLink]="backLink()">{{
        protocolId() ? 'Back to the protocol' : 'Back to the register'
      }}</a>
    </p>
    @if (councilName(); as name) {
      <p class="page-caption">{{ name }}</p>
    }
    <h1 class="page-title">{{ heading() }}</h1>

    @if (loadError(); as e) {
      <p class="load-error" role="alert">{{ e }}</p>
    } @else if (categories() === null || (protocolId() && protocol() === null)) {
      <p role="status">Loading…</p>
    } @else if (protocol()?.status === 'retired') {
      <p>
        This protocol was retired on {{ formatDate(protocol()?.retiredAt) }}. A retired protocol
        cannot be changed.
      </p>
    } @else if (!canEdit()) {
      <p>Only the council lead of this council can change its register.</p>
    } @else {
      @if (!protocolId()) {
        <p>
          Add one protocol. To add many at once, use the
          <a routerLink="/library">protocol library</a> or
          <a [routerLink]="['/councils', councilId(), 'register', 'import']">import a file</a>.
        </p>
      }
      <rcp-protocol-form
        [councilId]="councilId()"
        [protocol]="protocol()"
        [categories]="categories() ?? []"
        [cancelLink]="backLink()"
        (saved)="saved($event)"
        (reloaded)="protocol.set($event)"
      />
    }
  `,
  styles: `
    .page-caption {
      color: var(--rcp-muted);
      font-size: 1.125rem;
      margin: 0 0 0.25rem;
    }
    .back-link {
      margin: 0 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolFormPage {
  private readonly protocols = inject(ProtocolsApi);
  private readonly router = inject(Router);
  private readonly notice = inject(NoticeService);
  private readonly title = inject(Title);

  /** From the route's :councilId. */
  readonly councilId = input.required<string>();
  /** From the route's :protocolId when editing; absent when adding. */
  readonly protocolId = input<string | undefined>();

  private readonly permissions = registerPermissions(this.councilId);
  protected readonly canEdit = this.permissions.canEdit;
  protected readonly councilName = this.permissions.ownCouncilName;
  protected readonly formatDate = formatDate;

  protected readonly categories = signal<FrameworkCategory[] | null>(null);
  protected readonly protocol = signal<Protocol | null>(null);
  protected readonly loadError = signal<string | null>(null);

  protected readonly heading = computed(() => {
    if (!this.protocolId()) return 'Add a protocol';
    const protocol = this.protocol();
    return protocol ? `Edit ${protocol.name}` : 'Edit a protocol';
  });
  protected readonly backLink = computed(() => {
    const id = this.protocolId();
    const register = ['/councils', this.councilId(), 'register'];
    return id ? [...register, id] : register;
  });

  constructor() {
    effect(() => {
      const councilId = this.councilId();
      const protocolId = this.protocolId();
      untracked(() => this.load(councilId, protocolId));
    });
  }

  protected saved(protocol: Protocol): void {
    this.notice.showAfterNavigation(
      this.protocolId()
        ? `Changes to ${protocol.name} have been saved.`
        : `${protocol.name} has been added to the register.`,
    );
    void this.router.navigate(['/councils', this.councilId(), 'register', protocol.id]);
  }

  private load(councilId: string, protocolId: string | undefined): void {
    this.loadError.set(null);
    forkJoin({
      categories: this.protocols.categories(),
      protocol: protocolId ? this.protocols.get(councilId, protocolId) : of(null),
    }).subscribe({
      next: ({ categories, protocol }) => {
        this.categories.set(categories);
        this.protocol.set(protocol);
        if (protocol) this.title.setTitle(`Edit ${protocol.name} – RCP Audit`);
      },
      error: (error: unknown) =>
        this.loadError.set(
          statusOf(error) === 404
            ? 'This protocol was not found. It may be in another council’s register.'
            : toErrorBody(error, 'The form cannot be shown right now. Try again later.').message,
        ),
    });
  }
}
