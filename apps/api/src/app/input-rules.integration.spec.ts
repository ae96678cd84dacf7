import type { Audit, FrameworkVersion } from '@rcp/api-contract';
import request from 'supertest';
import { aCouncil, aUser, Client } from '../../test/builders';
import { anAudit, applicableCells, ApplicableCell, registerFromLibrary } from '../../test/register';
import { createTestApp, TestApp } from '../../test/test-app';

/** Lists nested `depth` deep, as a client would send them (a few kilobytes of brackets). */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

const fields = (res: request.Response) =>
  (res.body.errors as { field: string }[] | undefined)?.map((e) => e.field);

/**
 * The input rules of issue 13: text the database cannot store, JSON deep enough to overflow the
 * validator, and the small inconsistencies (evidence: [], a body sent to logout, null or huge
 * numbers where the document says neither) are each a 400 naming the field, and write nothing.
 */
describe('input rules (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: Client;
  let lead: Client;
  let councilId: string;
  let audit: Audit;
  let cell: ApplicableCell;

  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
    lead = await Client.signedIn(t, await aUser(t, 'lead', councilId));
    await registerFromLibrary(lead, councilId);
    audit = await anAudit(lead, councilId);
    cell = (await applicableCells(lead, audit))[0];
  });
  afterAll(() => t.close());

  const council = (name: string) => ({
    name,
    type: 'unitary',
    region: 'London',
    populationBand: '150k-300k',
  });
  const countOf = async (table: string) =>
    (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  describe('a NUL character (PostgreSQL cannot store one)', () => {
    it('in a council name is a 400 on name, not a 500', async () => {
      const before = await countOf('councils');
      const res = await coordinator.post('/api/v1/councils', council('Nul\u0000shire Council'));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'name', messages: ['must not contain a NUL character (\\u0000)'] },
      ]);
      expect(await countOf('councils')).toBe(before);
    });

    it('in a protocol owner is a 400 on owner', async () => {
      const res = await lead.post(`/api/v1/councils/${councilId}/protocols`, {
        name: 'Home visits',
        category: 'practice',
        type: 'policy',
        owner: 'Head of\u0000service',
        serviceArea: 'Adult social care',
        scope: 'organisational',
        contextNeed: 'relational',
        reach: 'high',
        basis: 'council-policy',
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['owner']);
    });

    it('deep in a ratings write is a 400 naming the exact field', async () => {
      const before = await countOf('ratings');
      const res = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...cell, value: 2, evidence: { text: 'Shown in\u0000 the minutes' } }],
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['ratings.0.evidence.text']);
      expect(await countOf('ratings')).toBe(before);
    });

    it('in a query string or a path parameter is a 400 naming it', async () => {
      const search = await lead.get('/api/v1/protocol-library?q=care%00');
      expect(search.status).toBe(400);
      expect(fields(search)).toEqual(['q']);

      const draft = (await coordinator.post('/api/v1/frameworks/versions'))
        .body as FrameworkVersion;
      const item = await coordinator.put(
        `/api/v1/frameworks/versions/${draft.number}/items/principle/trust%00`,
        { title: 'Trust', description: 'Mutual trust', weight: 1, revision: draft.revision },
      );
      expect(item.status).toBe(400);
      expect(fields(item)).toEqual(['key']);
      await coordinator.send(
        'DELETE',
        `/api/v1/frameworks/versions/${draft.number}?revision=${draft.revision}`,
      );
    });
  });

  describe('half a UTF-16 surrogate pair (not Unicode at all)', () => {
    it('in an invitation email or display name is a 400 on each', async () => {
      const before = await countOf('invitations');
      const res = await coordinator.post('/api/v1/invitations', {
        email: 'sam\ud800@council.example',
        displayName: 'Sam \udc00Jones',
        role: 'viewer',
        councilId,
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['email', 'displayName']);
      expect(await countOf('invitations')).toBe(before);
    });

    it('in an audit label or a council name is a 400 on it; a whole pair (an emoji) is fine', async () => {
      const label = await lead.post(`/api/v1/councils/${councilId}/audits`, {
        label: '2027 \ud83d',
        periodStart: '2027-01-01',
        periodEnd: '2027-06-30',
      });
      expect(label.status).toBe(400);
      expect(fields(label)).toEqual(['label']);

      expect((await coordinator.post('/api/v1/councils', council('Lone \udfff'))).status).toBe(400);
      const emoji = await coordinator.post('/api/v1/councils', council('Smiley 😀 Council'));
      expect(emoji.status).toBe(201);
    });

    it('in a path, where it cannot even be decoded, is a 400 on path', async () => {
      const res = await lead.post(`/api/v1/councils/%ED%A0%80/audits`, { label: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'path', messages: ['is not valid percent-encoded UTF-8'] },
      ]);
    });
  });

  describe('JSON nested deeper than 32 levels', () => {
    it('is refused at sign-in, before validation and from anyone: 400 on body', async () => {
      // Signed out, with the XSRF cookie a browser has: it used to overflow the validator's stack.
      const anonymous = await Client.anonymous(t);
      const res = await anonymous.post('/api/v1/auth/login', nested(1500) as object);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'body', messages: ['is nested too deeply'] }]);
    });

    it('is refused inside a field of any JSON endpoint; 32 levels are validated as usual', async () => {
      const tooDeep = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...cell, value: 1, evidence: nested(31) }],
      });
      expect(tooDeep.status).toBe(400);
      expect(fields(tooDeep)).toEqual(['body']);

      const deepest = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
        version: audit.version,
        ratings: [{ ...cell, value: 1, evidence: nested(29) }],
      });
      expect(deepest.status).toBe(400);
      expect(fields(deepest)).toEqual(['ratings.0.evidence']);
    });
  });

  describe('evidence: [] is refused, not taken as "no evidence"', () => {
    it('for a +2 that needs evidence, and for a +1 that does not: 400 on the field', async () => {
      const before = await countOf('ratings');
      for (const value of [2, 1]) {
        const res = await lead.put(`/api/v1/audits/${audit.id}/ratings`, {
          version: audit.version,
          ratings: [{ ...cell, value, evidence: [] }],
        });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([
          {
            field: 'ratings.0.evidence',
            messages: ['must be one piece of evidence (an object with text), or null for none'],
          },
        ]);
      }
      expect(await countOf('ratings')).toBe(before);
    });
  });

  describe('actions that take no body', () => {
    it('logout refuses a field or a list, and the session stays; an empty object signs out', async () => {
      const user = await Client.signedIn(t, await aUser(t, 'viewer', councilId));
      const field = await user.post('/api/v1/auth/logout', { everywhere: true });
      expect(field.status).toBe(400);
      expect(field.body.errors).toEqual([
        { field: 'everywhere', messages: ['is not an allowed field'] },
      ]);
      const list = await user.send('POST', '/api/v1/auth/logout', []);
      expect(list.status).toBe(400);
      expect(fields(list)).toEqual(['body']);
      expect((await user.get('/api/v1/auth/me')).status).toBe(200);

      expect((await user.post('/api/v1/auth/logout', {})).status).toBe(204);
      expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    });

    it('discarding a draft audit refuses a body and keeps the draft', async () => {
      // The council's one draft, at the version last read: without the body it would go.
      const res = await lead.send('DELETE', `/api/v1/audits/${audit.id}?version=${audit.version}`, {
        reason: 'typo',
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['reason']);
      expect(await t.sql(`SELECT 1 FROM audits WHERE id = $1`, [audit.id])).toHaveLength(1);
    });
  });

  describe('null and numbers the document does not allow', () => {
    it('null for an optional field that does not take null is a 400, not a silent default', async () => {
      const res = await coordinator.post('/api/v1/councils', {
        ...council('Nullbury Council'),
        sharing: null,
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['sharing']);
    });

    it('a version past what PostgreSQL stores is a 400 on version, not a 500', async () => {
      const res = await lead.post(`/api/v1/audits/${audit.id}/submit`, { version: 2 ** 31 });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['version']);
      const query = await lead.send('DELETE', `/api/v1/audits/${audit.id}?version=99999999999`);
      expect(query.status).toBe(400);
      expect(fields(query)).toEqual(['version']);
    });
  });
});
