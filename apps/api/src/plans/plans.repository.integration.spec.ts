import type { PlanChangeStatus, PlanPriority } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';
import { aCouncil, aUser, TestUser } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { NewPlanChange, PlanChangesRepository, toPlanChange } from './plan-changes.repository';
import { PlanNotesRepository } from './plan-notes.repository';
import { PlanRegisterRepository } from './plan-register.repository';

describe('the change plan queries (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let changes: PlanChangesRepository;
  let notes: PlanNotesRepository;
  let register: PlanRegisterRepository;
  let councilId: string;
  let otherCouncilId: string;
  let manager: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    changes = t.app.get(PlanChangesRepository);
    notes = t.app.get(PlanNotesRepository);
    register = t.app.get(PlanRegisterRepository);
    councilId = (await aCouncil(t)).id;
    otherCouncilId = (await aCouncil(t)).id;
    manager = await aUser(t, 'manager', councilId);
  });
  afterAll(() => t.close());

  let protocolCount = 0;
  /** A register protocol of the council, straight into the table. */
  async function aProtocol(council: string, libraryKey: string | null = null): Promise<string> {
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO protocols (council_id, name, category, type, service_area, scope, context_need, reach, basis, library_key)
       VALUES ($1, $2, 'time-and-caseload', 'contract', 'Adult social care', 'organisational', 'relational', 'high',
               'local-practice', $3)
       RETURNING id`,
      [council, `Protocol ${++protocolCount}`, libraryKey],
    );
    return row.id;
  }

  const amend = (
    council: string,
    protocolId: string,
    overrides: Partial<NewPlanChange> = {},
  ): NewPlanChange => ({
    councilId: council,
    kind: 'amend',
    protocolId,
    newProtocol: null,
    title: 'Let carers set visit length',
    rationale: 'Fixed slots leave no time to talk.',
    ownerUserId: null,
    ownerTeam: null,
    dueDate: null,
    priority: 'medium',
    status: 'proposed',
    targetRatings: { continuity: 2 },
    createdBy: manager.id,
    ...overrides,
  });

  /** Inserts a change in a transaction of its own, as the service does. */
  const aChange = (c: NewPlanChange) => db.transaction((m) => changes.insert(c, m));

  const stored = async (id: string) =>
    (
      await t.sql<{
        status: string;
        version: number;
        title: string;
        due_date: string | null;
        target_ratings: Record<string, number | null>;
        agreed_at: Date | null;
        status_changed_by: string | null;
      }>(
        `SELECT status, version, title, to_char(due_date, 'YYYY-MM-DD') AS due_date, target_ratings,
                agreed_at, status_changed_by
           FROM plan_changes WHERE id = $1`,
        [id],
      )
    )[0];

  const historyRows = (id: string) =>
    t.sql<{ from_status: string | null; to_status: string; changed_by: string | null }>(
      `SELECT from_status, to_status, changed_by FROM plan_change_status_changes
        WHERE change_id = $1 ORDER BY id`,
      [id],
    );

  /** Runs `work` in a transaction that gives up on a lock after a short wait. */
  const impatiently = (work: (m: EntityManager) => Promise<unknown>) =>
    db.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '200ms'`);
      return work(m);
    });

  /** Holds `lock` in a transaction until the returned release is called. */
  async function holding(lock: (m: EntityManager) => Promise<unknown>) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const done = db.transaction(async (m) => {
      await lock(m);
      locked();
      await held;
    });
    await isLocked;
    return async () => {
      release();
      await done;
    };
  }

  it('inserts a change with its first history row, and reads it back with names and counts', async () => {
    const protocolId = await aProtocol(councilId, 'home-care-slots');
    const id = await aChange(
      amend(councilId, protocolId, {
        ownerUserId: manager.id,
        ownerTeam: 'Commissioning',
        dueDate: '2026-09-30',
        priority: 'high',
      }),
    );
    expect(await historyRows(id)).toEqual([
      { from_status: null, to_status: 'proposed', changed_by: manager.id },
    ]);
    const row = await changes.findById(id);
    if (!row) throw new Error('the inserted change was not found');
    expect(row).toMatchObject({
      council_id: councilId,
      protocol_id: protocolId,
      owner_name: 'Test manager',
      created_by_name: 'Test manager',
      status_changed_by_name: 'Test manager',
      due_date: '2026-09-30',
      status: 'proposed',
      agreed_at: null,
      target_ratings: { continuity: 2 },
      version: 1,
      note_count: 0,
      p_library_key: 'home-care-slots',
    });
    expect(toPlanChange(row, '2026-10-01').overdue).toBe(true);
    expect(toPlanChange(row, '2026-09-30').overdue).toBe(false);
    expect(await changes.findById('00000000-0000-4000-8000-000000000000')).toBeUndefined();

    // A change inserted as already agreed is stamped as agreed.
    const agreedId = await aChange(
      amend(councilId, await aProtocol(councilId), { status: 'agreed' }),
    );
    expect((await stored(agreedId)).agreed_at).toBeInstanceOf(Date);
    expect(await historyRows(agreedId)).toEqual([
      { from_status: null, to_status: 'agreed', changed_by: manager.id },
    ]);
  });

  it('PostgreSQL itself refuses a second open change of a protocol, and allows one once the first is closed', async () => {
    const protocolId = await aProtocol(councilId);
    const first = await aChange(amend(councilId, protocolId));
    // Through the repository …
    await expect(aChange(amend(councilId, protocolId, { title: 'Again' }))).rejects.toThrow(
      /plan_changes_one_open_per_protocol/,
    );
    // … and bypassing it altogether.
    await expect(
      t.sql(
        `INSERT INTO plan_changes (council_id, kind, protocol_id, title, status, agreed_at)
         VALUES ($1, 'retire', $2, 'Retire it', 'in-progress', now())`,
        [councilId, protocolId],
      ),
    ).rejects.toThrow(/plan_changes_one_open_per_protocol/);
    expect(await t.sql(`SELECT id FROM plan_changes WHERE protocol_id = $1`, [protocolId])).toEqual(
      [{ id: first }],
    );

    // Once the first is done, a new open change of the protocol is allowed; closed ones do not count.
    expect(
      await db.transaction((m) => changes.setStatus(first, 1, 'proposed', 'done', manager.id, m)),
    ).toBe(true);
    const second = await aChange(amend(councilId, protocolId, { title: 'Next round' }));
    expect(
      (
        await t.sql<{ id: string }>(
          `SELECT id FROM plan_changes WHERE protocol_id = $1 ORDER BY created_at`,
          [protocolId],
        )
      ).map((r) => r.id),
    ).toEqual([first, second]);
  });

  it('finds the open change of a protocol, other than the one given, and ignores closed ones', async () => {
    const protocolId = await aProtocol(councilId);
    const dropped = await aChange(amend(councilId, protocolId, { title: 'Dropped one' }));
    await db.transaction((m) =>
      changes.setStatus(dropped, 1, 'proposed', 'dropped', manager.id, m),
    );
    expect(await changes.openChangeOf(protocolId, null)).toBeUndefined();

    const open = await aChange(amend(councilId, protocolId, { title: 'Open one' }));
    expect(await changes.openChangeOf(protocolId, null)).toEqual({ id: open, title: 'Open one' });
    expect(await changes.openChangeOf(protocolId, dropped)).toEqual({
      id: open,
      title: 'Open one',
    });
    expect(await changes.openChangeOf(protocolId, open)).toBeUndefined();
    expect(await changes.openChangeOf(await aProtocol(councilId), null)).toBeUndefined();
  });

  it('an edit writes only from the version read: a stale version updates nothing', async () => {
    const id = await aChange(
      amend(councilId, await aProtocol(councilId), { dueDate: '2026-05-01' }),
    );
    expect(
      await db.transaction((m) =>
        changes.update(id, 1, { title: 'Renamed', dueDate: null, targetRatings: { voice: -1 } }, m),
      ),
    ).toBe(true);
    expect(await stored(id)).toMatchObject({
      title: 'Renamed',
      due_date: null,
      target_ratings: { voice: -1 },
      version: 2,
    });

    // A second writer who also read version 1 changes nothing.
    expect(await db.transaction((m) => changes.update(id, 1, { title: 'Lost write' }, m))).toBe(
      false,
    );
    expect(await stored(id)).toMatchObject({ title: 'Renamed', version: 2 });
    // Fields not given stay as they are.
    expect(await db.transaction((m) => changes.update(id, 2, { priority: 'low' }, m))).toBe(true);
    expect(await stored(id)).toMatchObject({
      title: 'Renamed',
      target_ratings: { voice: -1 },
      version: 3,
    });
  });

  it('a status move writes its history row with it; a stale version writes neither', async () => {
    const id = await aChange(amend(councilId, await aProtocol(councilId)));
    const lead = await aUser(t, 'lead', councilId);
    const move = (version: number, from: PlanChangeStatus, to: PlanChangeStatus) =>
      db.transaction((m) => changes.setStatus(id, version, from, to, lead.id, m));

    expect(await move(1, 'proposed', 'agreed')).toBe(true);
    const agreed = await stored(id);
    expect(agreed).toMatchObject({ status: 'agreed', version: 2, status_changed_by: lead.id });
    expect(agreed.agreed_at).toBeInstanceOf(Date);

    expect(await move(1, 'proposed', 'dropped')).toBe(false);
    expect(await stored(id)).toMatchObject({ status: 'agreed', version: 2 });

    expect(await move(2, 'agreed', 'in-progress')).toBe(true);
    // Agreeing is stamped once: moving on keeps the first stamp.
    expect((await stored(id)).agreed_at).toEqual(agreed.agreed_at);
    expect(await move(3, 'in-progress', 'proposed')).toBe(true);
    expect(await stored(id)).toMatchObject({ status: 'proposed', agreed_at: null, version: 4 });

    expect(await historyRows(id)).toEqual([
      { from_status: null, to_status: 'proposed', changed_by: manager.id },
      { from_status: 'proposed', to_status: 'agreed', changed_by: lead.id },
      { from_status: 'agreed', to_status: 'in-progress', changed_by: lead.id },
      { from_status: 'in-progress', to_status: 'proposed', changed_by: lead.id },
    ]);
    expect((await notes.statusHistoryOf(id)).map((h) => [h.from, h.to, h.changedBy?.id])).toEqual([
      [null, 'proposed', manager.id],
      ['proposed', 'agreed', lead.id],
      ['agreed', 'in-progress', lead.id],
      ['in-progress', 'proposed', lead.id],
    ]);

    // Straight from proposed to in progress stamps the agreement too (the table requires it).
    expect(await move(4, 'proposed', 'in-progress')).toBe(true);
    expect((await stored(id)).agreed_at).toBeInstanceOf(Date);
  });

  it('a status move rolled back leaves neither the new status nor its history row', async () => {
    const id = await aChange(amend(councilId, await aProtocol(councilId)));
    await expect(
      db.transaction(async (m) => {
        expect(await changes.setStatus(id, 1, 'proposed', 'agreed', manager.id, m)).toBe(true);
        throw new Error('the service gave up');
      }),
    ).rejects.toThrow('the service gave up');
    expect(await stored(id)).toMatchObject({ status: 'proposed', version: 1, agreed_at: null });
    expect(await historyRows(id)).toHaveLength(1);
  });

  it('a locked change makes a second locker wait until the first transaction ends; a plain read does not', async () => {
    const id = await aChange(amend(councilId, await aProtocol(councilId)));
    const release = await holding(async (m) =>
      expect((await changes.findById(id, true, m))?.id).toBe(id),
    );
    await expect(impatiently((m) => changes.findById(id, true, m))).rejects.toThrow(/lock timeout/);
    // A writer waits as well.
    await expect(
      impatiently((m) => changes.update(id, 1, { title: 'Sneaked in' }, m)),
    ).rejects.toThrow(/lock timeout/);
    expect((await changes.findById(id))?.id).toBe(id);
    expect(await stored(id)).toMatchObject({ title: 'Let carers set visit length', version: 1 });
    await release();
    await expect(impatiently((m) => changes.findById(id, true, m))).resolves.toMatchObject({ id });
  });

  it("locking a register protocol makes a second locker wait, and finds only the council's own", async () => {
    const protocolId = await aProtocol(councilId, 'night-visits');
    const release = await holding(async (m) =>
      expect(await register.lockProtocol(councilId, protocolId, m)).toMatchObject({
        id: protocolId,
        council_id: councilId,
        status: 'active',
        context_need: 'relational',
        library_key: 'night-visits',
      }),
    );
    await expect(
      impatiently((m) => register.lockProtocol(councilId, protocolId, m)),
    ).rejects.toThrow(/lock timeout/);
    expect((await register.findProtocol(councilId, protocolId))?.id).toBe(protocolId);
    await release();
    await expect(
      impatiently((m) => register.lockProtocol(councilId, protocolId, m)),
    ).resolves.toMatchObject({ id: protocolId });
    // Another council's protocol is neither found nor locked.
    expect(
      await db.transaction((m) => register.lockProtocol(otherCouncilId, protocolId, m)),
    ).toBeUndefined();
    expect(await register.findProtocol(otherCouncilId, protocolId)).toBeUndefined();
  });

  it("gives the library keys of the council's register only", async () => {
    const council = (await aCouncil(t)).id;
    const keyed = await aProtocol(council, 'home-care-slots');
    const local = await aProtocol(council, null);
    await aProtocol(otherCouncilId, 'other-key');
    expect(await register.libraryKeysOf(council)).toEqual(
      new Map([
        [keyed, 'home-care-slots'],
        [local, null],
      ]),
    );
  });

  it('counts active and invited members of the council as its people, not deactivated or other councils’', async () => {
    const council = (await aCouncil(t)).id;
    const active = await aUser(t, 'viewer', council);
    const invited = await aUser(t, 'manager', council, { status: 'invited' });
    const gone = await aUser(t, 'manager', council, { status: 'deactivated' });
    const elsewhere = await aUser(t, 'manager', otherCouncilId);
    const coordinator = await aUser(t, 'coordinator', null);
    expect(await register.isCouncilUser(council, active.id)).toBe(true);
    expect(await register.isCouncilUser(council, invited.id)).toBe(true);
    expect(await register.isCouncilUser(council, gone.id)).toBe(false);
    expect(await register.isCouncilUser(council, elsewhere.id)).toBe(false);
    expect(await register.isCouncilUser(council, coordinator.id)).toBe(false);
    expect(await register.isCouncilUser(council, '00000000-0000-4000-8000-000000000000')).toBe(
      false,
    );
  });

  it("lists the council's changes by priority, then due date (undated last), then creation", async () => {
    const council = (await aCouncil(t)).id;
    const add = async (title: string, priority: PlanPriority, dueDate: string | null) =>
      aChange(amend(council, await aProtocol(council), { title, priority, dueDate }));
    await add('Low dated', 'low', '2026-01-01');
    await add('Medium undated', 'medium', null);
    await add('High late', 'high', '2026-12-01');
    await add('Medium early', 'medium', '2026-02-01');
    await add('High early', 'high', '2026-03-01');
    await add('High undated first', 'high', null);
    await add('High undated second', 'high', null);
    await aChange(amend(otherCouncilId, await aProtocol(otherCouncilId), { title: 'Elsewhere' }));
    expect((await changes.listByCouncil(council)).map((r) => r.title)).toEqual([
      'High early',
      'High late',
      'High undated first',
      'High undated second',
      'Medium early',
      'Medium undated',
      'Low dated',
    ]);
  });

  it('reads notes oldest first (ties by id) with their authors, and counts them on the change', async () => {
    const id = await aChange(amend(councilId, await aProtocol(councilId)));
    const other = await aChange(amend(councilId, await aProtocol(councilId)));
    const lead = await aUser(t, 'lead', councilId);
    const write = (text: string, by: string, change = id) =>
      db.transaction((m) => notes.insertNote(change, text, by, m));
    const late = await write('Written first, dated last', manager.id);
    const early = await write('Dated first', lead.id);
    const tieA = await write('Tie A', manager.id);
    const tieB = await write('Tie B', manager.id);
    await write('Not this change', manager.id, other);
    await t.sql(
      `UPDATE plan_change_notes SET created_at = CASE id
         WHEN $1::uuid THEN timestamptz '2026-03-01T10:00:00Z'
         WHEN $2::uuid THEN timestamptz '2026-01-01T10:00:00Z'
         ELSE timestamptz '2026-02-01T10:00:00Z' END
        WHERE change_id = $3`,
      [late, early, id],
    );
    const ties = [tieA, tieB].sort();
    const read = await notes.notesOf(id);
    expect(read.map((n) => n.id)).toEqual([early, ...ties, late]);
    expect(read[0]).toEqual({
      id: early,
      text: 'Dated first',
      createdAt: '2026-01-01T10:00:00.000Z',
      author: { id: lead.id, displayName: 'Test lead' },
    });
    expect((await changes.findById(id))?.note_count).toBe(4);
    expect((await changes.findById(other))?.note_count).toBe(1);
  });

  it('counts each active council’s changes by status and the open ones overdue; archived councils are left out', async () => {
    const today = '2026-06-15';
    const busy = await aCouncil(t, { name: 'aaa Busy Council' });
    const quiet = await aCouncil(t, { name: 'AAB Quiet Council' });
    const archived = await aCouncil(t, { name: 'aaa0 Archived Council' });
    const add = async (
      council: string,
      status: PlanChangeStatus,
      dueDate: string | null,
    ): Promise<void> => {
      await aChange(amend(council, await aProtocol(council), { status, dueDate }));
    };
    await add(busy.id, 'proposed', '2026-06-14'); // overdue
    await add(busy.id, 'agreed', '2026-01-01'); // overdue
    await add(busy.id, 'in-progress', today); // due today: not yet overdue
    await add(busy.id, 'in-progress', null);
    await add(busy.id, 'done', '2026-01-01'); // past due but closed
    await add(busy.id, 'dropped', '2026-01-01'); // past due but closed
    await add(busy.id, 'proposed', '2026-07-01');
    await add(archived.id, 'proposed', '2026-01-01');
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [archived.id]);

    const rows = await changes.networkCounts(today);
    expect(rows.find((r) => r.councilId === busy.id)).toEqual({
      councilId: busy.id,
      councilName: busy.name,
      proposed: 2,
      agreed: 1,
      inProgress: 2,
      done: 1,
      dropped: 1,
      overdue: 2,
      total: 7,
    });
    expect(rows.find((r) => r.councilId === quiet.id)).toMatchObject({ total: 0, overdue: 0 });
    expect(rows.map((r) => r.councilId)).not.toContain(archived.id);
    // Ordered by name whatever its case.
    const ids = rows.map((r) => r.councilId);
    expect(ids.indexOf(busy.id)).toBeLessThan(ids.indexOf(quiet.id));
    expect(ids.slice(0, 2)).toEqual([busy.id, quiet.id]);
  });
});
