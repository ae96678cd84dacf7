import type {
  NetworkPlans,
  PlanAchievement,
  PlanChangeList,
  PlanProjection,
} from '@rcp/api-contract';
import { Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedService } from '../demo/demo-seed.service';

describe('change plans on the demo network (real PostgreSQL)', () => {
  let t: TestApp;
  let manager: Client;
  let councilId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    manager = await Client.signedIn(t, {
      email: 'manager@northfield.demo.example',
      password: DEMO_PASSWORD,
    });
    councilId = (await manager.get('/api/v1/auth/me')).body.councilId;
  });
  afterAll(() => t.close());

  it('every demo council has a plan, some of it overdue, as the coordinator sees it', async () => {
    const coordinator = await Client.signedIn(t, {
      email: 'coordinator@demo.example',
      password: DEMO_PASSWORD,
    });
    const res = await coordinator.get('/api/v1/network/plans');
    expect(res.status).toBe(200);
    const rows = (res.body as NetworkPlans).councils;
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.every((r) => r.total >= 5 && r.done >= 1)).toBe(true);
    expect(rows.some((r) => r.overdue > 0)).toBe(true);
    expect(rows.some((r) => r.dropped > 0)).toBe(true);
    const flagged = [];
    for (const row of rows) {
      const a = (await coordinator.get(`/api/v1/councils/${row.councilId}/plan/achievement`))
        .body as PlanAchievement;
      flagged.push(...a.items.filter((i) => i.doneButNotMoved));
    }
    expect(flagged.length).toBeGreaterThan(0);
  });

  it("Northfield's plan: changes that landed and projections ahead", async () => {
    const list = (await manager.get(`/api/v1/councils/${councilId}/plan/changes`))
      .body as PlanChangeList;
    expect(list.changes.length).toBeGreaterThanOrEqual(5);
    const achievement = (await manager.get(`/api/v1/councils/${councilId}/plan/achievement`))
      .body as PlanAchievement;
    expect(achievement.counts.reached + achievement.counts.partly).toBeGreaterThan(0);
    const projection = (await manager.get(`/api/v1/councils/${councilId}/plan/projection`))
      .body as PlanProjection;
    expect(projection.audit?.status).toBe('submitted');
    expect(projection.selectedIds.length).toBeGreaterThan(0);
    expect(projection.indexDelta).toEqual(expect.any(Number));
  });
});
