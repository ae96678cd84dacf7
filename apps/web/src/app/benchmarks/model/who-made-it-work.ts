import { WhoMadeItWork, WhoMadeItWorkEntry } from '@rcp/api-contract';
import { plural } from './benchmark-text';

/** The API lists at most this many enabling versions. */
export const WHO_LIMIT = 50;

/** What to look for: a protocol category or one protocol of the library. */
export type WhoQuery = { category: string } | { libraryKey: string };

/** Councils listed, each once, in the order the API ranks them (highest score first). */
export function councilsOf(entries: readonly WhoMadeItWorkEntry[]): string[] {
  return [...new Set(entries.map((e) => e.councilName ?? 'A council'))];
}

/**
 * One sentence on what was found: "5 enabling versions at 4 councils; 2 more are at councils that
 * chose to stay anonymous."
 */
export function whoSummary(result: WhoMadeItWork, subject: string): string {
  const listed = result.entries.length;
  const councils = councilsOf(result.entries).length;
  const more =
    result.anonymousCount > 0
      ? ` ${plural(result.anonymousCount, 'more enabling version')} ${result.anonymousCount === 1 ? 'is' : 'are'} at councils that chose to stay anonymous, so ${result.anonymousCount === 1 ? 'it is' : 'they are'} not listed.`
      : '';
  if (listed === 0) {
    return result.anonymousCount > 0
      ? `No council that is shown by name has an enabling version of ${subject}.${more}`
      : `No council’s latest audit rates a version of ${subject} as enabling yet.`;
  }
  const limit = listed >= WHO_LIMIT ? ` The first ${WHO_LIMIT} are listed.` : '';
  return `${plural(listed, 'enabling version')} of ${subject} at ${plural(councils, 'council')}, highest score first.${limit}${more}`;
}
