import { afterAll, beforeAll, expect, it } from 'vitest';
import { startExtensionHarness, type ExtensionHarness } from './extension-harness';

let harness: ExtensionHarness;
beforeAll(async () => {
  harness = await startExtensionHarness();
});
afterAll(async () => harness?.stop());

it('refuses a message of the wrong shape and writes nothing to the retention log', async () => {
  const page = await harness.openExtensionPage('log.html');
  const reply = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    const reply = await api.runtime.sendMessage({
      type: 'record-hide',
      comment: { platform: 'myspace', text: 'F*#K these pigs' },
      level: 9,
      clause: 'z',
    });
    return reply;
  });
  expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed message/) });
  expect((reply as { error: string }).error).toMatch(/comment\.platform/);
  expect((await harness.readRetentionLog(page)).records).toEqual([]);
  await page.close();
});
