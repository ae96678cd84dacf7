import type { Audit, Protocol } from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';
import { Client } from './builders';

/** Library protocols of each context need, so tests cover relational, mixed and transactional. */
export function libraryKeys(count = 3): string[] {
  const needs = ['relational', 'mixed', 'transactional'] as const;
  const keys: string[] = [];
  for (let i = 0; keys.length < count; i++) {
    const need = needs[i % needs.length];
    const next = PROTOCOL_LIBRARY.find(
      (p) => p.contextNeed === need && p.scope === 'organisational' && !keys.includes(p.key),
    );
    if (next) keys.push(next.key);
    if (i > 200) break;
  }
  return keys;
}

export async function registerFromLibrary(
  lead: Client,
  councilId: string,
  keys = libraryKeys(),
): Promise<Protocol[]> {
  const res = await lead.post(`/api/v1/councils/${councilId}/protocols/from-library`, { keys });
  if (res.status !== 201) throw new Error(`from-library failed: ${res.status} ${res.text}`);
  return res.body as Protocol[];
}

export async function anAudit(
  lead: Client,
  councilId: string,
  overrides: Record<string, unknown> = {},
): Promise<Audit> {
  const res = await lead.post(`/api/v1/councils/${councilId}/audits`, {
    label: `Audit ${Math.random().toString(36).slice(2, 8)}`,
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`create audit failed: ${res.status} ${res.text}`);
  return res.body as Audit;
}

export interface ApplicableCell {
  protocolId: string;
  principleKey: string;
}

/** Every (protocol, principle) cell of an audit the framework says applies. */
export async function applicableCells(client: Client, audit: Audit): Promise<ApplicableCell[]> {
  const framework = (await client.get(`/api/v1/frameworks/versions/${audit.frameworkVersion}`))
    .body as {
    scoring: { principles: Array<{ key: string; contexts: string[] }> };
  };
  return audit.protocols.flatMap((p) =>
    framework.scoring.principles
      .filter((pr) => pr.contexts.includes(p.contextNeed))
      .map((pr) => ({ protocolId: p.id, principleKey: pr.key })),
  );
}
