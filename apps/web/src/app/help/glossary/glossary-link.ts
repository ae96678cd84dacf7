import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export const GLOSSARY_PATH = '/help/glossary';

/**
 * A term's first use on a page, linked to its glossary entry:
 * `<rcp-glossary-link term="coverage">coverage</rcp-glossary-link>`.
 */
@Component({
  selector: 'rcp-glossary-link',
  imports: [RouterLink],
  template: `<a
    class="glossary-link"
    [routerLink]="path"
    [fragment]="term()"
    [attr.data-glossary]="term()"
    ><ng-content
  /></a>`,
  styles: `
    .glossary-link {
      text-decoration-style: dotted;
      text-underline-offset: 0.2em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GlossaryLink {
  /** The glossary entry's id (see GLOSSARY). */
  readonly term = input.required<string>();
  protected readonly path = GLOSSARY_PATH;
}
