import type { AuditListItem } from '@rcp/api-contract';
import { anAudit } from '../testing/builders';
import { newestAuditsFirst } from './audit-list-page';

function item(label: string, periodStart: string, periodEnd: string): AuditListItem {
  return { ...anAudit({ id: label, label, periodStart, periodEnd }) };
}

describe('the audit list', () => {
  it('shows the newest period first', () => {
    const sorted = newestAuditsFirst([
      item('2025 H1', '2025-01-01', '2025-06-30'),
      item('2026 H1', '2026-01-01', '2026-06-30'),
      item('2025 H2', '2025-07-01', '2025-12-31'),
      item('2026 first quarter', '2026-04-01', '2026-06-30'),
    ]);
    expect(sorted.map((a) => a.label)).toEqual([
      '2026 first quarter',
      '2026 H1',
      '2025 H2',
      '2025 H1',
    ]);
  });
});
