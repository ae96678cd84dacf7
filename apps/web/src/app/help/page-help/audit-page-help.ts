import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GlossaryLink } from '../glossary/glossary-link';

/** "How to use this page" for an audit: a closed disclosure above the rating grid. */
@Component({
  selector: 'rcp-audit-page-help',
  imports: [RouterLink, GlossaryLink],
  template: `
    <details class="page-help" data-testid="page-help">
      <summary>How to use this page</summary>
      <ol>
        <li>
          Each row of the grid is a protocol of your register; each column a
          <rcp-glossary-link term="principle">principle</rcp-glossary-link> of the framework. Give
          every cell a <rcp-glossary-link term="rating">rating</rcp-glossary-link>: −2 strongly
          inhibits, −1 inhibits, 0 no effect, +1 enables, +2 strongly enables, or
          <rcp-glossary-link term="not-applicable">not applicable</rcp-glossary-link>. Cells greyed
          out do not apply to the protocol’s
          <rcp-glossary-link term="context-need">context need</rcp-glossary-link>.
        </li>
        <li>
          A ±2 rating needs <rcp-glossary-link term="evidence">evidence</rcp-glossary-link>: say
          what supports it and when.
        </li>
        <li>
          Ratings marked
          <rcp-glossary-link term="carried-forward">carried forward</rcp-glossary-link> come from
          the last audit. Confirm them if they still hold, or change them.
        </li>
        <li>
          With more than one
          <rcp-glossary-link term="perspective">perspective</rcp-glossary-link>, pick whose view you
          are recording with the tabs; each perspective is scored on its own.
        </li>
        <li>
          Everything saves as you go. The figures above the grid update as you rate; the index is
          <rcp-glossary-link term="provisional">provisional</rcp-glossary-link> until
          <rcp-glossary-link term="coverage">coverage</rcp-glossary-link> is high enough.
        </li>
        <li>
          When every protocol is rated, the lead submits the audit: it is locked and its figures go
          to the dashboard and benchmarks. It can be reopened, with a reason.
        </li>
      </ol>
      <p>
        The grid works from the keyboard alone: its keyboard shortcuts are listed beside it.
        <a routerLink="/framework/how-scores-work">How scores are calculated</a>.
      </p>
    </details>
  `,
  styleUrl: './page-help.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPageHelp {}
