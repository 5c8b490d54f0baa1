/**
 * The three platforms' desktop hosts, and nothing else: the extension's host permissions, the
 * content script's matches, the context menu's pages and the test server's host names are all
 * this one list.
 */
export const PLATFORM_HOSTS = ['www.facebook.com', 'x.com', 'twitter.com', 'www.instagram.com'] as const;

/** Match patterns for every page on those hosts. */
export const PLATFORM_PAGE_PATTERNS = PLATFORM_HOSTS.map((host) => `https://${host}/*`);
