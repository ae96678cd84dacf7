import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { revealInOrder } from './reveal-in-order';

@Component({
  template: `@for (part of all; track part) {
    @if (parts.shown() >= part) {
      <p>part {{ part }}</p>
    }
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class ThreeParts {
  readonly all = [1, 2, 3];
  readonly parts = revealInOrder(3);
}

function drawn(element: HTMLElement): string[] {
  return Array.from(element.querySelectorAll('p')).map((p) => p.textContent?.trim() ?? '');
}

describe('revealInOrder', () => {
  it('draws nothing until started, then one part per render, top to bottom', async () => {
    const fixture = TestBed.createComponent(ThreeParts);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(drawn(host)).toEqual([]);

    // Each render that adds parts is one record: all three at once would be one record of three.
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(drawn(host).length));
    observer.observe(host, { childList: true, subtree: true });
    fixture.componentInstance.parts.start();
    expect(fixture.componentInstance.parts.shown()).toBe(1);
    expect(fixture.componentInstance.parts.revealing()).toBe(true);

    await fixture.whenStable();
    observer.disconnect();
    expect(counts).toEqual([1, 2, 3]);
    expect(drawn(host)).toEqual(['part 1', 'part 2', 'part 3']);
    expect(fixture.componentInstance.parts.revealing()).toBe(false);
  });

  it('starts once: a second start draws nothing again', async () => {
    const fixture = TestBed.createComponent(ThreeParts);
    fixture.componentInstance.parts.start();
    await fixture.whenStable();
    fixture.componentInstance.parts.start();
    expect(fixture.componentInstance.parts.shown()).toBe(3);
    expect(fixture.componentInstance.parts.revealing()).toBe(false);
  });

  it('stops, and lets the app settle, when its page is left half drawn', async () => {
    const fixture = TestBed.createComponent(ThreeParts);
    fixture.componentInstance.parts.start();
    fixture.destroy();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(fixture.componentInstance.parts.shown()).toBe(1);
    expect(fixture.componentInstance.parts.revealing()).toBe(false);
  });
});
