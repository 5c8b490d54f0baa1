/**
 * Everything Civic Moderator knows about Instagram's post pages (/p/<code>/, /reel/<code>/).
 * Instagram has no stable hooks, so a comment is found by its shape: the block around a "Reply"
 * button that holds a profile link, a time and its text. Each entry names the fixture under
 * tests/fixtures/instagram/ that shows it.
 */
export const IG_SELECTORS = {
  /** demo-post.html: the page's main column. */
  main: 'main[role="main"], main',
  /** demo-post.html: the post header with the owner's profile link. */
  header: 'header',
  /** demo-post.html: a comment's time, inside its permalink `/p/<code>/c/<id>/`. */
  commentTime: 'a[href*="/c/"] time[datetime]',
  /** demo-post.html: the caption's time, inside the post's own link. */
  postTime: 'a[href*="/p/"] time[datetime], a[href*="/reel/"] time[datetime]',
  /** demo-post.html: the caption. */
  caption: 'h1',
  /** demo-post.html: a profile link `/<username>/`. */
  profileLink: 'a[href^="/"]',
  /** demo-post.html: the comment's text. */
  text: 'span[dir="auto"]',
  /** demo-post.html: the link around a time (the permalink). */
  timeLink: 'a',
  /** demo-post.html: what a comment's text span is never inside (name, buttons, time, caption). */
  notText: 'a, button, [role="button"], time, h1, h2, h3',
  /** demo-post.html: the leaf elements that may hold the hidden notice. */
  noticeText: 'span, div',
  /** demo-post.html, spanish-post.html: a comment's list item; its replies are list items inside it. */
  listItem: 'li',
  /** demo-post.html: buttons (Reply, View replies, Like, Comment options). */
  button: 'button, [role="button"]',
  /** demo-post.html (on hover): the comment's options icon; its button opens the dialog. */
  optionsIcon: 'svg[aria-label="Comment options"], svg[aria-label="Opciones de comentario"]',
  /** demo-post.html: the options dialog; also the dialog a post opens in over a profile grid. */
  dialog: 'div[role="dialog"]',
  /** demo-post.html: a choice in the options dialog. */
  dialogButton: 'button, [role="button"]',
} as const;

/** Localised labels. Each names the fixture that shows it. */
export const IG_LABELS = {
  /** demo-post.html, spanish-post.html: the button that marks a comment block. */
  reply: ['Reply', 'Responder'],
  /** demo-post.html, spanish-post.html: the owner's hide choice in the options dialog. */
  hide: ['Hide', 'Ocultar'],
  /** spanish-post.html: restricting the poster also hides the comment from others. */
  restrict: ['Restrict', 'Restringir'],
  /** demo-post.html: closes the options dialog. */
  cancel: ['Cancel', 'Cancelar'],
  /** demo-post.html, spanish-post.html: what a hidden or restricted comment shows in its place. */
  hiddenNotice: ['Comment hidden', 'Comentario oculto', 'Restricted', 'Restringido'],
  /** demo-post.html: "more" on a cut caption or comment. */
  more: ['more', 'más'],
} as const;

export const IG_HOSTS = ['www.instagram.com', 'instagram.com'];

/** `/p/<code>/c/<comment>/` or `/p/<code>/c/<parent>/r/<reply>/` (also /reel/). */
export const IG_COMMENT_PATH = /^\/(?:[\w.]+\/)?(?:p|reel)\/([\w-]+)\/c\/(\d+)\/(?:r\/(\d+)\/)?/;

/** `/p/<code>/` (also /reel/, and with a username prefix). */
export const IG_POST_PATH = /^\/(?:[\w.]+\/)?(p|reel)\/([\w-]+)\//;

/** `/<username>/`: a profile, not a post, tag or explore link. */
export const IG_PROFILE_PATH = /^\/([\w.]+)\/$/;
export const IG_NOT_PROFILES = ['explore', 'accounts', 'direct', 'reels', 'stories', 'p', 'reel'];
