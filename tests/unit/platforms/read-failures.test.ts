// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter, instagramAdapter, summarizeReadHealth, xAdapter } from '../../../lib/platforms';
import { CAPTURED_AT, elementById, openFixture, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());
const ctx = { now: CAPTURED_AT, pageUrl: 'https://x.com/CityPoliceDemo/status/1859000000000000001' };

describe('readComment never throws: a missing field is a failure naming the selector', () => {
  it('X: a reply whose permalink time is gone', () => {
    page = openFixture('x/demo-post.html');
    const reply = elementById(xAdapter, page, '1859000000000000102');
    reply.querySelector('a[href*="/status/"] > time')!.remove();
    expect(xAdapter.readComment(reply, ctx)).toEqual({
      ok: false,
      failure: {
        platform: 'x',
        field: 'id',
        selector: 'a[href*="/status/"] > time[datetime]',
        reason: 'not found',
      },
    });
  });

  it('X: a reply whose User-Name block is gone', () => {
    page = openFixture('x/demo-post.html');
    const reply = elementById(xAdapter, page, '1859000000000000102');
    reply.querySelector('[data-testid="User-Name"] .name')!.remove();
    reply.querySelector('[data-testid="User-Name"]')!.removeAttribute('data-testid');
    const result = xAdapter.readComment(reply, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.field).toBe('author');
  });

  it('Facebook: a comment with no comment_id link', () => {
    page = openFixture('facebook/demo-post.html');
    const comment = elementById(facebookAdapter, page, '2233445566778802');
    for (const link of Array.from(comment.querySelectorAll('a[href*="comment_id="]')))
      link.removeAttribute('href');
    const result = facebookAdapter.readComment(comment, page.ctx);
    expect(result).toMatchObject({ ok: false, failure: { platform: 'facebook', field: 'id' } });
  });

  it('Instagram: a block whose time link lost its comment id', () => {
    page = openFixture('instagram/demo-post.html');
    const comment = elementById(instagramAdapter, page, '17900000000000002');
    comment.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/DEMOcwac2026/c/');
    expect(instagramAdapter.readComment(comment, page.ctx)).toMatchObject({
      ok: false,
      failure: { platform: 'instagram', field: 'id' },
    });
  });

  it('any element at all', () => {
    page = openFixture('x/demo-post.html');
    const stray = page.document.createElement('div');
    for (const adapter of [xAdapter, facebookAdapter, instagramAdapter]) {
      expect(adapter.readComment(stray, page.ctx).ok).toBe(false);
    }
  });
});

describe('summarizeReadHealth: what the popup says about a page', () => {
  it('counts what was found and read, and groups failures by field and selector', () => {
    page = openFixture('x/demo-post.html');
    const root = xAdapter.findThreadRoot(page.document)!;
    const elements = xAdapter.findCommentElements(root);
    for (const el of elements.slice(1, 3)) el.querySelector('a[href*="/status/"] > time')!.remove();
    const health = summarizeReadHealth(
      'x',
      true,
      elements.map((el) => xAdapter.readComment(el, ctx)),
    );
    expect(health).toEqual({
      platform: 'x',
      threadFound: true,
      found: 14,
      read: 12,
      failed: 2,
      failures: [
        { field: 'id', selector: 'a[href*="/status/"] > time[datetime]', reason: 'not found', count: 2 },
      ],
      layoutChanged: false,
    });
  });

  it('says the layout changed when most reads fail or the conversation is not found', () => {
    const failure = {
      ok: false as const,
      failure: { platform: 'facebook' as const, field: 'author', selector: 'a', reason: 'not found' },
    };
    expect(summarizeReadHealth('facebook', true, [failure, failure]).layoutChanged).toBe(true);
    expect(summarizeReadHealth('facebook', false, []).layoutChanged).toBe(true);
    expect(summarizeReadHealth('facebook', true, []).layoutChanged).toBe(false);
  });
});
