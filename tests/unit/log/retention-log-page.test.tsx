import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appendRecordEvent, appendRetentionRecord } from '../../../lib/records/append-record';
import { OFFICER_REYES, hiddenCommentDraft } from '../records/retention-fixtures';
import { renderLogPage, withFreshLogPage } from './render-log-page';

const db = withFreshLogPage();

describe('retention log page', () => {
  it('says so when nothing has been logged, and the empty log verifies', async () => {
    renderLogPage(db());

    expect(await screen.findByText(/No hidden comments have been logged yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Retention log' })).toBeTruthy();
    expect(screen.getByText('Integrity verified: 0 entries')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
  });

  it('shows a comment as soon as the background logs it', async () => {
    renderLogPage(db());
    await screen.findByText(/No hidden comments have been logged yet/);

    const record = await appendRetentionRecord(db(), hiddenCommentDraft({ note: 'Slur aimed at officers' }));

    const table = await screen.findByRole('table', { name: 'Hidden comments' });
    const row = within(table).getByText('F*#K these pigs').closest('tr')!;
    expect(within(row).getByText('Facebook')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Jordan Blake' }).getAttribute('href')).toBe(
      'https://www.facebook.com/jordan.blake.77',
    );
    expect(within(row).getByText('@jordan.blake.77')).toBeTruthy();
    expect(within(row).getByText('7 · Offensive')).toBeTruthy();
    expect(within(row).getByTitle(/^Graphic, obscene/).textContent).toBe('a');
    expect(within(row).getByText('Officer Dana Reyes')).toBeTruthy();
    expect(within(row).getByText('Not attempted')).toBeTruthy();
    expect(within(row).getByText('1st violation')).toBeTruthy();
    expect(row.querySelector('time')?.getAttribute('title')).toBe(record.hiddenAt);
    expect(screen.getByText('1 hidden comment logged')).toBeTruthy();
    expect(screen.getByText('Integrity verified: 1 entry')).toBeTruthy();
  });

  it('updates the row when the platform confirms the hide', async () => {
    const record = await appendRetentionRecord(db(), hiddenCommentDraft());
    renderLogPage(db());
    await screen.findByText('Not attempted');

    await appendRecordEvent(db(), record.id, OFFICER_REYES, {
      kind: 'platform-hide',
      status: 'confirmed',
      detail: '',
    });
    await appendRecordEvent(db(), record.id, OFFICER_REYES, { kind: 'user-contacted', detail: 'Messenger' });

    expect(await screen.findByText('Integrity verified: 3 entries')).toBeTruthy();
    expect(screen.getByText('Confirmed')).toBeTruthy();
    expect(screen.getByText('User contacted')).toBeTruthy();
  });

  it('marks a second hide of the same poster as a repeat violation', async () => {
    await appendRetentionRecord(db(), hiddenCommentDraft());
    await appendRetentionRecord(db(), hiddenCommentDraft({ platformCommentId: '2010', text: 'Pigs again' }));
    renderLogPage(db());

    const row = (await screen.findByText('Pigs again')).closest('tr')!;
    expect(within(row).getByText('2nd violation')).toBeTruthy();
  });

  it('shows comment text as literal text, never as HTML', async () => {
    const text = '<img src=x onerror=alert(1)> <b>bold</b>';
    await appendRetentionRecord(db(), hiddenCommentDraft({ text }));
    const { container } = renderLogPage(db());

    expect(await screen.findByText(text)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('never links a profile or permalink that is not a web address', async () => {
    await appendRetentionRecord(
      db(),
      hiddenCommentDraft({
        permalink: 'javascript:alert(1)',
        poster: { name: 'Jordan Blake', handle: null, profileUrl: 'javascript:alert(1)', userId: null },
      }),
    );
    const { container } = renderLogPage(db());

    await screen.findByText('Jordan Blake');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
  });

  it('reports the entry where the chain breaks when a record was edited', async () => {
    await appendRetentionRecord(db(), hiddenCommentDraft());
    const second = await appendRetentionRecord(db(), hiddenCommentDraft({ platformCommentId: '2011' }));
    await db().records.put({ ...second, text: 'something milder' });
    renderLogPage(db());

    expect(
      await screen.findByText(/^Integrity check failed at entry 2: its content does not match its hash/),
    ).toBeTruthy();
  });
});
