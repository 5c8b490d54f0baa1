import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PageAtAGlance } from '@/components/popup/page-at-a-glance';
import type { PageSummary } from '@/lib/messaging/messages';

const summary: PageSummary = {
  platform: 'facebook',
  comments: 13,
  byLevel: { 1: 2, 3: 3, 7: 2, 8: 1 },
  needsReview: 1,
  unhandled: 2,
  hiddenAndLogged: 1,
  layoutChanged: false,
  problems: [],
};

describe('the popup', () => {
  it('shows the counts per level and what is still unhandled', async () => {
    render(<PageAtAGlance load={async () => ({ kind: 'described', summary })} onOpenLog={() => {}} />);
    expect(await screen.findByText('13 public comments on this Facebook page.')).toBeTruthy();
    expect(screen.getByText(/2 offensive or threatening not yet hidden & logged/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Comments per level' });
    expect(within(table).getByRole('row', { name: '7 · Offensive 2' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: '5 · Misguided 0' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the platform layout changed, naming the selector that broke', async () => {
    const broken = {
      ...summary,
      layoutChanged: true,
      problems: [{ field: 'author', selector: 'a[role="link"]', reason: 'no profile link', comments: 13 }],
    };
    render(
      <PageAtAGlance load={async () => ({ kind: 'described', summary: broken })} onOpenLog={() => {}} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Facebook's page layout changed.");
    expect(alert.textContent).toContain('author: no profile link (a[role="link"])');
  });

  it('asks for a platform page elsewhere, and still opens the log', async () => {
    const onOpenLog = vi.fn();
    render(<PageAtAGlance load={async () => ({ kind: 'not-a-platform-page' })} onOpenLog={onOpenLog} />);
    expect(
      await screen.findByText(/Open a post on your department's Facebook, X or Instagram page/),
    ).toBeTruthy();
    screen.getByRole('button', { name: 'Open retention log' }).click();
    expect(onOpenLog).toHaveBeenCalledOnce();
  });
});
