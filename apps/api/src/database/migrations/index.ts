import { Accounts1764100000000 } from './1764100000000-accounts';
import { Frameworks1764200000000 } from './1764200000000-frameworks';
import { RegisterAndAudits1764300000000 } from './1764300000000-register-and-audits';
import { RatingCellChanges1765000000000 } from './1765000000000-rating-cell-changes';
import { ChangePlans1765100000000 } from './1765100000000-change-plans';
import { DraftHeadlines1765240000000 } from './1765240000000-draft-headlines';
import { HotQueryIndexes1765300000000 } from './1765300000000-hot-query-indexes';
import { BenchmarkReadModel1765400000000 } from './1765400000000-benchmark-read-model';
import { DashboardReadModel1765500000000 } from './1765500000000-dashboard-read-model';
import { BenchmarkIncremental1765510000000 } from './1765510000000-benchmark-incremental';
import { ProtocolTrailIndex1765600000000 } from './1765600000000-protocol-trail-index';
import { UserTableViews1765620000000 } from './1765620000000-user-table-views';
import { FrameworkReleaseNotes1765630000000 } from './1765630000000-framework-release-notes';
import { ApiTokens1765700000000 } from './1765700000000-api-tokens';
import { BenchmarkChangedPeriods1765710000000 } from './1765710000000-benchmark-changed-periods';
import { BenchmarkLabelSecret1765740000000 } from './1765740000000-benchmark-label-secret';
import { AuditActionIndexes1765750000000 } from './1765750000000-audit-action-indexes';
import { AuditApiToken1765760000000 } from './1765760000000-audit-api-token';

// Every migration, in order. Listed explicitly because the API is bundled by webpack, so a glob
// over migration files would find nothing at run time.
export const migrations: Array<new () => unknown> = [
  Accounts1764100000000,
  Frameworks1764200000000,
  RegisterAndAudits1764300000000,
  RatingCellChanges1765000000000,
  ChangePlans1765100000000,
  DraftHeadlines1765240000000,
  HotQueryIndexes1765300000000,
  BenchmarkReadModel1765400000000,
  DashboardReadModel1765500000000,
  BenchmarkIncremental1765510000000,
  ProtocolTrailIndex1765600000000,
  UserTableViews1765620000000,
  FrameworkReleaseNotes1765630000000,
  ApiTokens1765700000000,
  BenchmarkChangedPeriods1765710000000,
  BenchmarkLabelSecret1765740000000,
  AuditActionIndexes1765750000000,
  AuditApiToken1765760000000,
];
