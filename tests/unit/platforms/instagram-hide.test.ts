// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms';
import { elementById, openFixture, type FixturePage } from './fixture-page';

let page: FixturePage | undefined;
afterEach(() => page?.close());

describe('Instagram native hide on the demo page', () => {
  it('hovers, opens "Comment options", chooses "Hide" and sees "Comment hidden"', async () => {
    page = openFixture('instagram/demo-post.html', { scripts: true });
    const comment = elementById(instagramAdapter, page, '17900000000000008');
    expect(comment.querySelector('svg[aria-label="Comment options"]')).toBeNull(); // only on hover

    expect(await instagramAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(comment.textContent).toContain('Comment hidden');
    expect(comment.textContent).not.toContain('kill the next officer');
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('hide');
  });

  it("reports unavailable on the owner's own reply (only Delete offered) and cancels the dialog", async () => {
    page = openFixture('instagram/demo-post.html', { scripts: true });
    const own = elementById(instagramAdapter, page, '17900000000000101');

    const result = await instagramAdapter.hide(own);

    expect(result.status).toBe('unavailable');
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(page.document.body.hasAttribute('data-fixture-last-action')).toBe(false);
    expect(own.textContent).toContain('thank you! See you Saturday');
  });
});
