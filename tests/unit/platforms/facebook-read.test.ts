// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter, type CapturedComment } from '../../../lib/platforms';
import { elementById, openFixture, readAll, type FixturePage } from './fixture-page';

let page: FixturePage;
afterEach(() => page.close());

function read(path: string): Map<string, CapturedComment> {
  page = openFixture(path);
  return new Map(readAll(facebookAdapter, page).map((c) => [c.id, c]));
}

const POST_URL = 'https://www.facebook.com/CityPoliceDemo/posts/1122334455667788';

describe('Facebook: the demo post page', () => {
  it('reads a comment: decoded id, clean permalink, author with numeric id, resolved time', () => {
    expect(read('facebook/demo-post.html').get('2233445566778801')).toEqual({
      platform: 'facebook',
      role: 'comment',
      id: '2233445566778801',
      permalink: `${POST_URL}?comment_id=Y29tbWVudDoxMTIyMzM0NDU1NjY3Nzg4XzIyMzM0NDU1NjY3Nzg4MDE%3D`,
      postUrl: POST_URL,
      isReply: false,
      parentId: null,
      isPageOwn: false,
      author: {
        name: 'Alana Whitcombe',
        handle: null,
        profileUrl: 'https://www.facebook.com/profile.php?id=100072345678901',
        userId: '100072345678901',
        firstName: 'Alana',
      },
      text: 'This is great, I Love MPD',
      truncated: false,
      postedAt: '2026-11-20T15:00:00.000Z',
      postedAtText: '18h',
      lang: 'en',
    });
  });

  it("reads the page's reply: reply_comment_id is its id, comment_id its parent's, the Author badge makes it page-own", () => {
    const reply = read('facebook/demo-post.html').get('2233445566778901')!;
    expect(reply).toMatchObject({ isReply: true, parentId: '2233445566778801', isPageOwn: true });
    expect(reply.author).toMatchObject({
      name: 'City Police Demo',
      handle: 'CityPoliceDemo',
      firstName: null,
    });
    expect(reply.permalink).toContain('&reply_comment_id=');
    expect(reply.permalink).not.toContain('__cft__');
  });

  it('reads a vanity profile as the handle, with no numeric id', () => {
    expect(read('facebook/demo-post.html').get('2233445566778903')!.author).toEqual({
      name: 'Ruth Ellery',
      handle: 'ruth.ellery.77',
      profileUrl: 'https://www.facebook.com/ruth.ellery.77',
      userId: null,
      firstName: 'Ruth',
    });
  });

  it('marks text cut by "See more" as truncated and keeps its paragraphs, without the button', () => {
    const cut = read('facebook/demo-post.html').get('2233445566778809')!;
    expect(cut.truncated).toBe(true);
    expect(cut.text.split('\n')).toHaveLength(2);
    expect(cut.text).not.toContain('See more');
  });

  it('resolves minutes as well as hours', () => {
    const recent = read('facebook/demo-post.html').get('2233445566778810')!;
    expect(recent).toMatchObject({ postedAtText: '45m', postedAt: '2026-11-21T08:15:00.000Z' });
    expect(recent.text).toBe('Is there parking near the park entrance? 🚗');
  });

  it('reads the post itself as role "post"', () => {
    expect(read('facebook/demo-post.html').get('1122334455667788')).toMatchObject({
      role: 'post',
      permalink: POST_URL,
      isPageOwn: true,
      author: { name: 'City Police Demo', handle: 'CityPoliceDemo' },
      postedAtText: '20h',
      postedAt: '2026-11-20T13:00:00.000Z',
    });
  });

  it('anchors the badge at the author name', () => {
    page = openFixture('facebook/demo-post.html');
    const comment = elementById(facebookAdapter, page, '2233445566778802');
    expect(facebookAdapter.badgeAnchor(comment).textContent).toBe('Derek Fosse');
  });
});

