import { TestBed } from '@angular/core/testing';
import { BoxPlot } from './box-plot';

describe('the principles box plot', () => {
  async function render() {
    const fixture = TestBed.createComponent(BoxPlot);
    fixture.componentRef.setInput('boxes', [
      { name: 'Fairness', min: 10, q1: 20, median: 30, q3: 40, max: 60 },
      { name: 'Trust', min: 5, q1: 15, median: 25, q3: 45, max: 55 },
    ]);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const left = (el: Element | null) => parseFloat((el as HTMLElement).style.left);
  const width = (el: Element | null) => parseFloat((el as HTMLElement).style.width);

  it('has round ticks 0, 25, 50 and 75 on its axis, not just 0 and 50', async () => {
    const el = await render();
    const ticks = Array.from(el.querySelectorAll('.box-plot__tick')).map((t) =>
      t.textContent?.trim(),
    );
    expect(ticks).toEqual(['0', '25', '50', '75']);
  });

  it('joins the whiskers through the box: one line from lowest to highest, box and median on it', async () => {
    const row = (await render()).querySelector('[data-testid="box-plot-row"]') as HTMLElement;
    expect(row.textContent).toContain('Fairness');
    const whisker = row.querySelector('.box-plot__whisker');
    const box = row.querySelector('.box-plot__box');
    const median = row.querySelector('.box-plot__median');
    // On a 0…75 axis: lowest 10 → 13.3 %, highest 60 → 80 %.
    expect(left(whisker)).toBeCloseTo((10 / 75) * 100);
    expect(left(whisker) + width(whisker)).toBeCloseTo(80);
    expect(left(box)).toBeGreaterThan(left(whisker));
    expect(left(box) + width(box)).toBeLessThan(left(whisker) + width(whisker));
    expect(left(median)).toBeCloseTo(40);
  });
});
