import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * Previous / Next links between the pages of a list, kept in the address (`?page=2`) so Back and
 * shared links work. Plain links: reachable by Tab, followed with Enter, announced as links.
 */
@Component({
  selector: 'rcp-pager',
  imports: [RouterLink],
  template: `
    <nav class="pager" [attr.aria-label]="label()">
      @if (page() > 1) {
        <a
          routerLink="."
          [queryParams]="{ page: page() - 1 }"
          queryParamsHandling="merge"
          rel="prev"
          data-testid="pager-previous"
          >Previous<span class="visually-hidden"> page</span></a
        >
      }
      <span>Page {{ page() }} of {{ lastPage() }}</span>
      @if (page() < lastPage()) {
        <a
          routerLink="."
          [queryParams]="{ page: page() + 1 }"
          queryParamsHandling="merge"
          rel="next"
          data-testid="pager-next"
          >Next<span class="visually-hidden"> page</span></a
        >
      }
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      margin-top: 1rem;
    }
    a {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  /** 1-based. */
  readonly page = input.required<number>();
  readonly lastPage = input.required<number>();
  /** What the pages are of, for the navigation landmark: "Pages of the audits list". */
  readonly label = input.required<string>();
}