describe('Facebook: timeline view (replies beside their parent)', () => {
  it('finds each comment once, with its parent and its own post', () => {
    const all = read('facebook/timeline-view.html');
    expect([...all.keys()]).toEqual([
      '1122334455660001',
      '3344556677880001',
      '3344556677880101',
      '3344556677880102',
      '3344556677880002',
      '1122334455660002',
      '3344556677880003',
      '3344556677880103',
    ]);
    expect(all.get('3344556677880102')).toMatchObject({
      isReply: true,
      parentId: '3344556677880001',
      isPageOwn: false,
    });
    expect(all.get('3344556677880101')!.isPageOwn).toBe(true);
    expect(all.get('3344556677880002')!.postUrl).toBe(
      'https://www.facebook.com/CityPoliceDemo/posts/1122334455660001',
    );
    expect(all.get('3344556677880103')!.postUrl).toBe(
      'https://www.facebook.com/CityPoliceDemo/posts/1122334455660002',
    );
    expect(all.get('3344556677880003')).toMatchObject({
      postedAtText: '1d',
      postedAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('observes the feed', () => {
    page = openFixture('facebook/timeline-view.html');
    expect(facebookAdapter.findThreadRoot(page.document)?.getAttribute('role')).toBe('feed');
  });

  it('hides through the "more" menu\'s "Hide comment" when no inline Hide is shown', async () => {
    page = openFixture('facebook/timeline-view.html', { scripts: true });
    const comment = elementById(facebookAdapter, page, '3344556677880102');

    expect(await facebookAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('hide');
    expect(page.document.querySelector('[role="menu"]')).toBeNull();
    expect(comment.textContent).toContain('Unhide');
  });
});

describe('Facebook: dialog view (replies nested inside their parent)', () => {
  it('returns every comment once and keeps replies out of their parent', () => {
    page = openFixture('facebook/dialog-view.html');
    const root = facebookAdapter.findThreadRoot(page.document)!;
    expect(root.getAttribute('role')).toBe('dialog');
    const elements = facebookAdapter.findCommentElements(root);
    expect(new Set(elements).size).toBe(elements.length);
    const all = readAll(facebookAdapter, page);
    expect(all.map((c) => c.id)).toEqual([
      '1122334455667790',
      '4455667788990001',
      '4455667788990101',
      '4455667788990102',
      '4455667788990002',
      '4455667788990103',
      '4455667788990003',
    ]);
    const parent = all.find((c) => c.id === '4455667788990001')!;
    expect(parent.text).toBe('She is adorable! Welcome Daisy!');
    expect(parent.author.name).toBe('Keisha Moore');
    expect(parent.postedAtText).toBe('20h');
    expect(all.find((c) => c.id === '4455667788990102')).toMatchObject({
      parentId: '4455667788990001',
      text: 'Can schools request a visit from the K-9 team?',
      author: { name: 'Mateo Rossi', handle: 'mateo.rossi.31' },
    });
  });

  it('finds the innermost comment for a node in a nested reply', () => {
    page = openFixture('facebook/dialog-view.html');
    const reply = elementById(facebookAdapter, page, '4455667788990102');
    const parent = elementById(facebookAdapter, page, '4455667788990001');
    const textNode = reply.querySelector('span[dir="auto"] > div[dir="auto"]')!.firstChild!;
    expect(facebookAdapter.closestComment(textNode)).toBe(reply);
    expect(parent.contains(reply)).toBe(true);
  });
});

describe('Facebook: a Spanish page', () => {
  it('reads Spanish labels, times and the "Autor" badge', () => {
    const all = read('facebook/spanish-post.html');
    expect(all.get('5566778899000001')).toMatchObject({
      text: '¡Excelente iniciativa! Ahí estaremos.',
      author: { name: 'Lucía Fernández', firstName: 'Lucía', userId: '100089123456701' },
      postedAtText: '20 h',
      postedAt: '2026-11-20T13:00:00.000Z',
      lang: 'es',
    });
    expect(all.get('5566778899000101')).toMatchObject({
      isReply: true,
      parentId: '5566778899000001',
      isPageOwn: true,
    });
    expect(all.get('5566778899000002')!.author.firstName).toBe('Ramón');
    expect(all.get('5566778899000003')).toMatchObject({ truncated: true, postedAtText: '45 min' });
    expect(all.get('5566778899000003')!.text).not.toContain('Ver más');
    expect(all.get('5566778899000004')).toMatchObject({
      postedAtText: '2 sem',
      postedAt: '2026-11-07T09:00:00.000Z',
    });
  });

  it('hides with the inline "Ocultar", which then reads "Mostrar"', async () => {
    page = openFixture('facebook/spanish-post.html', { scripts: true });
    const comment = elementById(facebookAdapter, page, '5566778899000004');
    expect(await facebookAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(comment.textContent).toContain('Mostrar');
  });

  it('hides through "Ocultar comentario" in the Spanish menu', async () => {
    page = openFixture('facebook/spanish-post.html', { scripts: true });
    const comment = elementById(facebookAdapter, page, '5566778899000002');
    expect(await facebookAdapter.hide(comment)).toEqual({ status: 'confirmed' });
    expect(page.document.body.getAttribute('data-fixture-last-action')).toBe('hide');
  });
});
