import { fireEvent, screen } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendRetentionRecord } from '../../../lib/records/append-record';
import { hiddenCommentDraft } from '../records/retention-fixtures';
import { renderLogPage, withFreshLogPage } from './render-log-page';

const db = withFreshLogPage();

/** What the browser was asked to download: the blob and the anchor that was clicked. */
let blobs: Blob[];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  // jsdom has no object URLs and does not download: record what the page asks for instead.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:civic-moderator/export';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function exportedRows(): Promise<Array<Record<string, string>>> {
  const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
  // The file starts with the UTF-8 byte-order mark Excel needs (Blob.text() would hide it).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('Export CSV', () => {
  it('downloads the log as a dated CSV file with the record in it', async () => {
    const record = await appendRetentionRecord(db(), hiddenCommentDraft({ text: 'Say "hi", =cops\nbye' }));
    renderLogPage(db());
    await screen.findByText(/Say "hi"/);

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^civic-moderator-retention-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(clicked[0]!.href).toBe('blob:civic-moderator/export');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const rows = await exportedRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Record ID': record.id,
      'Comment text': 'Say "hi", =cops\nbye',
      'Poster name': 'Jordan Blake',
      Hash: record.hash,
    });
  });

  it('exports only the records the filters show', async () => {
    await appendRetentionRecord(db(), hiddenCommentDraft());
    await appendRetentionRecord(db(), hiddenCommentDraft({ platform: 'x', text: 'Spam on X' }));
    renderLogPage(db());
    await screen.findByText('Spam on X');

    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'x' } });
    await screen.findByText('2 hidden comments logged · 1 shown');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    const rows = await exportedRows();
    expect(rows.map((row) => row['Comment text'])).toEqual(['Spam on X']);
  });
});
