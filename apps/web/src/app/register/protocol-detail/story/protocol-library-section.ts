import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LibraryProtocol } from '@rcp/api-contract';

/** The library entry the protocol came from: what it looks like when it inhibits, and when it enables. */
@Component({
  selector: 'rcp-protocol-library-section',
  imports: [RouterLink],
  template: `
    <section class="card" aria-labelledby="library-heading" data-testid="protocol-library">
      <h2 id="library-heading">From the protocol library</h2>
      @if (library(); as l) {
        <p>
          It came from the library entry “{{ l.name }}”. Its two versions show what to move away
          from and what to move towards.
        </p>
        <h3>Inhibiting version</h3>
        <p>{{ l.inhibitingExemplar }}</p>
        <h3>Enabling version</h3>
        <p>{{ l.enablingExemplar }}</p>
        <p class="story-muted">Source: {{ l.sourceNote }}</p>
      } @else {
        <p>
          The council added this protocol itself, so it has no library exemplars.
          <a routerLink="/library">Browse the protocol library</a> for similar protocols.
        </p>
      }
    </section>
  `,
  styles: `
    .story-muted {
      color: var(--rcp-muted);
    }
    .story-caption {
      text-align: left;
      font-weight: 600;
      padding: 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolLibrarySection {
  readonly library = input.required<LibraryProtocol | null>();
}
