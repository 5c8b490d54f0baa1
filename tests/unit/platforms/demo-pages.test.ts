// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { describe, expect, it } from 'vitest';
import { adapterForUrl, CapturedCommentSchema, type CapturedComment } from '../../../lib/platforms';
import { GRADE_EXAMPLES, canonicalUrl, fixtureHtml, openFixture, readAll } from './fixture-page';

const DEMOS = [
  ['x', 'x/demo-post.html', 'https://x.com/CityPoliceDemo/status/1859000000000000001'],
  ['facebook', 'facebook/demo-post.html', 'https://www.facebook.com/CityPoliceDemo/posts/1122334455667788'],
  ['instagram', 'instagram/demo-post.html', 'https://www.instagram.com/p/DEMOcwac2026/'],
] as const;

const poster = (comment: CapturedComment) => comment.author.profileUrl ?? comment.author.handle;

describe.each(DEMOS)('the %s demo page', (platform, path, canonical) => {
  function records(): CapturedComment[] {
    const page = openFixture(path);
    const adapter = adapterForUrl(new URL(page.url))!;
    try {
      return readAll(adapter, page);
    } finally {
      page.close();
    }
  }

  it('is served at its real canonical URL, which picks this platform', () => {
    const html = fixtureHtml(path);
    expect(canonicalUrl(html)).toBe(canonical);
    expect(adapterForUrl(new URL(canonical))?.platform).toBe(platform);
    expect(html).toMatch(/<!--[\s\S]*ours and invented[\s\S]*-->/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.facebook\.com|x\.com|www\.instagram\.com)/);
  });

  it('shows the post and at least 12 comments, every one a valid record', () => {
    const all = records();
    expect(all.filter((c) => c.role === 'post')).toHaveLength(1);
    expect(all.filter((c) => c.role === 'comment').length).toBeGreaterThanOrEqual(12);
    for (const comment of all) expect(CapturedCommentSchema.parse(comment)).toEqual(comment);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it("holds DESIGN.md's eight example texts verbatim, each its own comment by a distinct poster", () => {
    const all = records();
    const examples = GRADE_EXAMPLES.map((text) => all.filter((c) => c.text === text));
    for (const matches of examples) expect(matches).toHaveLength(1);
    const posters = examples.map((matches) => poster(matches[0]!));
    expect(new Set(posters).size).toBe(8);
    for (const matches of examples) expect(matches[0]!.isPageOwn).toBe(false);
  });

  it("has replies, and a reply by the page's own account", () => {
    const all = records();
    const replies = all.filter((c) => c.isReply);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((c) => c.isPageOwn && c.role === 'comment')).toBe(true);
    for (const reply of replies) expect(all.some((c) => c.id === reply.parentId)).toBe(true);
  });
});
