// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../lib/platforms';
import { elementById, openFixture, type FixturePage } from './fixture-page';

let page: FixturePage | undefined;
afterEach(() => page?.close());

const ownButtonTexts = (comment: Element) =>
  Array.from(comment.querySelectorAll('[role="button"]'))
    .filter((button) => button.closest('[role="article"]') === comment)
    .map((button) => button.textContent);

describe('Facebook native hide on the demo page', () => {
  it('presses the inline "Hide" and confirms once the comment offers "Unhide"', async () => {
    page = openFixture('facebook/demo-post.html', { scripts: true });
    const comment = elementById(facebookAdapter, page, '2233445566778807');

    expect(await facebookAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(ownButtonTexts(comment)).toContain('Unhide');
    expect(comment.textContent).toContain('Hidden: only visible to its author and their friends.');
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('hide');
  });

  it('hides a nested reply without touching its parent', async () => {
    page = openFixture('facebook/demo-post.html', { scripts: true });
    const reply = elementById(facebookAdapter, page, '2233445566778903');
    const parent = elementById(facebookAdapter, page, '2233445566778804');

    expect(await facebookAdapter.hide(reply)).toEqual({ status: 'confirmed' });
    expect(ownButtonTexts(reply)).toContain('Unhide');
    expect(ownButtonTexts(parent)).toContain('Hide');
  });

  it("reports unavailable on the page's own reply: its menu offers only Edit and Delete", async () => {
    page = openFixture('facebook/demo-post.html', { scripts: true });
    const own = elementById(facebookAdapter, page, '2233445566778901');

    const result = await facebookAdapter.hide(own);

    expect(result.status).toBe('unavailable');
    expect(page.document.querySelector('[role="menu"]')).toBeNull();
    expect(page.document.body.hasAttribute('data-fixture-last-action')).toBe(false);
  });
});
