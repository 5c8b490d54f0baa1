import { afterAll, beforeAll, expect, it } from 'vitest';
import { startExtensionHarness, type ExtensionHarness } from './extension-harness';

let harness: ExtensionHarness;
beforeAll(async () => {
  harness = await startExtensionHarness();
});
afterAll(async () => harness?.stop());

it('refuses a message of the wrong shape and writes nothing to the retention log', async () => {
  const page = await harness.openExtensionPage('log.html');
  const result = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome;
    const reply = await api.runtime.sendMessage({
      type: 'record-hide',
      comment: { platform: 'myspace', text: 'F*#K these pigs' },
      level: 9,
      clause: 'z',
    });
    const count = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('civic-moderator-retention');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        // No table yet means nothing was ever written.
        if (!open.result.objectStoreNames.contains('records')) return resolve(0);
        const request = open.result.transaction('records').objectStore('records').count();
        request.onsuccess = () => resolve(request.result);
      };
    });
    return { reply, count };
  });
  expect(result.reply).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed message/) });
  expect((result.reply as { error: string }).error).toMatch(/comment\.platform/);
  expect(result.count).toBe(0);
  await page.close();
});
