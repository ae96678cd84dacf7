import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartFrame } from './chart-frame';

@Component({
  imports: [ChartFrame],
  template: `<rcp-chart-frame
    label="Principle profile"
    summary="Two principles."
    [heightPx]="px()"
    [heightRem]="rem()"
  />`,
})
class Host {
  readonly px = signal<number | null>(838);
  readonly rem = signal<number | null>(null);
}

describe('a chart frame', () => {
  it('is as tall as asked, in pixels or in rem, and its stylesheet’s 20 rem otherwise', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const chart = () =>
      (fixture.nativeElement as HTMLElement).querySelector('.rcp-chart') as HTMLElement;
    expect(chart().style.height).toBe('838px');

    fixture.componentInstance.px.set(null);
    fixture.componentInstance.rem.set(12);
    await fixture.whenStable();
    expect(chart().style.height).toBe('12rem');

    fixture.componentInstance.rem.set(null);
    await fixture.whenStable();
    expect(chart().style.height).toBe('');
  });
});

@Component({
  imports: [ChartFrame],
  template: `<rcp-chart-frame label="Index over time" summary="Up by 6.">
    <svg class="ngx-charts" width="1100" height="320"></svg>
  </rcp-chart-frame>`,
})
class DrawnHost {}

describe('a chart frame when the page is printed', () => {
  it('gives its drawing a viewBox of its screen size, so print styles scale it whole, and takes it off afterwards', async () => {
    const fixture = TestBed.createComponent(DrawnHost);
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector(
      'svg.ngx-charts',
    ) as SVGElement;
    expect(svg.hasAttribute('viewBox')).toBe(false);

    window.dispatchEvent(new Event('beforeprint'));
    expect(svg.getAttribute('viewBox')).toBe('0 0 1100 320');

    window.dispatchEvent(new Event('afterprint'));
    expect(svg.hasAttribute('viewBox')).toBe(false);
  });
});
