import { aCouncil } from '../../test/builders';
import { aProtocolRow, aScoredProtocol, aSubmittedAudit } from '../../test/submitted-audits';
import { createTestApp, TestApp } from '../../test/test-app';
import { BenchmarksRepository } from './benchmarks.repository';

describe('the benchmark read queries (real PostgreSQL)', () => {
  let t: TestApp;
  let repo: BenchmarksRepository;
  let north: string;
  let south: string;
  const audits: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    repo = t.app.get(BenchmarksRepository);
    north = (await aCouncil(t, { name: 'North Council', type: 'district' })).id;
    south = (await aCouncil(t, { name: 'South Council', sharing: 'named' })).id;
    const archived = (await aCouncil(t)).id;
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [archived]);

    audits['north-2025h1'] = await aSubmittedAudit(t, north, {
      periodEnd: '2025-06-30',
      index: 40,
    });
    audits['north-2025h2'] = await aSubmittedAudit(t, north, {
      periodEnd: '2025-12-31',
      index: 50,
      principles: { continuity: 55, autonomy: null },
    });
    // Two audits of one period: the later submission counts.
    audits['north-2026h1-first'] = await aSubmittedAudit(t, north, {
      periodEnd: '2026-06-30',
      index: 60,
      submittedAt: '2026-07-01T10:00:00Z',
    });
    audits['north-2026h1-again'] = await aSubmittedAudit(t, north, {
      periodEnd: '2026-06-30',
      index: 70,
      submittedAt: '2026-07-02T10:00:00Z',
      principles: { continuity: 75 },
    });
    // Neither a draft nor an unscored audit is anyone's latest.
    await aSubmittedAudit(t, north, { periodEnd: '2026-12-31', status: 'draft' });
    await aSubmittedAudit(t, south, { periodEnd: '2026-12-31', index: null });
    audits['south-2026h1'] = await aSubmittedAudit(t, south, {
      periodEnd: '2026-06-30',
      index: 30,
      principles: { continuity: 35 },
    });
    await aSubmittedAudit(t, archived, { periodEnd: '2026-06-30', index: 99 });
  });
  afterAll(() => t.close());

  it("each active council's latest scored submission, as at a date when one is given", async () => {
    const latest = await repo.listLatestSubmitted(null);
    expect(latest.map((r) => [r.name, r.audit_id, r.index_score])).toEqual([
      ...(north < south
        ? [
            ['North Council', audits['north-2026h1-again'], 70],
            ['South Council', audits['south-2026h1'], 30],
          ]
        : [
            ['South Council', audits['south-2026h1'], 30],
            ['North Council', audits['north-2026h1-again'], 70],
          ]),
    ]);
    expect(latest.find((r) => r.council_id === north)).toMatchObject({
      period_end: '2026-06-30',
      type: 'district',
      region: 'North West',
      population_band: '150k-300k',
      sharing: 'anonymised',
      provisional: false,
    });
    const asAt = await repo.listLatestSubmitted('2025-12-31');
    expect(asAt.map((r) => [r.council_id, r.audit_id])).toEqual([[north, audits['north-2025h2']]]);
  });

  it('principle scores are the leadership ones of the audits asked for', async () => {
    const rows = await repo.listPrincipleScores([audits['north-2025h2'], audits['south-2026h1']]);
    const byKey = (r: { audit_id: string; principle_key: string }) =>
      `${r.audit_id}/${r.principle_key}`;
    expect(Object.fromEntries(rows.map((r) => [byKey(r), r.index_score]))).toEqual({
      [`${audits['north-2025h2']}/autonomy`]: null,
      [`${audits['north-2025h2']}/continuity`]: 55,
      [`${audits['south-2026h1']}/continuity`]: 35,
    });
    expect(rows).toHaveLength(3);
  });

  it('the trend takes every submitted audit of the councils, by period end, as at a date', async () => {
    const sorted = (rows: Array<{ period_end: string; value: number | null }>) =>
      rows.map((r) => [r.period_end, r.value]).sort((a, b) => `${a}`.localeCompare(`${b}`));
    expect(sorted(await repo.listSubmittedIndexes([north], null))).toEqual([
      ['2025-06-30', 40],
      ['2025-12-31', 50],
      ['2026-06-30', 60],
      ['2026-06-30', 70],
    ]);
    expect(sorted(await repo.listSubmittedIndexes([north, south], '2025-12-31'))).toEqual([
      ['2025-06-30', 40],
      ['2025-12-31', 50],
    ]);
    expect(
      sorted(await repo.listSubmittedPrincipleIndexes([north, south], null, 'continuity')),
    ).toEqual([
      ['2025-12-31', 55],
      ['2026-06-30', 35],
      ['2026-06-30', 75],
    ]);
  });

  it('enabling protocols of the audits, best first, by category or library protocol, with their positive evidence', async () => {
    const auditId = audits['north-2026h1-again'];
    const keyWorker = await aProtocolRow(t, north, {
      name: 'Key worker',
      libraryKey: 'key-worker',
    });
    const rota = await aProtocolRow(t, north, { name: 'Rota', category: 'time-and-caseload' });
    const form = await aProtocolRow(t, north, { name: 'Form' });
    await aScoredProtocol(t, auditId, keyWorker, {
      score: 60,
      class: 'enabling',
      ratings: [
        { principle: 'continuity', value: 2, evidence: 'Named worker since 2024' },
        { principle: 'autonomy', value: -1, evidence: 'Not a good sign' },
        { principle: 'relationships', value: 1, evidence: null },
      ],
    });
    await aScoredProtocol(t, auditId, rota, { score: 80, class: 'enabling' });
    await aScoredProtocol(t, auditId, form, { score: -40, class: 'inhibiting' });

    const all = await repo.listEnablingProtocols([auditId], null, null);
    expect(all.map((r) => [r.protocol_name, r.score, r.category])).toEqual([
      ['Rota', 80, 'time-and-caseload'],
      ['Key worker', 60, 'continuity'],
    ]);
    expect(
      (await repo.listEnablingProtocols([auditId], 'continuity', null)).map((r) => r.protocol_id),
    ).toEqual([keyWorker]);
    expect(
      (await repo.listEnablingProtocols([auditId], null, 'key-worker')).map((r) => r.protocol_id),
    ).toEqual([keyWorker]);
    expect(await repo.listEnablingProtocols([audits['south-2026h1']], null, null)).toEqual([]);

    const evidence = await repo.listPositiveEvidence([
      { auditId, protocolId: keyWorker },
      { auditId, protocolId: rota },
    ]);
    expect(evidence).toEqual([
      { audit_id: auditId, protocol_id: keyWorker, evidence_text: 'Named worker since 2024' },
    ]);
    expect(await repo.listPositiveEvidence([{ auditId, protocolId: form }])).toEqual([]);
  });
});
