import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendRetentionRecord } from '../../../lib/records/append-record';
import { hiddenCommentDraft } from '../records/retention-fixtures';
import { renderLogPage, withFreshLogPage } from './render-log-page';

const db = withFreshLogPage();

// Local-time stamps, so day boundaries hold in whatever time zone the tests run.
const local = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();

beforeEach(async () => {
  await appendRetentionRecord(db(), hiddenCommentDraft({ hiddenAt: local('2026-11-02', '10:00:00') }));
  await appendRetentionRecord(
    db(),
    hiddenCommentDraft({
      platform: 'x',
      platformCommentId: '1860000000000000001',
      poster: { name: 'Sam Ortiz', handle: 'sam_ortiz', profileUrl: 'https://x.com/sam_ortiz', userId: null },
      text: 'I know where the chief parks',
      level: 8,
      clause: 'f',
      hiddenAt: local('2026-11-15', '21:30:00'),
    }),
  );
  await appendRetentionRecord(
    db(),
    hiddenCommentDraft({
      platform: 'instagram',
      platformCommentId: '17900000000000001',
      poster: { name: null, handle: 'cheap.watches.4u', profileUrl: null, userId: null },
      text: 'DM for cheap watches',
      level: 2,
      clause: 'e',
      hiddenAt: local('2026-11-20', '08:00:00'),
    }),
  );
});

/** The comment texts the table shows, top to bottom. */
async function shownComments(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: 'Hidden comments' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.comment-text')?.textContent ?? '');
}

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('retention log filters', () => {
  it('lists every hide, newest first', async () => {
    renderLogPage(db());
    expect(await shownComments()).toEqual([
      'DM for cheap watches',
      'I know where the chief parks',
      'F*#K these pigs',
    ]);
  });

  it('narrows by platform, level and clause', async () => {
    renderLogPage(db());
    await shownComments();

    change('Platform', 'x');
    expect(await shownComments()).toEqual(['I know where the chief parks']);
    expect(screen.getByText('3 hidden comments logged · 1 shown')).toBeTruthy();

    change('Platform', '');
    change('Level', '2');
    expect(await shownComments()).toEqual(['DM for cheap watches']);

    change('Level', '');
    change('Terms clause', 'a');
    expect(await shownComments()).toEqual(['F*#K these pigs']);
  });

  it('narrows by date range, whole days inclusive', async () => {
    renderLogPage(db());
    await shownComments();

    change('From', '2026-11-15');
    change('To', '2026-11-15');
    expect(await shownComments()).toEqual(['I know where the chief parks']);
  });

  it('finds a poster by handle and a comment by its words', async () => {
    renderLogPage(db());
    await shownComments();

    change('Poster', 'CHEAP.watches');
    expect(await shownComments()).toEqual(['DM for cheap watches']);

    change('Poster', '');
    change('Search text', 'chief');
    expect(await shownComments()).toEqual(['I know where the chief parks']);
  });

  it('says when nothing matches, and clears back to everything', async () => {
    renderLogPage(db());
    await shownComments();

    change('Search text', 'no comment says this');
    expect(await screen.findByText('No logged comments match these filters.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await shownComments()).toHaveLength(3);
    expect((screen.getByLabelText('Search text') as HTMLInputElement).value).toBe('');
  });
});
