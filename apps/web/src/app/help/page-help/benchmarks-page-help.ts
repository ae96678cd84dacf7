import { ChangeDetectionStrategy, Component } from '@angular/core';
import { GlossaryLink } from '../glossary/glossary-link';

/** "How to use this page" for the benchmarks: a closed disclosure under the introduction. */
@Component({
  selector: 'rcp-benchmarks-page-help',
  imports: [GlossaryLink],
  template: `
    <details class="page-help" data-testid="page-help">
      <summary>How to use this page</summary>
      <ul>
        <li>
          Each council is placed by the
          <rcp-glossary-link term="council-index">council index</rcp-glossary-link> of its latest
          submitted audit.
        </li>
        <li>
          Narrow the comparison to a
          <rcp-glossary-link term="peer-group">peer group</rcp-glossary-link> – councils of the same
          type, region or population – to compare like with like. The quartiles split the group’s
          councils into four equal parts; the median is the middle one.
        </li>
        <li>
          The principle chart shows where your council is stronger or weaker than the group’s
          median, principle by principle.
        </li>
        <li>
          “Who made it work” lists councils that turned a protocol from
          <rcp-glossary-link term="inhibiting">inhibiting</rcp-glossary-link> to enabling – people
          to learn from.
        </li>
        <li>
          Figures for groups smaller than the minimum size are withheld, so no council can be
          singled out.
        </li>
      </ul>
    </details>
  `,
  styleUrl: './page-help.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BenchmarksPageHelp {}
