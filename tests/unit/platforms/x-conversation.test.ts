// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../lib/platforms';
import { elementById, openFixture, readAll, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());

describe('X: the conversation fixture', () => {
  it('leaves "Discover more" out of the conversation', () => {
    page = openFixture('x/conversation.html');
    const ids = readAll(xAdapter, page).map((c) => c.id);
    expect(ids).toEqual([
      '1859100000000000001',
      '1859100000000000201',
      '1859100000000000202',
      '1859100000000000203',
      '1859100000000000204',
      '1859100000000000205',
    ]);
    const discovered = page.document.querySelector('a[href="/MetroTransitDemo/status/1858800000000000301"]')!;
    expect(xAdapter.closestComment(discovered)).toBeNull();
    expect(xAdapter.findCommentElements(page.document)).toHaveLength(6);
  });

  it('reads a reply made only of a quoted post as an empty text by the replier, not the quoted author', () => {
    page = openFixture('x/conversation.html');
    const quoteOnly = readAll(xAdapter, page).find((c) => c.id === '1859100000000000202')!;
    expect(quoteOnly.text).toBe('');
    expect(quoteOnly.author.handle).toBe('gracel_bikes');
    expect(quoteOnly.author.name).toBe('Grace Lindqvist');
    expect(quoteOnly.postedAt).toBe('2026-11-21T06:55:00.000Z');
  });

  it('reads a recycled row afresh: the same <article> now holds another reply', () => {
    page = openFixture('x/conversation.html');
    const row = elementById(xAdapter, page, '1859100000000000205');
    const template = page.document.querySelector<HTMLTemplateElement>('#fixture-recycled-row')!;
    const incoming = template.content.querySelector('article')!;

    row.replaceChildren(...Array.from(incoming.cloneNode(true).childNodes));

    const reread = xAdapter.readComment(row, page.ctx);
    expect(reread.ok && reread.comment).toMatchObject({
      id: '1859100000000000206',
      permalink: 'https://x.com/ilse_nav/status/1859100000000000206',
      author: { name: 'Ilse Navarro', handle: 'ilse_nav', firstName: 'Ilse' },
      text: 'Any update on when it reopens?',
      postedAt: '2026-11-21T08:55:00.000Z',
    });
    expect(xAdapter.closestComment(row.querySelector('[data-testid="tweetText"]')!)).toBe(row);
  });

  it('reports unavailable when the menu offers no "Hide reply", closes it and chooses nothing', async () => {
    page = openFixture('x/conversation.html', { scripts: true });
    const reply = elementById(xAdapter, page, '1859100000000000203');

    const result = await xAdapter.hide(reply);

    expect(result.status).toBe('unavailable');
    expect(page.document.querySelector('[data-testid="Dropdown"]')).toBeNull();
    expect(page.document.body.hasAttribute('data-fixture-last-action')).toBe(false);
    expect(readAll(xAdapter, page).map((c) => c.id)).toContain('1859100000000000203');
  });

  it('hides an ordinary reply there', async () => {
    page = openFixture('x/conversation.html', { scripts: true });
    expect(await xAdapter.hide(elementById(xAdapter, page, '1859100000000000205'))).toEqual({
      status: 'confirmed',
    });
    expect(readAll(xAdapter, page).map((c) => c.id)).not.toContain('1859100000000000205');
  });

  it("on a reply's own page, reads the thread above it and keeps the department as the owner", () => {
    page = openFixture('x/conversation.html');
    // As X shows https://x.com/wren_ashford/status/1859100000000000205: that reply is focused,
    // the department's post and the earlier replies are the thread above it.
    page.document.querySelector('article[tabindex="-1"]')!.setAttribute('tabindex', '0');
    elementById(xAdapter, page, '1859100000000000205').setAttribute('tabindex', '-1');
    page.ctx = { ...page.ctx, pageUrl: 'https://x.com/wren_ashford/status/1859100000000000205' };

    const all = new Map(readAll(xAdapter, page).map((c) => [c.id, c]));

    expect(all.get('1859100000000000001')).toMatchObject({
      role: 'comment',
      isReply: false,
      isPageOwn: true,
    });
    expect(all.get('1859100000000000201')).toMatchObject({ isReply: true, parentId: '1859100000000000001' });
    expect(all.get('1859100000000000205')).toMatchObject({
      role: 'post',
      isReply: true,
      parentId: '1859100000000000204',
      isPageOwn: false,
      postUrl: 'https://x.com/wren_ashford/status/1859100000000000205',
    });
    expect(all.get('1859100000000000204')!.isPageOwn).toBe(true);
  });
});
