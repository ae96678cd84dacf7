import type { AuditSummary } from './types';
import type { ProtocolClass } from '@rcp/vocabulary';

/**
 * The headline figures of an audit, defined once for every screen and export. They count the
 * organisational protocols — what the council controls — and report the wider environment apart,
 * so the index, its class counts, its load and its mismatches always describe the same protocols.
 */
export interface HeadlineFigures {
  /** Council index of the organisational protocols. */
  readonly index: number | null;
  readonly provisional: boolean;
  readonly coverage: number;
  /** Organisational protocols. */
  readonly protocolLoad: number;
  /** Mismatches among organisational protocols. */
  readonly mismatchCount: number;
  /** Organisational protocols by class. */
  readonly classCounts: Readonly<Record<ProtocolClass | 'unscored', number>>;
  /** The wider environment's own index, load and mismatches, reported apart. */
  readonly widerIndex: number | null;
  readonly widerProtocolLoad: number;
  readonly widerMismatchCount: number;
}

export function headlineFigures(summary: AuditSummary): HeadlineFigures {
  const shares = summary.classShares;
  return {
    index: summary.index,
    provisional: summary.provisional,
    coverage: summary.coverage,
    protocolLoad: summary.protocolLoad,
    mismatchCount: summary.mismatchCount,
    classCounts: {
      enabling: shares.enabling.count,
      mixed: shares.mixed.count,
      neutral: shares.neutral.count,
      inhibiting: shares.inhibiting.count,
      unscored: shares.unscored.count,
    },
    widerIndex: summary.wider.index,
    widerProtocolLoad: summary.wider.protocolLoad,
    widerMismatchCount: summary.wider.mismatchCount,
  };
}
