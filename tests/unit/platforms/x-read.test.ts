// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { xAdapter, type CapturedComment } from '../../../lib/platforms';
import { elementById, openFixture, readAll, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());

function demo(): Map<string, CapturedComment> {
  page = openFixture('x/demo-post.html');
  return new Map(readAll(xAdapter, page).map((c) => [c.id, c]));
}

describe('X: reading the demo conversation', () => {
  it('reads the focused tweet as the post, owned by the page', () => {
    const post = demo().get('1859000000000000001')!;
    expect(post).toMatchObject({
      platform: 'x',
      role: 'post',
      permalink: 'https://x.com/CityPoliceDemo/status/1859000000000000001',
      postUrl: 'https://x.com/CityPoliceDemo/status/1859000000000000001',
      isReply: false,
      parentId: null,
      isPageOwn: true,
      postedAt: '2026-11-20T15:00:00.000Z',
      postedAtText: '3:00 PM · Nov 20, 2026',
      lang: 'en',
    });
    expect(post.text).toContain('Coffee with a Cop is back! ☕ Join MPD officers');
  });

  it('reads a reply: status id, permalink, parent, author, text and absolute time', () => {
    expect(demo().get('1859000000000000101')).toEqual({
      platform: 'x',
      role: 'comment',
      id: '1859000000000000101',
      permalink: 'https://x.com/javery_runs/status/1859000000000000101',
      postUrl: 'https://x.com/CityPoliceDemo/status/1859000000000000001',
      isReply: true,
      parentId: '1859000000000000001',
      isPageOwn: false,
      author: {
        name: 'Jordan Avery',
        handle: 'javery_runs',
        profileUrl: 'https://x.com/javery_runs',
        userId: null,
        firstName: 'Jordan',
      },
      text: 'This is great, I Love MPD',
      truncated: false,
      postedAt: '2026-11-20T15:12:00.000Z',
      postedAtText: '18h',
      lang: 'en',
    });
  });

  it("marks the page's own reply as page-own", () => {
    const all = demo();
    expect(all.get('1859000000000000104')!.isPageOwn).toBe(true);
    expect([...all.values()].filter((c) => c.isPageOwn).map((c) => c.id)).toEqual([
      '1859000000000000001',
      '1859000000000000104',
    ]);
  });

  it('keeps emoji as their alt text, in names and in texts', () => {
    const all = demo();
    expect(all.get('1859000000000000106')!.author).toMatchObject({
      name: '🌻 Rosa Delgado 🌻',
      firstName: 'Rosa',
    });
    expect(all.get('1859000000000000112')!.text).toBe('See you there 🙌');
  });

  it('gives first names only when sure', () => {
    const all = demo();
    expect(all.get('1859000000000000103')!.author.firstName).toBe('Lena');
    expect(all.get('1859000000000000110')!.author.firstName).toBe('Dee');
    expect(all.get('1859000000000000108')!.author.firstName).toBeNull();
    expect(all.get('1859000000000000107')!.author.firstName).toBeNull();
  });

  it('marks text cut by "Show more" as truncated, without the button text', () => {
    const cut = demo().get('1859000000000000113')!;
    expect(cut.truncated).toBe(true);
    expect(cut.text).not.toContain('Show more');
    expect(cut.text.endsWith('every fifteen minutes, and on')).toBe(true);
  });

  it('takes the outer fields of a reply that quotes another post', () => {
    const all = demo();
    const quoting = all.get('1859000000000000111')!;
    expect(quoting.text).toBe("Same idea as last year's, and it was a hit:");
    expect(quoting.author.handle).toBe('tomas_ibarra');
    expect(quoting.postedAt).toBe('2026-11-20T21:03:00.000Z');
    expect([...all.keys()]).not.toContain('1723000000000000001');
  });

  it('finds the comment from any node in it, the quote included, and anchors the badge at the name', () => {
    page = openFixture('x/demo-post.html');
    const reply = elementById(xAdapter, page, '1859000000000000111');
    const inQuote = reply.querySelector('div[role="link"] [data-testid="tweetText"]')!.firstChild!;
    expect(xAdapter.closestComment(inQuote)).toBe(reply);
    expect(xAdapter.badgeAnchor(reply).textContent).toContain('Tomás Ibarra');
    expect(xAdapter.badgeAnchor(reply).closest('div[role="link"]')).toBeNull();
    expect(xAdapter.closestComment(page.document.querySelector('.top')!)).toBeNull();
  });

  it('observes the conversation timeline', () => {
    page = openFixture('x/demo-post.html');
    expect(xAdapter.findThreadRoot(page.document)?.getAttribute('aria-label')).toBe('Timeline: Conversation');
  });
});
