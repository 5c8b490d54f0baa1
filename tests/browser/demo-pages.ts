import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { adapterForUrl } from '@/lib/platforms';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import { FIXTURES_DIR, findFixturePages } from '../../scripts/support/fixture-server';

export const DEMO_PAGES = {
  facebook: 'facebook/demo-post.html',
  x: 'x/demo-post.html',
  instagram: 'instagram/demo-post.html',
} as const;

/**
 * The public comments a demo page holds, read from the saved file outside the browser: what
 * the moderator should see a badge beside (the department's own words and the post excluded).
 */
export function publicCommentsOf(file: string, now = new Date()): CapturedComment[] {
  const page = findFixturePages().find((candidate) => candidate.file === file);
  if (!page) throw new Error(`${file} declares no canonical URL`);
  const { window } = new JSDOM(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { url: page.url });
  const adapter = adapterForUrl(new URL(page.url));
  const root = adapter?.findThreadRoot(window.document);
  if (!adapter || !root) throw new Error(`No adapter reads ${file}`);
  return adapter
    .findCommentElements(root)
    .map((el) => adapter.readComment(el, { now, pageUrl: page.url }))
    .flatMap((result) => (result.ok ? [result.comment] : []))
    .filter((comment) => comment.role === 'comment' && !comment.isPageOwn);
}
