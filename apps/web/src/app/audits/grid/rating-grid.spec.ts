import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { Audit } from '@rcp/api-contract';
import { AuthService } from '../../accounts/auth.service';
import { aCurrentUser } from '../../accounts/testing';
import { AuditEditor } from '../audit-page/audit-editor';
import { aFramework, anAudit, aRating } from '../testing/builders';
import { RatingGrid } from './rating-grid';

@Component({
  imports: [RatingGrid],
  providers: [AuditEditor],
  template: `<rcp-rating-grid />`,
})
class Host {
  readonly editor = inject(AuditEditor);
}

describe('the rating grid', () => {
  let backend: HttpTestingController;

  async function render(role: 'lead' | 'viewer', audit: Audit = anAudit()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: {
            currentUser: signal(aCurrentUser({ role, councilId: 'council-1' })),
            isSignedIn: signal(true),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    fixture.autoDetectChanges();
    const editor = fixture.componentInstance.editor;
    editor.load(audit.id);
    backend.expectOne('/api/v1/audits/audit-1').flush(audit);
    backend.expectOne('/api/v1/frameworks/versions/1').flush(aFramework());
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const tabStops = () =>
      Array.from(el.querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]'));
    const cell = (protocolId: string, col: number) =>
      el.querySelector<HTMLElement>(`#cell-${protocolId}-${col}`) as HTMLElement;
    const press = async (key: string) => {
      const target = document.activeElement as HTMLElement;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await fixture.whenStable();
    };
    return { fixture, el, editor, tabStops, cell, press };
  }

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((n) => (n.innerHTML = ''));
    backend.verify();
  });

  it('has exactly one tab stop, on the first rating cell', async () => {
    const { tabStops, cell } = await render('lead');
    expect(tabStops()).toEqual([cell('p-a', 1)]);
  });

  it('names each cell by protocol, principle and rating in words', async () => {
    const { cell } = await render(
      'lead',
      anAudit({
        ratings: [
          aRating({ value: 1 }),
          aRating({
            principleKey: 'kindness',
            value: null,
            carriedForward: true,
            ratedAt: '2025-03-12T12:00:00.000Z',
          }),
        ],
      }),
    );
    expect(cell('p-a', 1).getAttribute('aria-label')).toBe(
      'Home care in 15-minute slots, Relationships first: Enables (+1)',
    );
    expect(cell('p-a', 4).getAttribute('aria-label')).toMatch(
      /^Home care in 15-minute slots, Kindness and human worth: Not applicable, carried forward from 12 Mar 2025, not yet confirmed/,
    );
    expect(cell('p-a', 2).getAttribute('aria-label')).toBe(
      'Home care in 15-minute slots, Continuity over time: Not rated',
    );
  });

  it('shows principles that do not apply as "—", not focusable, labelled "does not apply"', async () => {
    const { el } = await render('lead');
    const row = el.querySelector('[data-protocol="p-b"]') as HTMLElement;
    const off = row.querySelectorAll<HTMLElement>('.grid__cell--off');
    expect(off.length).toBe(2);
    expect(off[0].hasAttribute('tabindex')).toBe(false);
    expect(off[0].textContent?.trim()).toBe('—');
    expect(off[0].getAttribute('aria-label')).toMatch(/does not apply/);
  });

  it('arrows move the tab stop and focus, skipping rows where the principle does not apply', async () => {
    const { cell, press, tabStops } = await render('lead');
    cell('p-a', 1).focus();
    await press('ArrowDown');
    expect(document.activeElement).toBe(cell('p-c', 1));
    expect(tabStops()).toEqual([cell('p-c', 1)]);
    await press('ArrowRight');
    expect(document.activeElement).toBe(cell('p-c', 2));
    await press('Home');
    expect(document.activeElement).toBe(cell('p-c', 0));
  });

  it('digits rate the focused cell, and the row’s score follows', async () => {
    const { cell, press, editor, el } = await render('lead');
    cell('p-a', 4).focus();
    await press('1');
    expect(cell('p-a', 4).textContent).toContain('+1');
    expect(editor.cell('leadership', 'p-a', 'kindness')?.value).toBe(1);
    const score = el.querySelector('[data-protocol="p-a"] .grid__score') as HTMLElement;
    expect(score.textContent).toContain('+50.0');
    expect(score.textContent).toContain('Enabling');
    await press('0'); // (from +1 straight to −1 would need evidence: see below)
    await press('-');
    await press('1');
    expect(editor.cell('leadership', 'p-a', 'kindness')?.value).toBe(-1);
    await press('n');
    expect(editor.cell('leadership', 'p-a', 'kindness')?.value).toBeNull();
    await press('Delete');
    expect(editor.cell('leadership', 'p-a', 'kindness')).toBeUndefined();
    editor.discardUnsaved();
    backend.expectOne('/api/v1/audits/audit-1').flush(anAudit());
  });

  it('a +2 without evidence opens the evidence dialog and is not saved until it has some', async () => {
    const { cell, press, editor } = await render('lead');
    cell('p-a', 1).focus();
    await press('2');
    expect(document.querySelector('rcp-evidence-dialog')).not.toBeNull();
    expect(editor.cell('leadership', 'p-a', 'relationships-first')).toBeUndefined();
  });

  describe('evidence belongs to the rating it was given for', () => {
    const evidence = { text: 'Named worker policy', date: '2025-03-01', url: null };
    const carriedPlusTwo = () =>
      anAudit({ ratings: [aRating({ value: 2, evidence, carriedForward: true })] });
    const dialogText = () =>
      (document.querySelector('#evidence-text') as HTMLTextAreaElement | null)?.value;

    it('"−" "2" on a carried +2 with evidence opens the dialog, −2 preset, evidence empty', async () => {
      const { cell, press, editor } = await render('lead', carriedPlusTwo());
      cell('p-a', 1).focus();
      await press('-');
      await press('2');
      expect(document.querySelector('rcp-evidence-dialog')).not.toBeNull();
      expect(dialogText()).toBe('');
      const checked = document.querySelector<HTMLInputElement>(
        'rcp-evidence-dialog input[type="radio"]:checked',
      );
      expect(checked?.closest('label')?.textContent).toContain('Strongly inhibits');
      expect(document.querySelector('[data-testid="previous-evidence"]')?.textContent).toContain(
        'Named worker policy',
      );
      // Nothing written: the cell is still the carried +2 with its evidence.
      expect(editor.cell('leadership', 'p-a', 'relationships-first')?.value).toBe(2);
      expect(editor.save().pending.size).toBe(0);
    });

    it('a −1 over a +2 also needs new evidence: the old one is not kept', async () => {
      const { cell, press, editor } = await render('lead', carriedPlusTwo());
      cell('p-a', 1).focus();
      await press('-');
      await press('1');
      expect(document.querySelector('rcp-evidence-dialog')).not.toBeNull();
      expect(dialogText()).toBe('');
      expect(editor.save().pending.size).toBe(0);
    });

    it('a 0 over a +2 drops the evidence in the cell shown and in the write', async () => {
      const { cell, press, editor } = await render('lead', carriedPlusTwo());
      cell('p-a', 1).focus();
      await press('0');
      expect(document.querySelector('rcp-evidence-dialog')).toBeNull();
      expect(editor.cell('leadership', 'p-a', 'relationships-first')?.evidence).toBeNull();
      expect([...editor.save().pending.values()][0].evidence).toBeNull();
      expect(cell('p-a', 1).getAttribute('aria-label')).not.toContain('with evidence');
      editor.discardUnsaved();
      backend.expectOne('/api/v1/audits/audit-1').flush(anAudit());
    });

    it('a +1 over a +2 keeps the evidence', async () => {
      const { cell, press, editor } = await render('lead', carriedPlusTwo());
      cell('p-a', 1).focus();
      await press('1');
      expect(editor.cell('leadership', 'p-a', 'relationships-first')?.evidence).toEqual(evidence);
      expect([...editor.save().pending.values()][0].evidence).toBeUndefined();
      editor.discardUnsaved();
      backend.expectOne('/api/v1/audits/audit-1').flush(anAudit());
    });

    it('Esc leaves the cell as it was and says so', async () => {
      const { cell, press, editor, el, fixture } = await render('lead', carriedPlusTwo());
      cell('p-a', 1).focus();
      await press('-');
      await press('2');
      // Esc closes the dialog without a result, as this does.
      const ref = TestBed.inject(MatDialog).openDialogs[0];
      ref.close();
      await firstValueFrom(ref.afterClosed());
      await fixture.whenStable();
      expect(el.querySelector('[data-testid="grid-message"]')?.textContent).toBe(
        'Cancelled: still Strongly enables (+2).',
      );
      expect(editor.cell('leadership', 'p-a', 'relationships-first')).toEqual(
        expect.objectContaining({ value: 2, evidence, carriedForward: true }),
      );
    });
  });

  it('C confirms the carried-forward ratings of the row with the same values', async () => {
    const evidence = { text: 'Named worker policy', date: '2025-03-01', url: null };
    const { cell, press, editor } = await render(
      'lead',
      anAudit({
        ratings: [
          aRating({ value: 2, evidence, carriedForward: true }),
          aRating({ principleKey: 'kindness', value: 0, carriedForward: true }),
        ],
      }),
    );
    cell('p-a', 2).focus();
    await press('c');
    expect(
      [...editor.save().pending.values()].map((e) => [e.principleKey, e.value, e.evidence]),
    ).toEqual([
      ['relationships-first', 2, undefined],
      ['kindness', 0, undefined],
    ]);
    expect(editor.cell('leadership', 'p-a', 'kindness')?.carriedForward).toBe(false);
    editor.discardUnsaved();
    backend.expectOne('/api/v1/audits/audit-1').flush(anAudit());
  });

  it('for a viewer is read-only: keys move but change nothing', async () => {
    const { cell, press, editor, el } = await render('viewer');
    expect(el.querySelector('[role="grid"]')?.getAttribute('aria-readonly')).toBe('true');
    cell('p-a', 1).focus();
    await press('1');
    await press('Delete');
    await press('Enter');
    expect(editor.cell('leadership', 'p-a', 'relationships-first')).toBeUndefined();
    expect(document.querySelector('rcp-evidence-dialog')).toBeNull();
    await press('ArrowRight');
    expect(document.activeElement).toBe(cell('p-a', 2));
  });

  it('announces how many rows a filter shows', async () => {
    const { el, fixture } = await render('lead');
    const select = el.querySelector<HTMLSelectElement>(
      '#grid-filter-category',
    ) as HTMLSelectElement;
    select.value = 'policies';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el.querySelectorAll('rcp-grid-row').length).toBe(2);
    expect(el.querySelector('[data-testid="grid-message"]')?.textContent).toBe(
      'Showing 2 of 3 protocols.',
    );
  });

  it('the search keeps the rows whose protocol names match, and keys move on those rows only', async () => {
    {
      const { el, fixture, cell, press } = await render('lead');
      const input = el.querySelector<HTMLInputElement>('#grid-search') as HTMLInputElement;
      expect(el.querySelector('label[for="grid-search"]')?.textContent).toBe(
        'Search by protocol name',
      );
      input.value = 'home CARE';
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      expect(
        Array.from(el.querySelectorAll('rcp-grid-row')).map((r) => r.getAttribute('data-protocol')),
      ).toEqual(['p-a']);
      // The count is announced once typing pauses.
      expect(el.querySelector('[data-testid="grid-message"]')?.textContent).toBe('');
      await new Promise((r) => setTimeout(r, 700));
      await fixture.whenStable();
      expect(el.querySelector('[data-testid="grid-message"]')?.textContent).toBe(
        '1 protocol matches “home CARE” (of 3).',
      );
      cell('p-a', 1).focus();
      await press('ArrowDown');
      expect(document.activeElement).toBe(cell('p-a', 1));
    }
  });

  it('headings never break inside a word: long words are abbreviated, the full title is read', async () => {
    const { el } = await render('lead');
    const head = el.querySelector('[role="columnheader"].grid__colhead') as HTMLElement;
    expect(head.querySelector('[aria-hidden="true"]')?.textContent).toBe('Relat. first');
    expect(head.querySelector('.visually-hidden')?.textContent).toContain('Relationships first');
  });

  it('keeps the council index, coverage and provisional state beside the grid', async () => {
    const { el } = await render('lead', anAudit({ ratings: [aRating({ value: 1 })] }));
    const summary = el.querySelector('[data-testid="grid-summary"]') as HTMLElement;
    expect(summary.textContent).toContain('Council index');
    expect(summary.textContent).toContain('Coverage');
    expect(summary.textContent).toContain('Provisional until submitted');
  });
});
