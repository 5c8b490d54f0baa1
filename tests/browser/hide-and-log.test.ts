import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, publicCommentsOf } from './demo-pages';
import { startExtensionHarness, type ExtensionHarness } from './extension-harness';

// The walk a moderator takes on each platform: badges on every public comment, right-click an
// offensive one, "Hide & log comment", see it marked, find the record in the log, export it.

let harness: ExtensionHarness;

beforeAll(async () => {
  harness = await startExtensionHarness();
  await harness.setModerator({ name: 'Dana Quill', idNumber: '4417' });
});
afterAll(async () => harness?.stop());

const badges = (page: Page) => page.locator('[data-civic-moderator="badge"]');
// By id, not text: the platform's own hide may replace the text ("This reply was hidden").
const commentById = (page: Page, id: string) => page.locator(`[data-civic-moderator-comment="${id}"]`);

// DESIGN.md's example for each level of the Comment Grading System; each demo page holds all eight.
const DESIGN_EXAMPLES: [string, string][] = [
  ['This is great, I Love MPD', '1 · Positive'],
  ['Other departments should do this', '2 · Neutral'],
  ['When will you be hiring again?', '3 · Question'],
  ['I went to file a report and the officer refused', '4 · Concerned'],
  ['MPD is arresting peaceful protesters', '5 · Misguided'],
  ['MPD, do you support the killing of unarmed people?', '6 · Negative'],
  ['F*#K these pigs', '7 · Offensive'],
  ["I'm going to kill the next officer who stops me.", '8 · Threatening'],
];

const PLATFORM_NAMES = { facebook: 'Facebook', x: 'X', instagram: 'Instagram' } as const;

describe.each(Object.entries(DEMO_PAGES) as [keyof typeof DEMO_PAGES, string][])(
  'on the %s demo page',
  (platform, file) => {
    const expected = publicCommentsOf(file);
    const offensive = expected.find((comment) => comment.text.includes('F*#K these pigs'))!;

    it('shows a grade badge beside every public comment', async () => {
      expect(expected.length).toBeGreaterThanOrEqual(12);
      const page = await harness.context.newPage();
      await page.goto(harness.fixtureUrl(file));
      await expect.poll(() => badges(page).count()).toBe(expected.length);
      // Every badge carries a grade, not the waiting state.
      await expect
        .poll(() => badges(page).locator('.badge[data-state="graded"]').count())
        .toBe(expected.length);
      // The engine's grade, as the badge shows it, for DESIGN.md's eight examples.
      for (const [text, badge] of DESIGN_EXAMPLES) {
        const comment = expected.find((candidate) => candidate.text === text);
        expect(comment, text).toBeDefined();
        expect(await commentById(page, comment!.id).locator('.badge').textContent(), text).toBe(badge);
      }
      await page.close();
    });

    it('hides and logs the right-clicked comment, and the log exports it', async () => {
      const page = await harness.context.newPage();
      await page.goto(harness.fixtureUrl(file));
      const comment = commentById(page, offensive.id);
      await comment.locator('.badge[data-state="graded"]').waitFor();
      await page.getByText('F*#K these pigs', { exact: true }).click({ button: 'right' });

      const outcome = await harness.hideAndLogFromMenu(page);
      expect(outcome).toMatch(/^recorded [\w-]+; platform hide confirmed$/);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `Hidden on ${PLATFORM_NAMES[platform]} and logged.` })
            .count(),
        )
        .toBe(1);
      if (platform === 'x') {
        // X takes a hidden reply out of the conversation: nothing is left to mark.
        await expect.poll(() => comment.count()).toBe(0);
      } else {
        // Facebook and Instagram keep it in place for the owner: we mark it hidden beside the badge.
        await expect.poll(() => comment.getAttribute('data-civic-moderator-hidden')).toBe('true');
        await expect.poll(() => comment.locator('.badge').textContent()).toBe('Hidden & logged');
      }

      const log = await harness.openExtensionPage('log.html');
      const row = log
        .getByRole('row')
        .filter({ hasText: 'F*#K these pigs' })
        .filter({ hasText: offensive.author.name ?? `@${offensive.author.handle}` });
      await expect.poll(() => row.count()).toBe(1);
      const rowText = await row.textContent();
      expect(rowText).toContain(PLATFORM_NAMES[platform]);

      const { records } = await harness.readRetentionLog(log);
      const stored = records.find((record) => record.platformCommentId === offensive.id);
      expect(stored).toMatchObject({
        platform,
        platformCommentId: offensive.id,
        text: 'F*#K these pigs',
        poster: { name: offensive.author.name, handle: offensive.author.handle },
        postedAtText: offensive.postedAtText,
        level: 7,
        clause: 'a',
        moderator: { name: 'Dana Quill', idNumber: '4417' },
      });
      // X and Instagram show an absolute time; Facebook's "2h" is resolved at capture.
      if (platform === 'facebook') {
        expect(Date.parse(stored!.postedAt!)).toBeLessThan(Date.now());
      } else expect(stored!.postedAt!).toBe(offensive.postedAt);

      const [download] = await Promise.all([
        log.waitForEvent('download'),
        log.getByRole('button', { name: /export csv/i }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      expect(rows).toContainEqual(
        expect.objectContaining({
          Platform: expect.stringMatching(new RegExp(platform, 'i')),
          'Poster name': offensive.author.name ?? '',
          'Poster handle': offensive.author.handle ?? '',
          'Comment text': 'F*#K these pigs',
          'Terms clause': 'a',
        }),
      );
      await log.close();
      await page.close();
    });
  },
);
