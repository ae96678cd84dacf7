import type { ProtocolFields } from '@rcp/api-contract';
import { DataSource } from 'typeorm';
import { aCouncil } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DraftAuditsRepository } from './draft-audits.repository';
import { ProtocolsRepository } from './protocols.repository';

const fields = (name: string, overrides: Partial<ProtocolFields> = {}): ProtocolFields => ({
  name,
  description: 'Home care is commissioned in fixed 15-minute slots.',
  category: 'time-and-caseload',
  type: 'contract',
  owner: 'Adult social care commissioning',
  serviceArea: 'Adult social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  basis: 'local-practice',
  reviewDate: '2027-03-31',
  sourceLinks: ['https://www.nice.org.uk/guidance/ng21'],
  ...overrides,
});

describe('the protocol register queries (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let protocols: ProtocolsRepository;
  let drafts: DraftAuditsRepository;
  let councilId: string;
  let otherCouncilId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    protocols = t.app.get(ProtocolsRepository);
    drafts = t.app.get(DraftAuditsRepository);
    councilId = (await aCouncil(t)).id;
    otherCouncilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  /** An audit row of the council, straight into the table (scores are not needed here). */
  async function anAuditRow(council: string, status: 'draft' | 'submitted'): Promise<string> {
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, status, submitted_at)
       SELECT $1, 'Audit', '2026-01-01', '2026-06-30', id, $2, CASE WHEN $2 = 'submitted' THEN now() END
         FROM framework_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1
       RETURNING id`,
      [council, status],
    );
    return row.id;
  }

  const copiesOf = (protocolId: string) =>
    t.sql<{ audit_id: string; name: string; reach: string }>(
      `SELECT audit_id, name, reach FROM audit_protocols WHERE protocol_id = $1 ORDER BY audit_id`,
      [protocolId],
    );

  /** Runs `work` in a transaction that gives up on a lock after a short wait. */
  const impatiently = (work: (m: DataSource['manager']) => Promise<unknown>) =>
    db.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '200ms'`);
      return work(m);
    });

  it('inserts a protocol and returns it as stored: version 1, active, the review date as a date', async () => {
    const row = await protocols.insert(councilId, fields('Inserted'), 'home-care-slots');
    expect(row).toMatchObject({
      council_id: councilId,
      name: 'Inserted',
      review_date: '2027-03-31',
      library_key: 'home-care-slots',
      status: 'active',
      version: 1,
      retired_at: null,
    });
    expect(await protocols.findById(councilId, row.id)).toEqual(row);
    expect(await protocols.findById(otherCouncilId, row.id)).toBeNull();
  });

  it('lists a register by status, ordered by name whatever its case', async () => {
    const council = (await aCouncil(t)).id;
    await protocols.insert(council, fields('beta'), null);
    await protocols.insert(council, fields('Alpha'), null);
    const gone = await protocols.insert(council, fields('Gamma'), null);
    await protocols.retire(gone.id, 'No longer used');
    const names = async (status: 'active' | 'retired' | 'all') =>
      (await protocols.listByCouncil(council, status)).map((r) => r.name);
    expect(await names('active')).toEqual(['Alpha', 'beta']);
    expect(await names('retired')).toEqual(['Gamma']);
    expect(await names('all')).toEqual(['Alpha', 'beta', 'Gamma']);
    expect((await protocols.listLowerNamesByCouncil(council)).sort()).toEqual([
      'alpha',
      'beta',
      'gamma',
    ]);
    expect(await protocols.findStatusByName(council, 'GAMMA')).toBe('retired');
    expect(await protocols.findStatusByName(council, 'alpha')).toBe('active');
    expect(await protocols.findStatusByName(council, 'delta')).toBeNull();
  });

  it('update and retire move the version on and return the row as it now is', async () => {
    const row = await protocols.insert(councilId, fields('To change'), null);
    const updated = await protocols.update(
      row.id,
      fields('Changed', { reach: 'low', reviewDate: null }),
    );
    expect(updated).toMatchObject({ name: 'Changed', reach: 'low', review_date: null, version: 2 });
    const retired = await protocols.retire(row.id, 'Only assumed');
    expect(retired).toMatchObject({
      status: 'retired',
      retired_reason: 'Only assumed',
      version: 3,
    });
    expect(retired.retired_at).toBeInstanceOf(Date);
  });

  it('a locked protocol makes a second locker wait until the first transaction ends', async () => {
    const row = await protocols.insert(councilId, fields('Locked'), null);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = db.transaction(async (m) => {
      expect((await protocols.lockById(councilId, row.id, m))?.id).toBe(row.id);
      locked();
      await held;
    });
    await isLocked;
    await expect(impatiently((m) => protocols.lockById(councilId, row.id, m))).rejects.toThrow(
      /lock timeout/,
    );
    // A plain read does not wait.
    expect((await protocols.findById(councilId, row.id))?.id).toBe(row.id);
    release();
    await first;
    expect(
      (await impatiently((m) => protocols.lockById(councilId, row.id, m))) as { id: string },
    ).toMatchObject({ id: row.id });
    expect(await protocols.lockById(otherCouncilId, row.id)).toBeNull();
  });

  it('draft audits of the council take a new protocol in; submitted and other councils’ audits do not', async () => {
    const council = (await aCouncil(t)).id;
    const draftA = await anAuditRow(council, 'draft');
    const draftB = await anAuditRow(council, 'draft');
    await anAuditRow(council, 'submitted');
    await anAuditRow(otherCouncilId, 'draft');
    const row = await protocols.insert(council, fields('Joins drafts'), null);
    const joined = await drafts.addProtocol(council, row.id, fields('Joins drafts'));
    expect(joined.sort()).toEqual([draftA, draftB].sort());
    expect((await copiesOf(row.id)).map((c) => c.audit_id)).toEqual([draftA, draftB].sort());
  });

  it('an edit reaches only draft copies, retiring removes only draft copies, and versions move on', async () => {
    const council = (await aCouncil(t)).id;
    const draft = await anAuditRow(council, 'draft');
    const row = await protocols.insert(council, fields('Followed'), null);
    await drafts.addProtocol(council, row.id, fields('Followed'));
    const submitted = await anAuditRow(council, 'submitted');
    await t.sql(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       VALUES ($1, $2, 'Followed', 'time-and-caseload', 'contract', 'Adult social care', 'organisational', 'relational', 'high')`,
      [submitted, row.id],
    );

    expect(await drafts.updateProtocol(row.id, fields('Followed', { reach: 'low' }))).toEqual([
      draft,
    ]);
    const reachOf = async (audit: string) =>
      (await copiesOf(row.id)).find((c) => c.audit_id === audit)?.reach;
    expect(await reachOf(draft)).toBe('low');
    expect(await reachOf(submitted)).toBe('high');

    await drafts.bumpVersions([draft]);
    const versions = await t.sql<{ id: string; version: number }>(
      `SELECT id, version FROM audits WHERE id = ANY($1)`,
      [[draft, submitted]],
    );
    expect(Object.fromEntries(versions.map((v) => [v.id, v.version]))).toEqual({
      [draft]: 2,
      [submitted]: 1,
    });

    expect(await drafts.removeProtocol(row.id)).toEqual([draft]);
    expect((await copiesOf(row.id)).map((c) => c.audit_id)).toEqual([submitted]);
  });

  it("locking a council's draft audits makes a second locker wait, and leaves other councils free", async () => {
    const council = (await aCouncil(t)).id;
    await anAuditRow(council, 'draft');
    const other = (await aCouncil(t)).id;
    await anAuditRow(other, 'draft');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const first = db.transaction(async (m) => {
      await drafts.lockByCouncil(council, m);
      locked();
      await held;
    });
    await isLocked;
    await expect(impatiently((m) => drafts.lockByCouncil(council, m))).rejects.toThrow(
      /lock timeout/,
    );
    await expect(impatiently((m) => drafts.lockByCouncil(other, m))).resolves.toBeUndefined();
    release();
    await first;
  });
});
