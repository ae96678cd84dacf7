import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatTick } from '../../shared/charts/axis-format';
import { CHART_COLOURS } from '../../shared/charts/chart-fills';
import { niceAxis } from '../model/axis-ticks';
import type { PrincipleBox } from '../model/principles';

/**
 * Horizontal box plots, one row per principle: the whisker line runs from the lowest to the
 * highest score through the box (lower to upper quartile), with the median as a thick bar across
 * it, so each reads as one shape. Names sit on the left in full; the value axis below has round
 * ticks with a grid line at each and a stronger one at zero. Drawn in percentages, so it fits any
 * width; the chart frame around it gives it its name and summary (role="img").
 */
@Component({
  selector: 'rcp-box-plot',
  template: `
    <div class="box-plot" [style.--label-width.rem]="labelRem()" [style.--box-fill]="fill">
      @for (box of placed(); track box.name) {
        <div class="box-plot__row" data-testid="box-plot-row">
          <span class="box-plot__name">{{ box.name }}</span>
          <div class="box-plot__track">
            @for (tick of ticks(); track tick.value) {
              <span
                class="box-plot__grid"
                [class.box-plot__grid--zero]="tick.value === 0"
                [style.left.%]="tick.at"
              ></span>
            }
            <span
              class="box-plot__whisker"
              data-testid="box-plot-whisker"
              [style.left.%]="box.min"
              [style.width.%]="box.max - box.min"
            ></span>
            <span class="box-plot__cap" [style.left.%]="box.min"></span>
            <span class="box-plot__cap" [style.left.%]="box.max"></span>
            <span
              class="box-plot__box"
              [style.left.%]="box.q1"
              [style.width.%]="box.q3 - box.q1"
            ></span>
            <span class="box-plot__median" [style.left.%]="box.median"></span>
          </div>
        </div>
      }
      <div class="box-plot__row box-plot__axis" data-testid="box-plot-axis">
        <span class="box-plot__name box-plot__axis-label">{{ axisLabel() }}</span>
        <div class="box-plot__track box-plot__ticks">
          @for (tick of ticks(); track tick.value) {
            <span class="box-plot__tick" [style.left.%]="tick.at">{{ tick.text }}</span>
          }
        </div>
      </div>
    </div>
  `,
  styles: `
    .box-plot {
      padding: 0.5rem 1.5rem 0.25rem 0.5rem;
      color: var(--rcp-text);
    }
    .box-plot__row {
      display: grid;
      grid-template-columns: var(--label-width) 1fr;
      gap: 1rem;
      align-items: center;
      min-height: 2.25rem;
    }
    .box-plot__name {
      text-align: right;
      line-height: 1.2;
    }
    .box-plot__track {
      position: relative;
      height: 2.25rem;
    }
    .box-plot__grid {
      position: absolute;
      top: 0;
      bottom: 0;
      border-left: 1px solid #d0d3da;
    }
    .box-plot__grid--zero {
      border-left: 2px solid var(--rcp-muted);
    }
    .box-plot__whisker {
      position: absolute;
      top: 50%;
      border-top: 2px solid var(--rcp-text);
    }
    .box-plot__cap {
      position: absolute;
      top: 25%;
      height: 50%;
      border-left: 2px solid var(--rcp-text);
      margin-left: -1px;
    }
    .box-plot__box {
      position: absolute;
      top: 15%;
      height: 70%;
      background: var(--box-fill);
      border: 2px solid var(--rcp-text);
      box-sizing: border-box;
    }
    .box-plot__median {
      position: absolute;
      top: 8%;
      height: 84%;
      border-left: 5px solid var(--rcp-text);
      margin-left: -2.5px;
    }
    .box-plot__ticks {
      height: 1.75rem;
      border-top: 2px solid var(--rcp-text);
    }
    .box-plot__tick {
      position: absolute;
      top: 0.25rem;
      transform: translateX(-50%);
      font-size: 0.875rem;
      white-space: nowrap;
    }
    .box-plot__axis-label {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoxPlot {
  readonly boxes = input.required<readonly PrincipleBox[]>();
  readonly axisLabel = input('Score');

  protected readonly fill = CHART_COLOURS.box;
  private readonly axis = computed(() => niceAxis(this.boxes().flatMap((b) => [b.min, b.max])));
  private readonly at = (value: number): number => {
    const { min, max } = this.axis();
    return ((value - min) / (max - min)) * 100;
  };
  protected readonly ticks = computed(() =>
    this.axis().ticks.map((value) => ({ value, at: this.at(value), text: formatTick(value) })),
  );
  protected readonly placed = computed(() =>
    this.boxes().map((b) => ({
      name: b.name,
      min: this.at(b.min),
      q1: this.at(b.q1),
      median: this.at(b.median),
      q3: this.at(b.q3),
      max: this.at(b.max),
    })),
  );
  /** Room for the longest name on one or two lines. */
  protected readonly labelRem = computed(() =>
    Math.min(16, Math.max(6, ...this.boxes().map((b) => Math.ceil(b.name.length / 2) * 0.55))),
  );
}
