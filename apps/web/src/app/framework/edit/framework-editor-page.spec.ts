import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { FrameworkVersion } from '@rcp/api-contract';
import { FRAMEWORKS_API } from '../framework-api';
import { aSummary, aVersion } from '../testing';
import { DRAFT_CONFLICT_MESSAGE } from './draft-errors';
import { FrameworkEditorPage } from './framework-editor-page';

const published = aVersion({
  number: 1,
  status: 'published',
  publishedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
});

describe('the framework editor', () => {
  let backend: HttpTestingController;

  async function render(draft: FrameworkVersion | null = aVersion()) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FrameworkEditorPage);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await serve(draft);
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const button = (text: string, root: ParentNode = el) =>
      Array.from(root.querySelectorAll('button')).find(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() === text,
      ) as HTMLButtonElement;
    const type = (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
      await settle();
    };
    async function serve(d: FrameworkVersion | null) {
      backend
        .expectOne({ method: 'GET', url: `${FRAMEWORKS_API}/versions` })
        .flush(d ? [aSummary(d), aSummary(published)] : [aSummary(published)]);
      if (d)
        backend
          .expectOne({ method: 'GET', url: `${FRAMEWORKS_API}/versions/${d.number}` })
          .flush(d);
      await fixture.whenStable();
    }
    return { fixture, el, button, type, submit, settle, serve };
  }

  afterEach(() => {
    backend.verify();
    document.body.innerHTML = '';
  });

  it('offers to start a new draft when there is none', async () => {
    const { el, button, settle } = await render(null);
    expect(el.textContent).toContain('There is no draft');
    button('Start a new draft').click();
    backend.expectOne({ method: 'POST', url: `${FRAMEWORKS_API}/versions` }).flush(aVersion());
    backend
      .expectOne(`${FRAMEWORKS_API}/versions`)
      .flush([aSummary(aVersion()), aSummary(published)]);
    await settle();
    expect(el.querySelector('[data-testid="draft"] h2')?.textContent).toContain('Draft version 2');
    expect(el.querySelector('[data-testid="status"]')?.textContent).toContain(
      'Draft version 2 has been started: a copy of version 1.',
    );
  });

  it('saves a changed principle with the draft’s revision', async () => {
    const { el, button, type, submit, settle } = await render();
    button('Edit Mutual trust').click();
    await settle();
    type('#item-weight', '2.5');
    await submit();

    const put = backend.expectOne({
      method: 'PUT',
      url: `${FRAMEWORKS_API}/versions/2/items/principle/mutual-trust`,
    });
    expect(put.request.body).toEqual({
      title: 'Mutual trust',
      description: 'What mutual-trust means.',
      weight: 2.5,
      contexts: ['relational', 'transactional', 'mixed'],
      relational: false,
      revision: 4,
    });
    const saved = aVersion({ revision: 5 });
    saved.items[1] = { ...saved.items[1], weight: 2.5 };
    put.flush(saved);
    await settle();
    expect(el.querySelector('[data-testid="status"]')?.textContent).toContain(
      '“Mutual trust” has been saved.',
    );
    expect(el.querySelector('[data-testid="principle-list"]')?.textContent).toContain('Weight 2.5');
  });

  it('when someone else changed the draft, says so, reloads it on request, and then sends the new revision', async () => {
    const { el, button, type, submit, serve, settle } = await render();
    button('Edit Mutual trust').click();
    await settle();
    type('#item-weight', '2');
    await submit();
    backend
      .expectOne(`${FRAMEWORKS_API}/versions/2/items/principle/mutual-trust`)
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Someone else changed this draft.' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.textContent).toContain(DRAFT_CONFLICT_MESSAGE);
    expect(document.activeElement).toBe(summary);

    button('Reload', summary ?? el).click();
    await serve(aVersion({ revision: 7 }));
    await settle();
    expect(el.querySelector('[data-testid="error-summary"]')).toBeNull();
    expect(el.querySelector('[data-testid="status"]')?.textContent).toContain(
      'The draft has been reloaded with the latest changes.',
    );

    button('Edit Mutual trust').click();
    await settle();
    type('#item-weight', '2');
    await submit();
    const retry = backend.expectOne(`${FRAMEWORKS_API}/versions/2/items/principle/mutual-trust`);
    expect(retry.request.body).toMatchObject({ weight: 2, revision: 7 });
    retry.flush(aVersion({ revision: 8 }));
    await settle();
  });

  it('discards the draft at the revision it shows; if someone changed it meanwhile, says so and keeps it', async () => {
    const { el, button, settle } = await render(aVersion({ revision: 4 }));
    const confirmDiscard = async () => {
      button('Discard draft').click();
      await settle();
      const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
      expect(dialog.textContent).toContain('Discard draft version 2?');
      button('Discard draft', dialog).click();
      await settle();
    };

    await confirmDiscard();
    const stale = backend.expectOne((r) => r.url === `${FRAMEWORKS_API}/versions/2`);
    expect(stale.request.method).toBe('DELETE');
    expect(stale.request.params.get('revision')).toBe('4');
    stale.flush(
      { statusCode: 409, error: 'Conflict', message: 'Someone else changed this draft.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(el.querySelector('[data-testid="error-summary"]')?.textContent).toContain(
      DRAFT_CONFLICT_MESSAGE,
    );
    expect(el.textContent).toContain('Draft version 2');
  });

  it('refuses a new item whose key is badly formed or already used, before sending anything', async () => {
    const { el, button, type, submit, settle } = await render();
    button('Add a behaviour').click();
    await settle();
    // The key follows the title: "Listening first" → listening-first, which the draft has.
    type('#item-title', 'Listening first');
    type('#item-description', 'Staff listen before they decide.');
    el.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    await submit();
    const summary = () => el.querySelector('[data-testid="error-summary"]')?.textContent ?? '';
    expect(summary()).toContain('This draft already has a behaviour with that key: choose another');

    type('#item-key', 'Listening First');
    await submit();
    expect(summary()).toContain('The key must be lower-case words joined by hyphens');
    backend.expectNone({ method: 'PUT' });

    type('#item-key', 'listening-before-deciding');
    await submit();
    const put = backend.expectOne({
      method: 'PUT',
      url: `${FRAMEWORKS_API}/versions/2/items/behaviour/listening-before-deciding`,
    });
    expect(put.request.body).toEqual({
      title: 'Listening first',
      description: 'Staff listen before they decide.',
      principleKeys: ['relationships-first'],
      revision: 4,
    });
    put.flush(aVersion({ revision: 5 }));
    await settle();
  });

  it('shows why a draft cannot be published, naming the principle', async () => {
    const { el, button, settle } = await render();
    button('Publish version 2').click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Publishing is final: a published version never changes');
    // Release notes are required: publishing without them says so and sends nothing.
    button('Publish version 2', dialog).click();
    await settle();
    expect(dialog.textContent).toContain('Enter the release notes');
    backend.expectNone({ method: 'POST', url: `${FRAMEWORKS_API}/versions/2/publish` });
    const notes = dialog.querySelector<HTMLTextAreaElement>('#release-notes');
    if (!notes) throw new Error('no release notes field');
    notes.value = '  Weights the principles again.  ';
    notes.dispatchEvent(new Event('input'));
    button('Publish version 2', dialog).click();
    await settle();
    const post = backend.expectOne({ method: 'POST', url: `${FRAMEWORKS_API}/versions/2/publish` });
    expect(post.request.body).toEqual({
      revision: 4,
      releaseNotes: 'Weights the principles again.',
    });
    post.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'This draft cannot be published yet.',
        errors: [
          { field: 'principles[1].weight', messages: ['must be greater than 0, got 0'] },
          {
            field: 'principles',
            messages: ['no principle applies to transactional contexts; at least one must'],
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const summary = el.querySelector('[data-testid="error-summary"]');
    expect(summary?.querySelector('h2')?.textContent).toContain(
      'Version 2 cannot be published yet',
    );
    const items = Array.from(summary?.querySelectorAll('li') ?? []).map((li) =>
      li.textContent?.trim(),
    );
    expect(items).toEqual([
      'The weight of principle “Mutual trust” must be greater than 0, got 0.',
      'The principles: no principle applies to transactional contexts; at least one must.',
    ]);
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#edit-principle-mutual-trust');
  });
});
