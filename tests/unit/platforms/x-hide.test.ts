// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms';
import { elementById, openFixture, readAll, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());

describe('X native hide on the demo page', () => {
  it('chooses "Hide reply" in the caret menu and confirms the reply left the conversation', async () => {
    page = openFixture('x/demo-post.html', { scripts: true });
    const reply = elementById(xAdapter, page, '1859000000000000108');

    const result = await xAdapter.hide(reply);

    expect(result).toEqual({ status: 'confirmed' });
    expect(readAll(xAdapter, page).map((c) => c.id)).not.toContain('1859000000000000108');
    expect(page.document.querySelector('#layers [data-testid="toast"]')?.textContent).toBe(
      'This reply was hidden',
    );
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('hide');
    expect(page.document.querySelector('[data-testid="Dropdown"]')).toBeNull();
  });

  it("reports unavailable on the page's own reply, whose menu has no hide, and closes the menu", async () => {
    page = openFixture('x/demo-post.html', { scripts: true });
    const own = elementById(xAdapter, page, '1859000000000000104');

    const result = await xAdapter.hide(own);

    expect(result.status).toBe('unavailable');
    expect(page.document.querySelector('[data-testid="Dropdown"]')).toBeNull();
    expect(page.document.body.hasAttribute('data-fixture-last-action')).toBe(false);
    expect(readAll(xAdapter, page).map((c) => c.id)).toContain('1859000000000000104');
  });
});
