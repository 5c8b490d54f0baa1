import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ModeratorSettingsForm } from '../../../components/log/moderator-settings-form';
import { loadModerator } from '../../../lib/settings/moderator-settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('moderator settings form', () => {
  it('asks for the moderator when none is saved', async () => {
    render(<ModeratorSettingsForm />);
    expect(await screen.findByText(/a hide cannot be logged without them/)).toBeTruthy();
  });

  it('shows what is wrong with each field and saves nothing', async () => {
    render(<ModeratorSettingsForm />);
    fireEvent.change(screen.getByLabelText('Moderator name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save moderator' }));

    expect(await screen.findByText('Enter your name as it should appear in the retention log')).toBeTruthy();
    expect(screen.getByText('Enter your ID or badge number')).toBeTruthy();
    expect(screen.getByLabelText('Moderator name').getAttribute('aria-invalid')).toBe('true');
    const describedBy = screen.getByLabelText('Moderator name').getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Enter your name as it should appear in the retention log',
    );
    expect(await loadModerator()).toBeNull();
  });

  it('saves the name and ID number to extension storage', async () => {
    render(<ModeratorSettingsForm />);
    fireEvent.change(screen.getByLabelText('Moderator name'), { target: { value: 'Officer Dana Reyes' } });
    fireEvent.change(screen.getByLabelText('ID number'), { target: { value: '4471' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save moderator' }));

    expect(
      await screen.findByText(/Saved\. New hides will be logged under Officer Dana Reyes \(ID 4471\)/),
    ).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('moderator')).toEqual({
      moderator: { name: 'Officer Dana Reyes', idNumber: '4471' },
    });
  });

  it('shows the saved moderator when the page opens', async () => {
    await fakeBrowser.storage.local.set({ moderator: { name: 'Specialist Lee Okafor', idNumber: 'C-0912' } });
    render(<ModeratorSettingsForm />);

    expect(await screen.findByDisplayValue('Specialist Lee Okafor')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('ID number').value).toBe('C-0912');
    expect(screen.queryByText(/a hide cannot be logged without them/)).toBeNull();
  });
});
