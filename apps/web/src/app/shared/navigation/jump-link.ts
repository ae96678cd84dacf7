import { Directive, inject, input } from '@angular/core';
import { Location } from '@angular/common';

/**
 * A link to another part of the same page (`<a rcpJumpTo="principle-kindness">`). It scrolls to
 * the target and moves focus there, so keyboard and screen-reader users land where sighted users
 * look. (A bare `href="#id"` would resolve against `<base href="/">` and leave the page.)
 */
@Directive({
  selector: 'a[rcpJumpTo]',
  host: { '[attr.href]': 'href()', '(click)': 'jump($event)' },
})
export class JumpLink {
  /** The id of the element to go to. */
  readonly rcpJumpTo = input.required<string>();
  private readonly location = inject(Location);

  protected href(): string {
    const path = this.location.path(false).split('#')[0];
    return this.location.prepareExternalUrl(`${path}#${this.rcpJumpTo()}`);
  }

  protected jump(event: MouseEvent): void {
    // Opening the link in a new tab or window works as any link does.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    focusElement(this.rcpJumpTo());
  }
}

/** Scrolls to the element with this id and focuses it (made focusable if it is not). */
export function focusElement(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select')) {
    target.setAttribute('tabindex', '-1');
  }
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}
