import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  inject,
  Injector,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { focusElement } from '../../shared/navigation/jump-link';
import { GLOSSARY, glossaryTerm } from './glossary-terms';

/** The glossary: every term RCP Audit uses in its own sense, each with an anchor pages link to. */
@Component({
  selector: 'rcp-glossary-page',
  imports: [RouterLink],
  templateUrl: './glossary-page.html',
  styleUrl: './glossary-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GlossaryPage {
  protected readonly terms = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  protected readonly fragment = toSignal(inject(ActivatedRoute).fragment);
  protected readonly termName = (id: string) => glossaryTerm(id)?.term ?? id;

  constructor() {
    const injector = inject(Injector);
    // A link from another page lands on its term: after the app has focused the page itself.
    afterNextRender(
      () => {
        const id = this.fragment();
        if (id) setTimeout(() => focusElement(id));
      },
      { injector },
    );
  }
}
