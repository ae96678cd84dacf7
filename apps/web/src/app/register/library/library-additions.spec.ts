import { aLibraryProtocol, aProtocol } from '../testing';
import { describeLibraryAddition } from './library-additions';

const caseload = aLibraryProtocol();
const supervision = aLibraryProtocol({ key: 'supervision', name: 'Supervision' });
const complaints = aLibraryProtocol({ key: 'complaints', name: 'Complaints handling' });

describe('adding library protocols to a register', () => {
  it('says how many were added, and names them', () => {
    const outcome = describeLibraryAddition(
      [caseload, supervision],
      [
        aProtocol({ name: caseload.name, libraryKey: caseload.key }),
        aProtocol({ name: supervision.name, libraryKey: supervision.key }),
      ],
    );
    expect(outcome.message).toBe(
      '2 protocols added to your register: Caseload size and weighting and Supervision.',
    );
  });

  it('names those skipped because the register already had them', () => {
    const outcome = describeLibraryAddition(
      [caseload, supervision, complaints],
      [aProtocol({ name: supervision.name, libraryKey: supervision.key })],
    );
    expect(outcome.alreadyThere).toEqual(['Caseload size and weighting', 'Complaints handling']);
    expect(outcome.message).toBe(
      '1 protocol added to your register: Supervision. 2 were already there: Caseload size and weighting and Complaints handling.',
    );
  });

  it('says so when nothing was added', () => {
    expect(describeLibraryAddition([caseload], []).message).toBe(
      'Nothing was added to your register. Caseload size and weighting was already there.',
    );
  });
});
