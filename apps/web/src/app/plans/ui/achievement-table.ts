import { PLAN_CHANGE_KIND_LABELS } from '@rcp/vocabulary';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  PLAN_OUTCOME_LABELS,
  type PlanAchievement,
  type PlanAchievementItem,
} from '@rcp/api-contract';
import { formatIndex } from '../../shared/format/index-format';
import { achievementSummary, targetsVsRecorded } from '../model/achievement-text';

/** Planned vs achieved: each agreed change's targets beside what the later audit recorded. */
@Component({
  selector: 'rcp-achievement-table',
  imports: [RouterLink],
  template: `
    <section aria-labelledby="achievement-heading" class="achievement" data-testid="achievement">
      <h2 id="achievement-heading">Planned vs achieved</h2>
      <p data-testid="achievement-summary">{{ summary() }}</p>
      @if (achievement().baselineIndex !== null) {
        <dl class="summary-list">
          <div>
            <dt>Index when planned</dt>
            <dd>{{ fmt(achievement().baselineIndex) }}</dd>
          </div>
          <div>
            <dt>Projected index</dt>
            <dd data-testid="achievement-projected">{{ fmt(achievement().projectedIndex) }}</dd>
          </div>
          <div>
            <dt>Achieved index</dt>
            <dd data-testid="achievement-achieved">{{ fmt(achievement().achievedIndex) }}</dd>
          </div>
        </dl>
      }
      @if (achievement().items.length) {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="achievement-heading">
          <table class="data-table" data-testid="achievement-table">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Protocol</th>
                <th scope="col">Outcome</th>
                <th scope="col">Targets → recorded</th>
                <th scope="col" class="num">Score before</th>
                <th scope="col" class="num">Score after</th>
                <th scope="col">Compared with</th>
              </tr>
            </thead>
            <tbody>
              @for (i of achievement().items; track i.changeId) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/plan-changes', i.changeId]">{{ i.title }}</a>
                    <span class="hint"> ({{ kindLabels[i.kind] }})</span>
                  </th>
                  <td>{{ i.protocolName }}</td>
                  <td>
                    {{ outcomeLabels[i.outcome] }}
                    @if (i.doneButNotMoved) {
                      <span class="tag tag--warn">Done but did not move</span>
                    }
                  </td>
                  <td class="achievement__targets">{{ targets(i) }}</td>
                  <td class="num">{{ fmt(i.scoreBefore) }}</td>
                  <td class="num">{{ fmt(i.scoreAfter) }}</td>
                  <td>{{ i.comparedAudit?.label ?? 'Awaiting an audit' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .achievement__targets {
      font-size: 0.875rem;
      min-width: 14rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AchievementTable {
  readonly achievement = input.required<PlanAchievement>();
  protected readonly kindLabels = PLAN_CHANGE_KIND_LABELS;
  protected readonly outcomeLabels = PLAN_OUTCOME_LABELS;
  protected readonly summary = computed(() => achievementSummary(this.achievement()));
  protected fmt(v: number | null): string {
    return formatIndex(v);
  }
  protected targets(i: PlanAchievementItem): string {
    return targetsVsRecorded(i);
  }
}
