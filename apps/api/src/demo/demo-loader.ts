import type { AuditProtocol, AuditRating, FrameworkVersion } from '@rcp/api-contract';
import { randomUUID } from 'node:crypto';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import { EntityManager } from 'typeorm';
import { scoreAuditData } from '../audits/audit-scoring';
import { storeSummaries } from '../audits/audit-summaries.queries';
import { PlannedCouncil } from './demo-plan';
import { DemoRepository } from './demo.repository';

const CHUNK = 5000;

function addDays(date: string, days: number): Date {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Writes one planned council (register, users, audits, ratings, stored summaries) with bulk inserts. */
export async function loadCouncil(
  demo: DemoRepository,
  m: EntityManager,
  council: PlannedCouncil,
  framework: FrameworkVersion,
  passwordHash: string,
): Promise<void> {
  const councilId = await demo.insertCouncil(
    {
      name: council.name,
      type: council.type,
      region: council.region,
      populationBand: council.populationBand,
      sharing: council.sharing,
      createdAt: addDays(council.audits[0]?.periodStart ?? '2023-01-01', -30),
    },
    m,
  );

  const place = council.name.replace(
    / (Metropolitan |London |County |District )?(Borough |County )?Council$/,
    '',
  );
  const roles =
    council.slug === 'northfield' ? (['lead', 'manager', 'viewer'] as const) : (['lead'] as const);
  let leadId: string | null = null;
  let managerId: string | null = null;
  for (const role of roles) {
    const userId = await demo.insertUser(
      {
        email: `${role}@${council.slug}.demo.example`,
        displayName: `${place} ${role[0].toUpperCase()}${role.slice(1)}`,
        role,
        councilId,
        passwordHash,
      },
      m,
    );
    if (role === 'lead') leadId = userId;
    if (role === 'manager') managerId = userId;
  }

  const periodStart = (k: number) =>
    council.audits[Math.min(k, council.audits.length - 1)]?.periodStart ?? '2023-01-01';
  const protocols = council.protocols;
  const rows = await demo.insertProtocols(
    councilId,
    protocols.map((p) => ({
      name: p.template.name,
      description: p.template.description,
      category: p.template.category,
      type: p.template.type,
      owner: `${p.template.serviceArea} team`,
      serviceArea: p.template.serviceArea,
      scope: p.template.scope,
      contextNeed: p.template.contextNeed,
      reach: p.template.reach,
      basis:
        p.reformAt === 0 && p.template.basis === 'assumed' ? 'council-policy' : p.template.basis,
      libraryKey: p.template.key,
      status: p.retiredAt === null ? 'active' : 'retired',
      retiredAt: p.retiredAt === null ? null : addDays(periodStart(p.retiredAt), -10),
      retiredReason: p.retiredReason,
      createdAt: addDays(periodStart(p.introducedAt), p.introducedAt === 0 ? -20 : 10),
    })),
    m,
  );
  // The demo accounts' council gets its register trail, so its protocols' pages show their changes.
  if (council.slug === 'northfield' && leadId) {
    await demo.insertRegisterTrail(
      councilId,
      { userId: leadId, email: `lead@${council.slug}.demo.example` },
      m,
    );
  }
  const idOf = new Map(rows.map((r) => [r.library_key, r.id]));
  const templateOf = new Map(protocols.map((p) => [p.template.key, p.template]));

  const frameworkVersionId = await demo.findFrameworkVersionId(framework.number, m);

  for (const audit of council.audits) {
    const createdAt = addDays(audit.periodEnd, -20);
    const auditId = await demo.insertAudit(
      {
        councilId,
        label: audit.label,
        periodStart: audit.periodStart,
        periodEnd: audit.periodEnd,
        frameworkVersionId,
        perspectives: audit.perspectives,
        createdBy: leadId,
        createdAt,
      },
      m,
    );

    const auditProtocols: AuditProtocol[] = audit.protocolKeys.map((key) => {
      const t = templateOf.get(key);
      if (!t) throw new Error(`demo plan refers to an unknown protocol ${key}`);
      return {
        id: idOf.get(key) as string,
        name: t.name,
        category: t.category,
        type: t.type,
        serviceArea: t.serviceArea,
        scope: t.scope,
        contextNeed: t.contextNeed,
        reach: t.reach,
      };
    });
    await demo.insertAuditProtocols(auditId, auditProtocols, m);

    const ratedAt = addDays(audit.periodEnd, -5);
    const ratings: AuditRating[] = audit.ratings.map((r) => ({
      protocolId: idOf.get(r.protocolKey) as string,
      principleKey: r.principleKey,
      perspective: r.perspective,
      value: r.value,
      evidence: r.evidence ? { text: r.evidence, date: audit.periodEnd, url: null } : null,
      carriedForward: audit.carriedForward,
      ratedAt: ratedAt.toISOString(),
      ratedBy: leadId,
    }));
    // A draft carries the previous audit's ratings forward, keeping their original date.
    const cellDate = audit.carriedForward ? addDays(audit.periodStart, -25) : ratedAt;
    const evidenceDate = audit.carriedForward
      ? addDays(audit.periodStart, -1).toISOString().slice(0, 10)
      : audit.periodEnd;
    for (let i = 0; i < ratings.length; i += CHUNK) {
      const chunk = ratings.slice(i, i + CHUNK);
      await demo.insertRatings(
        {
          auditId,
          evidenceDate,
          carriedForward: audit.carriedForward,
          ratedAt: cellDate,
          ratedBy: leadId,
        },
        chunk.map((r) => ({
          protocolId: r.protocolId,
          principleKey: r.principleKey,
          perspective: r.perspective,
          value: r.value,
          evidenceText: r.evidence?.text ?? null,
        })),
        m,
      );
    }
    if (audit.status === 'submitted') {
      const scores = scoreAuditData(framework.scoring, auditProtocols, ratings, audit.perspectives);
      await storeSummaries(m, auditId, scores, leadId, addDays(audit.periodEnd, 14));
    }
  }

  await demo.insertPlanChanges(
    council.changes.map((c) => {
      const dates = [c.createdOn, ...c.statusDates];
      const history = c.statuses.map((status, i) => ({
        status,
        at: addDays(dates[i], 0),
      }));
      const agreedIndex = c.statuses.indexOf('agreed');
      const template = c.introduceKey
        ? PROTOCOL_LIBRARY.find((t) => t.key === c.introduceKey)
        : templateOf.get(c.protocolKey ?? '');
      return {
        id: randomUUID(),
        councilId,
        kind: c.kind,
        protocolId: c.protocolKey ? (idOf.get(c.protocolKey) ?? null) : null,
        newProtocol:
          c.kind === 'introduce' && template
            ? {
                name: template.name,
                category: template.category,
                type: template.type,
                serviceArea: template.serviceArea,
                scope: template.scope,
                contextNeed: template.contextNeed,
                reach: template.reach,
                libraryKey: template.key,
              }
            : null,
        title: c.title,
        rationale: c.rationale,
        ownerUserId: managerId ?? leadId,
        ownerTeam: template ? `${template.serviceArea} team` : null,
        dueDate: c.dueDate,
        priority: c.priority,
        history,
        agreedAt: agreedIndex >= 0 ? history[agreedIndex].at : null,
        targetRatings: c.targetRatings,
        notes: c.notes.map((text, i) => ({
          text,
          at: addDays(dates[Math.min(i + 1, dates.length - 1)], 1),
        })),
      };
    }),
    m,
  );
}
