/**
 * Prints what the platform adapters read from a saved page: one JSON line per comment or post.
 *
 *   npm run --silent extract -- <saved-page.html> [--url <page-url>] [--now <ISO time>]
 *
 * The platform comes from --url, else the page's canonical URL (or the "saved from url" note a
 * browser writes). Relative times ("3h") resolve against --now, else the file's modification time
 * (when the page was saved). Exit 0 with no output when the page has no comments; exit 2 when the
 * input cannot be read (missing file, not HTML, unknown platform).
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { pathToFileURL } from 'node:url';
import { adapterForUrl, type CapturedComment } from '../../lib/platforms';

class InputError extends Error {}

function parseArgs(argv: string[]): { file: string; url: string | null; now: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  let now: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--url') url = argv[++index] ?? null;
    else if (arg === '--now') now = argv[++index] ?? null;
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}`);
    else file ??= arg;
  }
  if (!file) throw new InputError('usage: extract <saved-page.html> [--url <page-url>] [--now <ISO time>]');
  return { file, url, now };
}

function pageUrlOf(html: string, doc: Document, explicit: string | null): string {
  const candidate =
    explicit ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1] ??
    null;
  if (!candidate)
    throw new InputError('cannot tell the platform: pass --url <page-url> (the page has no canonical URL)');
  try {
    return new URL(candidate).href;
  } catch {
    throw new InputError(`not a URL: ${candidate}`);
  }
}

/** The record with exactly the documented keys, in order. */
function line(comment: CapturedComment): string {
  const { author } = comment;
  return JSON.stringify({
    platform: comment.platform,
    role: comment.role,
    id: comment.id,
    permalink: comment.permalink,
    postUrl: comment.postUrl,
    isReply: comment.isReply,
    parentId: comment.parentId,
    isPageOwn: comment.isPageOwn,
    author: {
      name: author.name,
      handle: author.handle,
      profileUrl: author.profileUrl,
      userId: author.userId,
      firstName: author.firstName,
    },
    text: comment.text,
    truncated: comment.truncated,
    postedAt: comment.postedAt,
    postedAtText: comment.postedAtText,
    lang: comment.lang,
  });
}

/** What one run prints: stdout lines, stderr lines and the exit code. */
export interface ExtractRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command on `argv` (without node and the script), without touching the process. */
export function runExtract(argv: string[]): ExtractRun {
  const warnings: string[] = [];
  try {
    const out = extract(argv, warnings);
    return { code: 0, stdout: out.length > 0 ? `${out.join('\n')}\n` : '', stderr: warnings.join('') };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { code: 2, stdout: '', stderr: `${warnings.join('')}extract: ${error.message}\n` };
  }
}

function extract(argv: string[], warnings: string[]): string[] {
  const args = parseArgs(argv);
  let html: string;
  let savedAt: Date;
  try {
    html = readFileSync(args.file, 'utf8');
    savedAt = statSync(args.file).mtime;
  } catch (error) {
    throw new InputError(
      `cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  if (!/<(!doctype html|html|head|body)[\s>]/i.test(html))
    throw new InputError(`${args.file} is not an HTML page`);
  const now = args.now ? new Date(args.now) : savedAt;
  if (Number.isNaN(now.getTime())) throw new InputError(`not a time: ${args.now}`);

  const probe = new JSDOM(html, {});
  const pageUrl = pageUrlOf(html, probe.window.document, args.url);
  probe.window.close();
  const adapter = adapterForUrl(new URL(pageUrl));
  if (!adapter)
    throw new InputError(`unknown platform for ${pageUrl} (Facebook, X and Instagram pages only)`);

  const { window } = new JSDOM(html, { url: pageUrl });
  const root = adapter.findThreadRoot(window.document) ?? window.document;
  const out: string[] = [];
  for (const element of adapter.findCommentElements(root)) {
    const result = adapter.readComment(element, { now, pageUrl });
    if (result.ok) out.push(line(result.comment));
    else {
      const { field, selector, reason } = result.failure;
      warnings.push(`extract: skipped one ${adapter.platform} element: ${field} (${selector}): ${reason}\n`);
    }
  }
  window.close();
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = runExtract(process.argv.slice(2));
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.code;
}
