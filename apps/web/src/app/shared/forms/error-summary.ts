import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  viewChild,
} from '@angular/core';
import { ErrorItem } from './field-errors';

let nextId = 0;

const FOCUSABLE = 'input, select, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * The GOV.UK error summary: shown at the top of a form when it has problems, focused each time the
 * problems change (so a screen reader reads them at once), each linking to its field. Extra content
 * (e.g. a Reload button) may be projected below the list.
 */
@Component({
  selector: 'rcp-error-summary',
  template: `
    @if (errors().length > 0) {
      <div
        #box
        class="error-summary"
        role="alert"
        tabindex="-1"
        [attr.aria-labelledby]="titleId"
        data-testid="error-summary"
      >
        <h2 class="error-summary__title" [id]="titleId">{{ title() }}</h2>
        <ul class="error-summary__list">
          @for (item of errors(); track $index) {
            <li>
              @if (item.fieldId) {
                <a [href]="'#' + item.fieldId" (click)="goTo($event, item.fieldId)">{{
                  item.message
                }}</a>
              } @else {
                {{ item.message }}
              }
            </li>
          }
        </ul>
        <ng-content />
      </div>
    }
  `,
  styles: `
    .error-summary {
      border: 5px solid var(--rcp-error);
      background: var(--rcp-surface);
      padding: 1rem 1.25rem;
      margin-bottom: 1.5rem;
      &:focus {
        outline: 3px solid var(--rcp-focus);
        outline-offset: 0;
      }
    }
    .error-summary__title {
      font-size: 1.25rem;
      margin: 0 0 0.75rem;
    }
    .error-summary__list {
      margin: 0;
      padding-left: 1.25rem;
      a {
        color: var(--rcp-error);
        font-weight: 700;
      }
      li {
        color: var(--rcp-error);
        font-weight: 700;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  /** The problems; the summary shows (and takes focus) when there are any. */
  readonly errors = input.required<readonly ErrorItem[]>();
  readonly title = input('There is a problem');

  protected readonly titleId = `error-summary-title-${nextId++}`;
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    // A new list of problems (even the same ones again, after another try) moves focus here.
    afterRenderEffect(() => {
      if (this.errors().length > 0) this.box()?.nativeElement.focus();
    });
  }

  /** Moves focus to the field (the link's default would leave the single-page app). */
  protected goTo(event: Event, fieldId: string): void {
    event.preventDefault();
    const field = document.getElementById(fieldId);
    if (!field) return;
    // A group (radio buttons) is not focusable itself: go to its first control.
    const target = field.matches(FOCUSABLE)
      ? field
      : (field.querySelector<HTMLElement>(FOCUSABLE) ?? field);
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  }
}
