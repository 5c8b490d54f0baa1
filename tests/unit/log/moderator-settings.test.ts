import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadModerator, saveModerator } from '../../../lib/settings/moderator-settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('moderator settings', () => {
  it('has no moderator until one is saved', async () => {
    expect(await loadModerator()).toBeNull();
  });

  it('saves the trimmed name and ID number where the background reads them', async () => {
    const result = await saveModerator({ name: '  Officer Dana Reyes ', idNumber: ' 4471' });

    expect(result).toEqual({ ok: true, moderator: { name: 'Officer Dana Reyes', idNumber: '4471' } });
    expect(await loadModerator()).toEqual({ name: 'Officer Dana Reyes', idNumber: '4471' });
    expect(await fakeBrowser.storage.local.get('moderator')).toEqual({
      moderator: { name: 'Officer Dana Reyes', idNumber: '4471' },
    });
  });

  it('refuses blank fields with a message for each and saves nothing', async () => {
    const result = await saveModerator({ name: ' ', idNumber: '' });

    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter your name as it should appear in the retention log',
        idNumber: 'Enter your ID or badge number',
      },
    });
    expect(await loadModerator()).toBeNull();
  });

  it('ignores a stored value that is not a valid moderator', async () => {
    await fakeBrowser.storage.local.set({ moderator: { name: 'Officer Dana Reyes' } });
    expect(await loadModerator()).toBeNull();
  });
});
