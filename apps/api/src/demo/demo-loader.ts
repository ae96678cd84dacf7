import type { AuditProtocol, AuditRating, FrameworkVersion } from '@rcp/api-contract';
import { EntityManager } from 'typeorm';
import { scoreAuditData } from '../audits/audit-scoring';
import { storeSummaries } from '../audits/audit-summaries';
import { PlannedCouncil } from './demo-plan';

const CHUNK = 5000;

function addDays(date: string, days: number): Date {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Writes one planned council (register, users, audits, ratings, stored summaries) with bulk inserts. */
export async function loadCouncil(
  m: EntityManager,
  council: PlannedCouncil,
  framework: FrameworkVersion,
  passwordHash: string,
): Promise<void> {
  const [{ id: councilId }] = (await m.query(
    `INSERT INTO councils (name, type, region, population_band, sharing, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      council.name,
      council.type,
      council.region,
      council.populationBand,
      council.sharing,
      addDays(council.audits[0]?.periodStart ?? '2023-01-01', -30),
    ],
  )) as Array<{ id: string }>;

  const place = council.name.replace(
    / (Metropolitan |London |County |District )?(Borough |County )?Council$/,
    '',
  );
  const roles =
    council.slug === 'northfield' ? (['lead', 'manager', 'viewer'] as const) : (['lead'] as const);
  let leadId: string | null = null;
  for (const role of roles) {
    const [user] = (await m.query(
      `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
       VALUES ($1, $2, $3, $4, $5, 'active') RETURNING id`,
      [
        `${role}@${council.slug}.demo.example`,
        `${place} ${role[0].toUpperCase()}${role.slice(1)}`,
        role,
        councilId,
        passwordHash,
      ],
    )) as Array<{ id: string }>;
    if (role === 'lead') leadId = user.id;
  }

  const periodStart = (k: number) =>
    council.audits[Math.min(k, council.audits.length - 1)]?.periodStart ?? '2023-01-01';
  const protocols = council.protocols;
  const rows = (await m.query(
    `INSERT INTO protocols (council_id, name, description, category, type, owner, service_area, scope, context_need,
       reach, basis, library_key, status, retired_at, retired_reason, created_at, updated_at)
     SELECT $1, x.name, x.description, x.category, x.type, x.owner, x.service_area, x.scope, x.context_need, x.reach,
            x.basis, x.library_key, x.status, x.retired_at, x.retired_reason, x.created_at, coalesce(x.retired_at, x.created_at)
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                   $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::text[], $16::timestamptz[])
         AS x(name, description, category, type, owner, service_area, scope, context_need, reach, basis, library_key, status,
              retired_at, retired_reason, created_at)
     RETURNING id, library_key`,
    [
      councilId,
      protocols.map((p) => p.template.name),
      protocols.map((p) => p.template.description),
      protocols.map((p) => p.template.category),
      protocols.map((p) => p.template.type),
      protocols.map((p) => `${p.template.serviceArea} team`),
      protocols.map((p) => p.template.serviceArea),
      protocols.map((p) => p.template.scope),
      protocols.map((p) => p.template.contextNeed),
      protocols.map((p) => p.template.reach),
      protocols.map((p) =>
        p.reformAt === 0 && p.template.basis === 'assumed' ? 'council-policy' : p.template.basis,
      ),
      protocols.map((p) => p.template.key),
      protocols.map((p) => (p.retiredAt === null ? 'active' : 'retired')),
      protocols.map((p) => (p.retiredAt === null ? null : addDays(periodStart(p.retiredAt), -10))),
      protocols.map((p) => p.retiredReason),
      protocols.map((p) => addDays(periodStart(p.introducedAt), p.introducedAt === 0 ? -20 : 10)),
    ],
  )) as Array<{ id: string; library_key: string }>;
  const idOf = new Map(rows.map((r) => [r.library_key, r.id]));
  const templateOf = new Map(protocols.map((p) => [p.template.key, p.template]));

  const [{ id: frameworkVersionId }] = (await m.query(
    `SELECT id FROM framework_versions WHERE number = $1`,
    [framework.number],
  )) as Array<{ id: string }>;

  for (const audit of council.audits) {
    const createdAt = addDays(audit.periodEnd, -20);
    const [{ id: auditId }] = (await m.query(
      `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, perspectives, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        councilId,
        audit.label,
        audit.periodStart,
        audit.periodEnd,
        frameworkVersionId,
        audit.perspectives,
        leadId,
        createdAt,
      ],
    )) as Array<{ id: string }>;

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
    await m.query(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT $1, x.id, x.name, x.category, x.type, x.service_area, x.scope, x.context_need, x.reach
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS x(id, name, category, type, service_area, scope, context_need, reach)`,
      [
        auditId,
        auditProtocols.map((p) => p.id),
        auditProtocols.map((p) => p.name),
        auditProtocols.map((p) => p.category),
        auditProtocols.map((p) => p.type),
        auditProtocols.map((p) => p.serviceArea),
        auditProtocols.map((p) => p.scope),
        auditProtocols.map((p) => p.contextNeed),
        auditProtocols.map((p) => p.reach),
      ],
    );

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
      await m.query(
        `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
           carried_forward, rated_at, rated_by)
         SELECT $1, x.protocol_id, x.principle_key, x.perspective, x.value, x.evidence_text,
                CASE WHEN x.evidence_text IS NULL THEN NULL ELSE $2::date END, $3, $4, $5
           FROM unnest($6::uuid[], $7::text[], $8::text[], $9::smallint[], $10::text[])
             AS x(protocol_id, principle_key, perspective, value, evidence_text)`,
        [
          auditId,
          evidenceDate,
          audit.carriedForward,
          cellDate,
          leadId,
          chunk.map((r) => r.protocolId),
          chunk.map((r) => r.principleKey),
          chunk.map((r) => r.perspective),
          chunk.map((r) => r.value),
          chunk.map((r) => r.evidence?.text ?? null),
        ],
      );
    }
    if (audit.status === 'submitted') {
      const scores = scoreAuditData(framework.scoring, auditProtocols, ratings, audit.perspectives);
      await storeSummaries(m, auditId, scores, leadId, addDays(audit.periodEnd, 14));
    }
  }
}
