/**
 * Everything Civic Moderator knows about Facebook's post and comment markup (page-admin view).
 * Class names are obfuscated and change often: these hook on role, aria-label, dir and link
 * shapes only. Each entry names the fixture under tests/fixtures/facebook/ that shows it.
 */
export const FB_SELECTORS = {
  /** dialog-view.html: a post opened over the feed; replies nest inside their parent there. */
  dialog: 'div[role="dialog"]',
  /** timeline-view.html: the page's feed. */
  feed: 'div[role="feed"]',
  /** demo-post.html: the main column of a post's own page. */
  main: 'div[role="main"]',
  /** demo-post.html: any article; comments are the ones whose aria-label says so. */
  article: 'div[role="article"]',
  /** demo-post.html: the post's text block. */
  storyMessage:
    '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** demo-post.html: the post author's name block in the post header. */
  profileName: '[data-ad-rendering-role="profile_name"]',
  /** demo-post.html: the link to the post author's page, in the post header. */
  profileNameLink: '[data-ad-rendering-role="profile_name"] a[href]',
  /** demo-post.html: one paragraph of the post's text. */
  storyParagraph: '[data-ad-rendering-role="story_message"] div[dir="auto"]',
  /** demo-post.html: the leaf elements that may hold the "Author" badge. */
  badgeText: 'span, div',
  /** demo-post.html: the post's time link in its header. */
  postTimeLink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',
  /** demo-post.html: a comment's links that carry its id (the time link, and often the author link). */
  commentIdLink: 'a[href*="comment_id="]',
  /** demo-post.html: links to people and pages (author, avatar). */
  link: 'a[role="link"][href]',
  /** demo-post.html: the author's name inside the author link. */
  authorName: 'span[dir="auto"]',
  /** demo-post.html: one paragraph of comment text. */
  commentText: 'span[dir="auto"] > div[dir="auto"]',
  /** Older comments put their text in span[lang] (PLATFORMS.md). */
  commentTextFallback: 'span[lang]',
  /** demo-post.html: buttons in a comment (Like, Reply, Hide, See more). */
  button: '[role="button"]',
  /** demo-post.html: the comment's "more" menu button ("Delete, hide or report this"). */
  moreButton: '[role="button"][aria-haspopup="menu"]',
  /** demo-post.html: the open menu, rendered at the end of the body. */
  menu: '[role="menu"]',
  /** demo-post.html: one item of the open menu. */
  menuItem: '[role="menuitem"]',
} as const;

/** Localised labels. Each names the fixture that shows it. */
export const FB_LABELS = {
  /** demo-post.html, spanish-post.html: the start of a comment's aria-label. */
  commentBy: ['Comment by ', 'Comentario de '],
  /** demo-post.html, spanish-post.html: the start of a reply's aria-label. */
  replyBy: ['Reply by ', 'Respuesta de '],
  /** demo-post.html, spanish-post.html: the badge on the post author's own comments. */
  authorBadge: ['Author', 'Autor', 'Autora'],
  /** demo-post.html, spanish-post.html: the link that expands cut text. */
  seeMore: ['See more', 'Ver más'],
  /** demo-post.html, spanish-post.html: the page admin's inline hide button. */
  inlineHide: ['Hide', 'Ocultar'],
  /** demo-post.html, spanish-post.html: what the inline button says once the comment is hidden. */
  unhide: ['Unhide', 'Mostrar'],
  /** timeline-view.html, spanish-post.html: the "more" menu's hide item. */
  hideComment: ['Hide comment', 'Ocultar comentario'],
  /** demo-post.html: aria-label of the "more" button on others' comments. */
  moreOnOthers: ['Delete, hide or report this', 'Eliminar, ocultar o reportar esto'],
} as const;

/** Hosts that serve Facebook's desktop site. */
export const FB_HOSTS = ['www.facebook.com', 'web.facebook.com', 'facebook.com'];

/** Query parameters that identify a comment; everything else in its links is tracking. */
export const FB_ID_PARAMS = ['comment_id', 'reply_comment_id'];

/** First path segments that are not a page's vanity name. */
export const FB_NON_VANITY = [
  'profile.php',
  'permalink.php',
  'story.php',
  'photo',
  'photo.php',
  'watch',
  'groups',
  'people',
];
