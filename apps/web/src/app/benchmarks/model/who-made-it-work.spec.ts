import { aWhoMadeItWork, anEntry } from '../testing/builders';
import { councilsOf, whoSummary } from './who-made-it-work';

describe('who made it work', () => {
  it('counts the enabling versions and the councils they are at', () => {
    const result = aWhoMadeItWork({
      entries: [
        anEntry(),
        anEntry({ protocolName: 'Keyworker continuity' }),
        anEntry({ councilName: 'Eastbrook Council', councilId: 'council-2' }),
      ],
    });
    expect(councilsOf(result.entries)).toEqual(['Northfield Borough Council', 'Eastbrook Council']);
    expect(whoSummary(result, 'protocols about continuity')).toBe(
      '3 enabling versions of protocols about continuity at 2 councils, highest score first.',
    );
  });

  it('tells a council how many more are at councils that stay anonymous', () => {
    expect(whoSummary(aWhoMadeItWork({ anonymousCount: 2 }), 'Named worker')).toBe(
      '1 enabling version of Named worker at 1 council, highest score first. 2 more enabling versions are at councils that chose to stay anonymous, so they are not listed.',
    );
    expect(whoSummary(aWhoMadeItWork({ entries: [], anonymousCount: 1 }), 'Named worker')).toBe(
      'No council that is shown by name has an enabling version of Named worker. 1 more enabling version is at councils that chose to stay anonymous, so it is not listed.',
    );
  });

  it('says when nothing was found', () => {
    expect(whoSummary(aWhoMadeItWork({ entries: [] }), 'Named worker')).toBe(
      'No council’s latest audit rates a version of Named worker as enabling yet.',
    );
  });
});
