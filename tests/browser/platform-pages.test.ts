import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicCommentsOf } from './demo-pages';
import { startExtensionHarness, type ExtensionHarness } from './extension-harness';

// The adapters inside the extension on the harder fixture pages, under the real host names.

let harness: ExtensionHarness;
beforeAll(async () => {
  harness = await startExtensionHarness();
  await harness.setModerator({ name: 'Dana Quill', idNumber: '4417' });
});
afterAll(async () => harness?.stop());

const HOST_GRADED = '[data-civic-moderator="badge"][data-state="graded"]';
const graded = (page: Page) => page.locator(HOST_GRADED);
const commentById = (page: Page, id: string) => page.locator(`[data-civic-moderator-comment="${id}"]`);

async function open(file: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.fixtureUrl(file));
  return page;
}

async function loggedEvents(): Promise<{ platformCommentId: string; status: string; detail: string }[]> {
  const log = await harness.openExtensionPage('log.html');
  const { records, events } = await harness.readRetentionLog(log);
  const rows = events.map((entry) => ({
    platformCommentId: records.find((record) => record.id === entry.recordId)!.platformCommentId,
    status: entry.event.status ?? '',
    detail: entry.event.detail,
  }));
  await log.close();
  return rows;
}

describe('on an X conversation', () => {
  const file = 'x/conversation.html';

  it('badges the conversation but not "Discover more"', async () => {
    const page = await open(file);
    const expected = publicCommentsOf(file);
    await expect.poll(() => graded(page).count()).toBe(expected.length);
    expect(await commentById(page, '1858800000000000301').count()).toBe(0);
    expect(
      await page
        .locator('[data-civic-moderator-comment]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-civic-moderator-comment'))),
    ).toEqual(expected.map((comment) => comment.id));
    await page.close();
  });

  it('re-reads and re-grades a row X recycles for another reply', async () => {
    const page = await open(file);
    await commentById(page, '1859100000000000205').locator(HOST_GRADED).waitFor();
    // X reuses the <article> while scrolling: same element, another reply inside.
    await page.evaluate(() => {
      const article = document.querySelector('a[href*="/status/1859100000000000205"]')!.closest('article')!;
      const template = document.querySelector<HTMLTemplateElement>('#fixture-recycled-row')!;
      article.replaceChildren(...template.content.querySelector('article')!.cloneNode(true).childNodes);
    });
    const recycled = commentById(page, '1859100000000000206');
    await recycled.locator(HOST_GRADED).waitFor();
    expect(await commentById(page, '1859100000000000205').count()).toBe(0);
    expect(await recycled.locator('[data-civic-moderator="badge"]').count()).toBe(1);
    await page.close();
  });

  it("forgets a recycled row that now holds the department's own reply", async () => {
    const page = await open(file);
    await commentById(page, '1859100000000000205').locator(HOST_GRADED).waitFor();
    await page.evaluate(() => {
      const article = document.querySelector('a[href*="/status/1859100000000000205"]')!.closest('article')!;
      const own = document.querySelector('a[href*="/status/1859100000000000204"]')!.closest('article')!;
      const copy = own.cloneNode(true) as Element;
      copy.querySelectorAll('[data-civic-moderator]').forEach((badge) => badge.remove());
      article.replaceChildren(...copy.childNodes);
    });
    // The department's words are never graded: no badge, and no longer known as reply 205.
    await expect.poll(() => commentById(page, '1859100000000000205').count()).toBe(0);
    expect(await page.locator('[data-civic-moderator-comment="1859100000000000204"]').count()).toBe(0);
    await page.close();
  });

  it('logs a reply X offers no "Hide reply" for, and tells the moderator to hide it by hand', async () => {
    const page = await open(file);
    const comment = commentById(page, '1859100000000000203');
    await comment.locator(HOST_GRADED).waitFor();
    await comment.locator('[data-testid="tweetText"]').click({ button: 'right' });
    // This reply is not graded a violation, so the moderator names the clause first.
    const outcome = await harness.hideAndLogFromMenu(page);
    expect(outcome).toBe('asked the moderator for the Terms-of-Use clause');
    const dialog = page.getByRole('dialog', { name: 'Hide & log comment' });
    await dialog.getByLabel('Terms-of-Use clause broken').selectOption('d');
    await dialog.getByRole('button', { name: 'Hide & log' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Hide it by hand on X' }).count())
      .toBe(1);
    expect(await comment.getAttribute('data-civic-moderator-hidden')).toBe('true');
    const events = await loggedEvents();
    expect(events).toContainEqual(
      expect.objectContaining({ platformCommentId: '1859100000000000203', status: 'unavailable' }),
    );
    await page.close();
  });
});

describe('the clause dialog', () => {
  it('warns that criticism is protected speech; cancelled, it logs nothing', async () => {
    const page = await open('facebook/demo-post.html');
    const concerned = page.getByText('I went to file a report and the officer refused', { exact: true });
    await graded(page).first().waitFor();
    await concerned.click({ button: 'right' });
    await harness.hideAndLogFromMenu(page);
    const dialog = page.getByRole('dialog', { name: 'Hide & log comment' });
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'Graded Concerned: criticism, complaints and wrong facts are protected speech.',
    );
    // No clause, no hide.
    expect(await dialog.getByRole('button', { name: 'Hide & log' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const log = await harness.openExtensionPage('log.html');
    await expect.poll(() => log.getByText('I went to file a report and the officer refused').count()).toBe(0);
    await log.close();
    await page.close();
  });
});

describe.each([
  ['facebook/spanish-post.html', 'Facebook'],
  ['instagram/spanish-post.html', 'Instagram'],
])('on the Spanish page %s', (file) => {
  it('badges every public comment', async () => {
    const page = await open(file);
    const expected = publicCommentsOf(file);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => graded(page).count()).toBe(expected.length);
    await page.close();
  });
});

describe('on the Facebook dialog view', () => {
  it('badges each nested reply once, apart from its parent', async () => {
    const page = await open('facebook/dialog-view.html');
    const expected = publicCommentsOf('facebook/dialog-view.html');
    await expect.poll(() => graded(page).count()).toBe(expected.length);
    // Each comment owns exactly one badge: a reply nested inside its parent does not lend its own.
    const badgesPerComment = await page
      .locator('[data-civic-moderator-comment]')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-civic-moderator-comment'),
          [...el.querySelectorAll('[data-civic-moderator="badge"]')].filter(
            (badge) => badge.parentElement!.closest('[data-civic-moderator-comment]') === el,
          ).length,
        ]),
      );
    expect(badgesPerComment).toEqual(expected.map((comment) => [comment.id, 1]));
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('badges the new thread when X swaps the conversation without a page load', async () => {
    const page = await open('x/conversation.html');
    await graded(page).first().waitFor();
    const next = harness.fixtureUrl('x/demo-post.html');
    // What X does on a click: fetch, replace the column, push the new URL. No load event.
    await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      const incoming = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceChildren(
        ...[...incoming.body.childNodes].map((node) => document.importNode(node, true)),
      );
      history.pushState({}, '', url);
    }, next);
    const expected = publicCommentsOf('x/demo-post.html');
    await expect.poll(() => graded(page).count(), { timeout: 10_000 }).toBe(expected.length);
    await page.close();
  });
});
