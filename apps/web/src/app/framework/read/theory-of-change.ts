import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TheoryOfChangeStepText } from '@rcp/api-contract';
import { JumpLink } from '../../shared/navigation/jump-link';

/** Where on the framework page each step's layer is listed, for steps that have one. */
const STEP_SECTIONS: Record<string, { id: string; label: string }> = {
  principles: { id: 'principles', label: 'See the principles' },
  competencies: { id: 'competencies', label: 'See the competencies' },
  protocols: { id: 'categories', label: 'See the kinds of protocol' },
  behaviours: { id: 'behaviours', label: 'See the behaviours' },
};

interface Stage {
  number: number;
  steps: TheoryOfChangeStepText[];
}

/**
 * The framework's theory of change as a diagram made of text: an ordered list of stages, each a
 * box (or boxes side by side, for steps that act together), with arrows between them. Screen
 * readers get the same order and words; the arrows are decoration.
 */
@Component({
  selector: 'rcp-theory-of-change',
  imports: [JumpLink],
  template: `
    <figure class="toc" aria-labelledby="toc-caption" data-testid="theory-of-change">
      <figcaption id="toc-caption" class="toc__caption">
        Theory of change: principles and competencies, filtered through protocols, produce
        behaviours; people’s behaviours together make relationships.
      </figcaption>
      <ol class="toc__stages">
        @for (stage of stages(); track stage.number; let last = $last) {
          <li class="toc__stage">
            <div class="toc__boxes">
              @for (step of stage.steps; track step.key; let lastStep = $last) {
                <div class="toc__box">
                  <p class="toc__title">{{ step.title }}</p>
                  <p class="toc__text">{{ step.text }}</p>
                  @if (sections[step.key]; as section) {
                    <a class="toc__link" [rcpJumpTo]="section.id">{{ section.label }}</a>
                  }
                </div>
                @if (!lastStep) {
                  <span class="toc__and">and</span>
                }
              }
            </div>
            @if (!last) {
              <span class="toc__arrow" aria-hidden="true">↓</span>
            }
          </li>
        }
      </ol>
    </figure>
  `,
  styles: `
    .toc {
      margin: 0;
    }
    .toc__caption {
      font-weight: 700;
      margin-bottom: 0.75rem;
    }
    .toc__stages {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .toc__stage {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .toc__boxes {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      align-items: center;
      gap: 0.5rem 0.75rem;
      width: 100%;
    }
    .toc__box {
      flex: 1 1 14rem;
      max-width: 34rem;
      border: 2px solid var(--rcp-brand);
      border-radius: 8px;
      background: var(--rcp-surface);
      padding: 0.5rem 0.75rem;
    }
    .toc__title {
      font-weight: 700;
      margin: 0;
      color: var(--rcp-brand);
    }
    .toc__text {
      margin: 0.25rem 0;
    }
    .toc__and {
      font-weight: 700;
    }
    .toc__arrow {
      font-size: 1.5rem;
      line-height: 1.4;
      color: var(--rcp-brand);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TheoryOfChange {
  readonly steps = input.required<readonly TheoryOfChangeStepText[]>();

  protected readonly sections = STEP_SECTIONS;

  /** Steps grouped by stage, in order: steps of one stage act together. */
  protected readonly stages = computed<Stage[]>(() => {
    const byStage = new Map<number, TheoryOfChangeStepText[]>();
    for (const step of [...this.steps()].sort((a, b) => a.order - b.order)) {
      byStage.set(step.stage, [...(byStage.get(step.stage) ?? []), step]);
    }
    return [...byStage.entries()]
      .sort(([a], [b]) => a - b)
      .map(([number, steps]) => ({ number, steps }));
  });
}
