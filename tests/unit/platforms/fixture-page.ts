import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, type DOMWindow } from 'jsdom';
import type { CapturedComment, PlatformAdapter, ReadContext } from '../../../lib/platforms';

/** The capture time every fixture was written for ("18h" ago means 2026-11-20T15:00Z). */
export const CAPTURED_AT = new Date('2026-11-21T09:00:00.000Z');

/** tests/fixtures (string paths: the jsdom test environment has its own URL class). */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export function fixtureHtml(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function canonicalUrl(html: string): string {
  const match = /<link rel="canonical" href="([^"]+)">/.exec(html);
  if (!match) throw new Error('fixture has no canonical URL');
  return match[1]!;
}

export interface FixturePage {
  document: Document;
  window: DOMWindow;
  url: string;
  ctx: ReadContext;
  close: () => void;
}

/**
 * A committed fixture loaded at its canonical URL. With `scripts`, the fixture's own inline menu
 * script runs (our fixtures only), so the platform's menus behave as on the real page.
 */
export function openFixture(path: string, options: { scripts?: boolean } = {}): FixturePage {
  const html = fixtureHtml(path);
  const url = canonicalUrl(html);
  const { window } = new JSDOM(html, {
    url,
    pretendToBeVisual: true,
    ...(options.scripts ? { runScripts: 'dangerously' as const } : {}),
  });
  return {
    document: window.document,
    window,
    url,
    ctx: { now: CAPTURED_AT, pageUrl: url },
    close: () => window.close(),
  };
}

/** Every record the adapter reads on the page, failures thrown as errors so a test shows them. */
export function readAll(adapter: PlatformAdapter, page: FixturePage): CapturedComment[] {
  const root = adapter.findThreadRoot(page.document);
  if (!root) throw new Error('no thread root');
  return adapter.findCommentElements(root).map((el) => {
    const result = adapter.readComment(el, page.ctx);
    if (!result.ok) throw new Error(`read failed: ${JSON.stringify(result.failure)}`);
    return result.comment;
  });
}

/** The comment element whose record has `id`. */
export function elementById(adapter: PlatformAdapter, page: FixturePage, id: string): Element {
  const root = adapter.findThreadRoot(page.document)!;
  const found = adapter.findCommentElements(root).find((el) => {
    const result = adapter.readComment(el, page.ctx);
    return result.ok && result.comment.id === id;
  });
  if (!found) throw new Error(`no comment ${id}`);
  return found;
}

/** The eight example comments of DESIGN.md's grading table, verbatim. */
export const GRADE_EXAMPLES = [
  'This is great, I Love MPD',
  'Other departments should do this',
  'When will you be hiring again?',
  'I went to file a report and the officer refused',
  'MPD is arresting peaceful protesters',
  'MPD, do you support the killing of unarmed people?',
  'F*#K these pigs',
  "I'm going to kill the next officer who stops me.",
];
