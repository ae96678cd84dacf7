import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { CHART_COLOURS, FILL_IDS } from './chart-fills';

/**
 * The SVG patterns every chart fills its bars with (see chart-fills.ts), and the styles of the
 * ngx-charts inside `.rcp-chart` boxes drawn by <rcp-chart-frame> (ngx-charts renders without view
 * encapsulation, so these are global too, rooted at `.rcp-chart`). Rendered once on each page with
 * charts, invisible, and hidden from assistive technology.
 */
@Component({
  selector: 'rcp-chart-patterns',
  template: `
    <svg class="rcp-chart-patterns" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern [attr.id]="ids.enabling" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect width="8" height="8" class="bg-enabling" />
        </pattern>
        <pattern
          [attr.id]="ids.mixed"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="bg-mixed" />
          <rect width="2" height="6" class="mark-light" />
        </pattern>
        <pattern [attr.id]="ids.neutral" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" class="bg-neutral" />
          <circle cx="3" cy="3" r="1.4" class="mark-light" />
        </pattern>
        <pattern
          [attr.id]="ids.inhibiting"
          patternUnits="userSpaceOnUse"
          width="7"
          height="7"
          patternTransform="rotate(45)"
        >
          <rect width="7" height="7" class="bg-inhibiting" />
          <rect width="1.5" height="7" class="mark-light" />
          <rect width="7" height="1.5" class="mark-light" />
        </pattern>
        <pattern
          [attr.id]="ids.unscored"
          patternUnits="userSpaceOnUse"
          width="5"
          height="5"
          patternTransform="rotate(-45)"
        >
          <rect width="5" height="5" class="bg-white" />
          <rect width="2" height="5" class="bg-neutral" />
        </pattern>
        <pattern [attr.id]="ids.current" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect width="8" height="8" class="bg-brand" />
        </pattern>
        <pattern
          [attr.id]="ids.previous"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="bg-previous" />
          <rect width="2" height="6" class="mark-light" />
        </pattern>
        <pattern [attr.id]="ids.leadership" patternUnits="userSpaceOnUse" width="8" height="8">
          <rect width="8" height="8" class="bg-brand" />
        </pattern>
        <pattern [attr.id]="ids.frontline" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" class="bg-frontline" />
          <rect width="6" height="2" class="mark-light" />
        </pattern>
        <pattern [attr.id]="ids.residents" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" class="bg-residents" />
          <circle cx="3" cy="3" r="1.4" class="mark-light" />
        </pattern>
        <pattern
          [attr.id]="ids.you"
          patternUnits="userSpaceOnUse"
          width="8"
          height="8"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" [attr.fill]="colours.you" />
          <rect width="3" height="8" fill="#ffffff" />
        </pattern>
      </defs>
    </svg>
  `,
  styles: `
    .rcp-chart-patterns {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
    }
    .rcp-chart-patterns .bg-enabling {
      fill: var(--rcp-enabling);
    }
    .rcp-chart-patterns .bg-mixed {
      fill: var(--rcp-mixed);
    }
    .rcp-chart-patterns .bg-neutral {
      fill: var(--rcp-neutral);
    }
    .rcp-chart-patterns .bg-inhibiting {
      fill: var(--rcp-inhibiting);
    }
    .rcp-chart-patterns .bg-white,
    .rcp-chart-patterns .mark-light {
      fill: #fff;
    }
    .rcp-chart-patterns .bg-brand {
      fill: var(--rcp-brand);
    }
    .rcp-chart-patterns .bg-previous {
      fill: #5c6670;
    }
    .rcp-chart-patterns .bg-frontline {
      fill: #6a3d9a;
    }
    .rcp-chart-patterns .bg-residents {
      fill: #005a5b;
    }

    /* A chart scrolls sideways inside its own focusable region on a narrow screen (WCAG 1.4.10). */
    .rcp-chart-scroll {
      position: relative;
      overflow-x: auto;
      overflow-y: hidden;
    }
    .rcp-chart {
      min-width: 30rem;
      width: 100%;
      height: 20rem;
    }
    /* On paper a chart is scaled to the page's width (its frame gives it a viewBox before printing). */
    @media print {
      .rcp-chart-scroll {
        overflow: visible;
      }
      .rcp-chart {
        min-width: 0 !important;
      }
      .rcp-chart svg.ngx-charts[viewBox] {
        width: 100%;
        max-width: 100%;
        height: auto;
      }
    }
    /* Stands in for a chart until it is scrolled into view: the frame's full size, so nothing moves. */
    .rcp-chart-placeholder {
      width: 100%;
      height: 100%;
    }
    .rcp-chart .ngx-charts text {
      fill: var(--rcp-text);
      font-size: 0.8rem;
    }
    .rcp-chart .ngx-charts .bar,
    .rcp-chart .ngx-charts .box {
      cursor: default;
    }
    .rcp-chart .ngx-charts .bar:hover {
      opacity: 1;
    }
    /* Stacked and grouped bars: a white edge keeps neighbouring segments apart. */
    .rcp-chart--segmented .ngx-charts .bar {
      stroke: #fff;
      stroke-width: 1px;
    }
    /* The caller's own bar: outlined as well as striped. */
    .rcp-chart .ngx-charts path.bar[fill^='url(#rcp-fill-you'] {
      stroke: var(--rcp-text);
      stroke-width: 2px;
    }
    .rcp-chart .ngx-charts .gridline-path {
      stroke: #c4c6d0;
    }
    .rcp-chart .ngx-charts .refline-path {
      stroke: var(--rcp-text);
      stroke-dasharray: 4;
    }
    /* Reference lines that carry meaning of their own (quartiles, a median's zero): bolder. */
    .rcp-chart--strong-lines .ngx-charts .refline-path {
      stroke-width: 1.5px;
      stroke-dasharray: 6 3;
    }
    .rcp-chart .ngx-charts .refline-label {
      font-size: 0.75rem;
      font-weight: 700;
    }
    .rcp-chart .ngx-charts .line {
      stroke-width: 3px;
    }
    /* A projected line (CHART_COLOURS.projected): dashed (PROJECTED_DASH), not told apart by colour alone. */
    .rcp-chart .ngx-charts path.line[stroke='#663399'] {
      stroke-dasharray: 6 4;
    }
    .rcp-chart-note {
      font-size: 0.875rem;
      color: var(--rcp-muted);
      margin: 0.5rem 0 0;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartPatterns {
  protected readonly ids = FILL_IDS;
  protected readonly colours = CHART_COLOURS;
}
