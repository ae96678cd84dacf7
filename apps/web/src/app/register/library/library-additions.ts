import { LibraryProtocol, Protocol } from '@rcp/api-contract';
import { listOf, plural } from '../protocol-text';

export interface LibraryAdditionOutcome {
  added: string[];
  alreadyThere: string[];
  /** The sentence for the status message. */
  message: string;
}

/**
 * What happened when a lead added library protocols: those the server created, and those it skipped
 * because the register already had a protocol of that name.
 */
export function describeLibraryAddition(
  asked: readonly LibraryProtocol[],
  created: readonly Protocol[],
): LibraryAdditionOutcome {
  const createdKeys = new Set(created.map((p) => p.libraryKey));
  const createdNames = new Set(created.map((p) => p.name.toLocaleLowerCase('en-GB')));
  const added = created.map((p) => p.name);
  const alreadyThere = asked
    .filter((p) => !createdKeys.has(p.key) && !createdNames.has(p.name.toLocaleLowerCase('en-GB')))
    .map((p) => p.name);

  const parts: string[] = [];
  if (added.length > 0) {
    parts.push(`${plural(added.length, 'protocol')} added to your register: ${listOf(added)}.`);
  } else {
    parts.push('Nothing was added to your register.');
  }
  if (alreadyThere.length > 0) {
    parts.push(
      alreadyThere.length === 1
        ? `${alreadyThere[0]} was already there.`
        : `${alreadyThere.length} were already there: ${listOf(alreadyThere)}.`,
    );
  }
  return { added, alreadyThere, message: parts.join(' ') };
}
