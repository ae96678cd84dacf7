import { TestBed } from '@angular/core/testing';
import { aPrinciple, twelveCouncils } from '../testing/builders';
import { PositionsTable } from './positions-table';
import { RankingTable } from './ranking-table';

describe('the ranking table', () => {
  it('marks the council’s own row with the word "You", not colour alone', async () => {
    const fixture = TestBed.createComponent(RankingTable);
    fixture.componentRef.setInput('councils', twelveCouncils());
    fixture.componentRef.setInput('groupSize', 12);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const you = el.querySelectorAll('tbody tr[data-you]');
    expect(you).toHaveLength(1);
    expect(you[0].querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'You Northfield Borough Council',
    );
    expect(el.querySelectorAll('tbody tr')).toHaveLength(12);
    expect(el.querySelector('caption')?.textContent).toContain('12 councils, highest first');
    // A council sees no type or region columns.
    expect(el.querySelectorAll('thead th')).toHaveLength(5);
    // Its own figures are exact; an anonymous council's come in whole points, with nothing else.
    const cells = (row: Element) =>
      Array.from(row.querySelectorAll('td')).map((c) => c.textContent?.trim());
    const [own, other] = Array.from(el.querySelectorAll('tbody tr'));
    expect(cells(own)).toEqual(['1', '39.9', 'No', '31 December 2025']);
    expect(cells(other)).toEqual(['2', '20', '–', '–']);
  });

  it('shows no rank when the group is too small for one', async () => {
    const fixture = TestBed.createComponent(RankingTable);
    fixture.componentRef.setInput('councils', [{ ...twelveCouncils()[0], rank: null }]);
    fixture.componentRef.setInput('groupSize', 2);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('tbody td')?.textContent?.trim()).toBe('–');
  });

  it('tells a coordinator when a display group shows only some of the comparison group', async () => {
    const fixture = TestBed.createComponent(RankingTable);
    fixture.componentRef.setInput('councils', twelveCouncils().slice(0, 2));
    fixture.componentRef.setInput('groupSize', 12);
    fixture.componentRef.setInput('coordinator', true);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('caption')?.textContent).toContain(
      '2 councils shown of 12 in the comparison group',
    );
    expect(el.querySelectorAll('thead th')).toHaveLength(7);
  });
});

describe('the positions table', () => {
  it('gives each principle’s position in words with a shape, and explains "near"', async () => {
    const fixture = TestBed.createComponent(PositionsTable);
    fixture.componentRef.setInput('principles', [
      aPrinciple({ yours: 20, position: 'above' }),
      aPrinciple({ key: 'fairness', title: 'Fairness', yours: null, position: null }),
    ]);
    fixture.componentRef.setInput('nearBand', 5);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain(
      'Near means within 5 points either side of the network median',
    );
    const cells = Array.from(el.querySelectorAll('tbody td:last-child')).map((c) =>
      c.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual(['▲ Above', 'Not scored by your council']);
  });
});
