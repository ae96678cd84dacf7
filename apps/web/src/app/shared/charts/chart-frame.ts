import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  HostListener,
  inject,
  input,
} from '@angular/core';

/**
 * The box an ngx-chart is drawn in: a focusable region that scrolls sideways on a narrow screen
 * (WCAG 1.4.10), named "<label>, chart", around an image whose name is the chart's one-sentence
 * summary. Put the ngx-charts element inside; it sizes itself to this box. Styled by
 * <rcp-chart-patterns>.
 */
@Component({
  selector: 'rcp-chart-frame',
  template: `
    <div
      class="rcp-chart-scroll"
      tabindex="0"
      role="region"
      [attr.aria-label]="label() + ', chart'"
    >
      <div
        class="rcp-chart"
        [class.rcp-chart--segmented]="segmented()"
        [class.rcp-chart--strong-lines]="strongLines()"
        role="img"
        [attr.aria-label]="summary()"
        [style.height]="height()"
        [style.min-width.rem]="minWidthRem()"
      >
        <ng-content />
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartFrame {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The chart's name, usually its heading: the region is called "<label>, chart". */
  readonly label = input.required<string>();
  /** The one-sentence summary, read out for the chart image. */
  readonly summary = input.required<string>();
  /** Height in pixels (room for every bar); 20 rem when neither height is given. */
  readonly heightPx = input<number | null>(null);
  readonly heightRem = input<number | null>(null);
  /**
   * One binding for the height: two (`style.height.px` and `style.height.rem`) on the same
   * property left the null one winning, so every chart was 20 rem tall, bars squeezed flat.
   */
  protected readonly height = computed(() => {
    const px = this.heightPx();
    const rem = this.heightRem();
    return px !== null ? `${px}px` : rem !== null ? `${rem}rem` : null;
  });
  /** Narrowest width before the region scrolls; 30 rem when not given. */
  readonly minWidthRem = input<number | null>(null);
  /** Stacked or grouped bars: white edges keep neighbouring segments apart. */
  readonly segmented = input(false);
  /** Bolder dashed reference lines, for lines that carry meaning of their own (quartiles). */
  readonly strongLines = input(false);

  /**
   * Printing does not resize the window, so a chart keeps the width it was drawn at on screen and
   * would be cut at the page's edge. Giving its drawing a viewBox of that size lets the print
   * styles (`svg { max-width: 100%; height: auto }`) scale it down whole; taken off afterwards,
   * as a later redraw at another width would otherwise be squashed into the old box.
   */
  @HostListener('window:beforeprint')
  protected fitToPaper(): void {
    for (const svg of this.drawings()) {
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      if (!svg.hasAttribute('viewBox') && width > 0 && height > 0) {
        svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
        svg.setAttribute('data-print-viewbox', '');
      }
    }
  }

  @HostListener('window:afterprint')
  protected backToScreen(): void {
    for (const svg of this.drawings()) {
      if (svg.hasAttribute('data-print-viewbox')) {
        svg.removeAttribute('viewBox');
        svg.removeAttribute('data-print-viewbox');
      }
    }
  }

  /** The chart's outer drawing (ngx-charts draws one root `svg.ngx-charts`). */
  private drawings(): SVGSVGElement[] {
    return Array.from(this.host.nativeElement.querySelectorAll<SVGSVGElement>('svg.ngx-charts'));
  }
}
