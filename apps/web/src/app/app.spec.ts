import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('the app shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([])],
    }).compileComponents();
  });

  it('offers a skip link before the header, and landmarks for header, navigation, main and footer', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.firstElementChild?.textContent?.trim()).toBe('Skip to main content');
    expect(el.querySelector('header')?.textContent).toContain('RCP Audit');
    expect(el.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(el.querySelector('main#main-content')).not.toBeNull();
    expect(el.querySelector('footer')).not.toBeNull();
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    (el.querySelector('.skip-link') as HTMLAnchorElement).click();
    await new Promise((r) => queueMicrotask(() => r(undefined)));
    expect(document.activeElement).toBe(el.querySelector('main'));
  });
});
