import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ShownOncePanel } from './shown-once-panel';

@Component({
  imports: [ShownOncePanel],
  template: `<rcp-shown-once-panel
    panelId="secret"
    heading="Token “BI” created"
    value="rcp_abc"
    valueTestId="secret-value"
    copyLabel="Copy token"
    dismissLabel="I have copied it"
    copiedMessage="Token copied."
    notCopiedMessage="Could not copy."
    (dismissed)="dismissed = dismissed + 1"
  >
    <p before-value>Copy it now.</p>
    <p>It reads data only.</p>
  </rcp-shown-once-panel>`,
})
class Host {
  dismissed = 0;
}

describe('a panel for something shown once', () => {
  afterEach(() => Reflect.deleteProperty(navigator, 'clipboard'));

  it('names itself by its heading, shows the value between its notes, copies it and says so', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const section = root.querySelector('section') as HTMLElement;
    expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Token “BI” created',
    );
    const paragraphs = Array.from(section.querySelectorAll('p')).map((p) => p.textContent?.trim());
    expect(paragraphs.slice(0, 3)).toEqual(['Copy it now.', 'rcp_abc', 'It reads data only.']);

    (root.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith('rcp_abc');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Token copied.');

    (root.querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(fixture.componentInstance.dismissed).toBe(1);
  });
});
