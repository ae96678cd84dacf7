import { chartTableToCsv } from './chart-table';

describe('chart CSV download', () => {
  it('writes RFC 4180 CSV: a header of labels, CRLF line ends, quotes around commas and quotes', () => {
    const csv = chartTableToCsv({
      columns: [
        { key: 'name', label: 'Protocol' },
        { key: 'score', label: 'Score', numeric: true },
      ],
      rows: [
        { name: 'Visits, 15 minutes', score: -62.5 },
        { name: 'The "two rules"', score: 80 },
        { name: 'Not yet rated', score: null },
      ],
    });
    expect(csv).toBe(
      'Protocol,Score\r\n"Visits, 15 minutes",-62.5\r\n"The ""two rules""",80\r\nNot yet rated,',
    );
  });
});
