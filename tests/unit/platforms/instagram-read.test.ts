// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { instagramAdapter, type CapturedComment } from '../../../lib/platforms';
import { elementById, openFixture, readAll, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());

function read(path: string): Map<string, CapturedComment> {
  page = openFixture(path);
  return new Map(readAll(instagramAdapter, page).map((c) => [c.id, c]));
}

describe('Instagram: the demo post page', () => {
  it('reads a comment: /c/<id>/ id, permalink, username and absolute time', () => {
    expect(read('instagram/demo-post.html').get('17900000000000001')).toEqual({
      platform: 'instagram',
      role: 'comment',
      id: '17900000000000001',
      permalink: 'https://www.instagram.com/p/DEMOcwac2026/c/17900000000000001/',
      postUrl: 'https://www.instagram.com/p/DEMOcwac2026/',
      isReply: false,
      parentId: null,
      isPageOwn: false,
      author: {
        name: null,
        handle: 'marisol.reads',
        profileUrl: 'https://www.instagram.com/marisol.reads/',
        userId: null,
        firstName: null,
      },
      text: 'This is great, I Love MPD',
      truncated: false,
      postedAt: '2026-11-20T15:05:00.000Z',
      postedAtText: '17h',
      lang: 'en',
    });
  });

  it("reads replies from /c/<parent>/r/<reply>/, and the owner's replies as page-own", () => {
    const all = read('instagram/demo-post.html');
    expect(all.get('17900000000000101')).toMatchObject({
      isReply: true,
      parentId: '17900000000000001',
      isPageOwn: true,
      text: '@marisol.reads thank you! See you Saturday ☕',
    });
    expect(all.get('17900000000000103')).toMatchObject({
      isReply: true,
      parentId: '17900000000000004',
      isPageOwn: false,
    });
  });

  it('keeps a mention link in the text and never takes the mentioned account for the author', () => {
    const all = read('instagram/demo-post.html');
    expect(page.document.querySelector('.ctext a[href="/hector.vale/"]')).not.toBeNull();
    expect(all.get('17900000000000103')).toMatchObject({
      author: { handle: 'jules.pmk' },
      text: '@hector.vale did you try the online form?',
    });
  });

  it('reads the caption as the post', () => {
    expect(read('instagram/demo-post.html').get('DEMOcwac2026')).toMatchObject({
      role: 'post',
      permalink: 'https://www.instagram.com/p/DEMOcwac2026/',
      isPageOwn: true,
      author: { handle: 'citypolicedemo' },
      postedAt: '2026-11-20T15:00:00.000Z',
    });
  });

  it('finds the comment from a node in it, and anchors the badge at the username', () => {
    page = openFixture('instagram/demo-post.html');
    const comment = elementById(instagramAdapter, page, '17900000000000005');
    const text = comment.querySelector('.ctext')!.firstChild!;
    expect(instagramAdapter.closestComment(text)).toBe(comment);
    expect(instagramAdapter.badgeAnchor(comment).textContent).toBe('river_city_mom');
  });
});

describe('Instagram: a Spanish page', () => {
  it('reads Spanish times, and parents of replies whose links do not name them', () => {
    const all = read('instagram/spanish-post.html');
    expect(all.get('17900000000000602')).toMatchObject({
      isReply: true,
      parentId: '17900000000000501',
      permalink: 'https://www.instagram.com/p/DEMOespanol1/c/17900000000000602/',
      lang: 'es',
    });
    expect(all.get('17900000000000502')).toMatchObject({
      isReply: false,
      parentId: null,
      postedAtText: '5 h',
    });
    expect(all.get('17900000000000504')).toMatchObject({
      postedAtText: '2 sem',
      postedAt: '2026-11-07T09:00:00.000Z',
    });
  });

  it('hides with "Ocultar" and sees "Comentario oculto"', async () => {
    page = openFixture('instagram/spanish-post.html', { scripts: true });
    const comment = elementById(instagramAdapter, page, '17900000000000502');
    expect(await instagramAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(comment.textContent).toContain('Comentario oculto');
  });

  it('restricts when "Restringir" is the only hide offered', async () => {
    page = openFixture('instagram/spanish-post.html', { scripts: true });
    const comment = elementById(instagramAdapter, page, '17900000000000503');
    expect(await instagramAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('restrict');
    expect(comment.textContent).toContain('Restringido');
  });
});

describe('Instagram: a post opened in a dialog over the profile grid', () => {
  it('reads the comments inside the dialog', () => {
    page = openFixture('instagram/demo-post.html');
    const dialog = page.document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(page.document.querySelector('.post')!);
    page.document.querySelector('main')!.replaceChildren();
    page.document.body.append(dialog);

    expect(instagramAdapter.findThreadRoot(page.document)?.closest('[role="dialog"]')).toBe(dialog);
    const all = readAll(instagramAdapter, page);
    expect(all).toHaveLength(15);
    expect(all.find((c) => c.id === '17900000000000102')).toMatchObject({
      isPageOwn: true,
      parentId: '17900000000000003',
    });
  });
});

describe('Instagram: finding comments in what the page adds', () => {
  it('finds a thread (comment and replies) in one added list item, parent first', () => {
    page = openFixture('instagram/demo-post.html');
    const item = elementById(instagramAdapter, page, '17900000000000003').closest('li')!;
    const ids = instagramAdapter.findCommentElements(item).map((el) => {
      const result = instagramAdapter.readComment(el, page.ctx);
      return result.ok ? result.comment.id : result.failure.field;
    });
    expect(ids).toEqual(['17900000000000003', '17900000000000102']);
  });

  it('finds the caption as the post, and nothing for a control between comments', () => {
    page = openFixture('instagram/demo-post.html');
    const caption = page.document.querySelector('h1')!.firstChild!;
    const post = instagramAdapter.closestComment(caption)!;
    const result = instagramAdapter.readComment(post, page.ctx);
    expect(result.ok && result.comment.role).toBe('post');
    expect(instagramAdapter.closestComment(page.document.querySelector('.view-replies')!)).toBeNull();
  });
});
