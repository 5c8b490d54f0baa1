/**
 * Everything Civic Moderator knows about X's conversation pages. Class names are obfuscated and
 * change often, so these hook on data-testid, role, aria and link shapes only. Each entry names
 * the fixture under tests/fixtures/x/ that shows it.
 */
export const X_SELECTORS = {
  /** demo-post.html, conversation.html: the main column of the page. */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** demo-post.html, conversation.html: the conversation timeline (label localised). */
  conversation: 'div[aria-label^="Timeline: Conversation"], div[aria-label^="Cronología: Conversación"]',
  /** demo-post.html, conversation.html: one virtualised row of the timeline. */
  cell: 'div[data-testid="cellInnerDiv"]',
  /** demo-post.html: one post or reply. */
  tweet: 'article[data-testid="tweet"]',
  /** demo-post.html: the focused (root) post of the conversation. */
  focusedTweet: 'article[data-testid="tweet"][tabindex="-1"]',
  /** demo-post.html: display name and @handle. */
  userName: '[data-testid="User-Name"]',
  /** demo-post.html: the text of a post; emoji are <img alt>. */
  tweetText: '[data-testid="tweetText"]',
  /** Long-form "Article" posts keep their text here (not in our fixtures; PLATFORMS.md). */
  longformText: '[data-testid="longformRichTextComponent"]',
  /** demo-post.html: "Show more" under a long post's cut text. */
  showMore: '[data-testid="tweet-text-show-more-link"]',
  /** demo-post.html: the permalink around the time. */
  timeLink: 'a[href*="/status/"]',
  /** demo-post.html: the absolute time, inside the permalink. */
  time: 'time[datetime]',
  /** conversation.html, demo-post.html: a quoted post nested in a reply (a div with role link). */
  quote: 'div[role="link"]',
  /** demo-post.html: the "more" button (a button today, a div[role=button] before). */
  caret: '[data-testid="caret"]',
  /** demo-post.html: where X renders menus, toasts and dialogs. */
  layers: '#layers',
  /** demo-post.html: the open "more" menu. */
  dropdown: '[data-testid="Dropdown"]',
  /** demo-post.html: one item of the open menu. */
  menuItem: '[role="menuitem"]',
  /** A confirmation sheet's confirm button (X asks on some hides; PLATFORMS.md). */
  confirmSheet: '[data-testid="confirmationSheetConfirm"]',
  /** demo-post.html: the toast X shows under #layers once a reply is hidden. */
  toast: '[role="alert"]',
  /** demo-post.html: the name, @handle and time links inside User-Name. */
  userNameLink: 'a[href]',
  /** conversation.html: the heading of a row ("Discover more"). */
  heading: 'h2, [role="heading"]',
} as const;

/** Localised labels, keyed by what they are. Each names the fixture that shows it. */
export const X_LABELS = {
  /** demo-post.html (en), conversation.html: the owner's menu item. No test id: match the text. */
  hideReply: ['Hide reply', 'Ocultar respuesta'],
  /** conversation.html: the section after the conversation, not part of it. */
  discoverMore: ['Discover more', 'Descubre más', 'Descubrir más', 'Más para descubrir'],
  /** The confirmation sheet's button, when X asks before hiding (PLATFORMS.md; not in fixtures). */
  confirmHide: ['Hide', 'Hide reply', 'Ocultar', 'Ocultar respuesta'],
  /** demo-post.html: the toast X shows once a reply is hidden. */
  replyHiddenToast: [
    'This reply was hidden',
    'Se ocultó esta respuesta',
    'Reply hidden',
    'Respuesta ocultada',
  ],
} as const;

/** Hosts that serve X (twitter.com redirects to x.com). */
export const X_HOSTS = ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.x.com'];

/** `/<handle>/status/<id>` in a permalink or page URL. */
export const X_STATUS_PATH = /^\/([A-Za-z0-9_]+)\/status\/(\d+)/;
