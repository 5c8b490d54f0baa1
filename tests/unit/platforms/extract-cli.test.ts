// @vitest-environment node
// Each test opens its own jsdom window on a committed fixture: no shared document.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../scripts/platforms/extract';
import { FIXTURES } from './fixture-page';

const ROOT = join(FIXTURES, '..', '..');
const fixture = (path: string) => join(FIXTURES, path);
const KEYS = [
  'platform',
  'role',
  'id',
  'permalink',
  'postUrl',
  'isReply',
  'parentId',
  'isPageOwn',
  'author',
  'text',
  'truncated',
  'postedAt',
  'postedAtText',
  'lang',
];

/** The real command, as `npm run extract` starts it. */
function spawnExtract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/platforms/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract (spawned)', { timeout: 30_000 }, () => {
  it('prints one JSON line per post and comment of a saved page, with exactly the documented keys', () => {
    const run = spawnExtract('tests/fixtures/facebook/demo-post.html', '--now', '2026-11-21T09:00:00Z');
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(15);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(KEYS);
      expect(Object.keys(line.author as object)).toEqual([
        'name',
        'handle',
        'profileUrl',
        'userId',
        'firstName',
      ]);
    }
    expect(lines[1]).toMatchObject({
      platform: 'facebook',
      role: 'comment',
      id: '2233445566778801',
      postedAt: '2026-11-20T15:00:00.000Z',
      postedAtText: '18h',
    });
  });

  it('exits 2 with a clear message on stderr for a missing file', () => {
    const run = spawnExtract('tests/fixtures/none/such-page.html');
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toBe('extract: cannot read tests/fixtures/none/such-page.html: ENOENT\n');
  });
});

describe('runExtract (the same command, in process)', () => {
  it('takes the platform from --url, over the canonical link', () => {
    const run = runExtract([
      fixture('x/conversation.html'),
      '--url',
      'https://x.com/CityPoliceDemo/status/1859100000000000001',
    ]);
    expect(run.code).toBe(0);
    const ids = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toHaveLength(6);
    expect(ids).not.toContain('1858800000000000301');
  });

  it('exits 0 with no output when the page has no comments', () => {
    expect(
      runExtract([fixture('x/conversation.html'), '--url', 'https://www.instagram.com/p/NOPE/']),
    ).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('exits 2 for a file that is not HTML, or a page of another site', () => {
    const notHtml = runExtract([join(ROOT, 'package.json')]);
    expect(notHtml.code).toBe(2);
    expect(notHtml.stderr).toContain('is not an HTML page');

    const unknown = runExtract([fixture('x/demo-post.html'), '--url', 'https://example.com/post/1']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown platform for https://example.com/post/1');
  });

  it('resolves relative times against --now', () => {
    const run = runExtract([fixture('facebook/spanish-post.html'), '--now', '2026-11-21T09:00:00Z']);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; postedAt: string; lang: string });
    expect(lines.find((line) => line.id === '5566778899000003')).toMatchObject({
      postedAt: '2026-11-21T08:15:00.000Z',
      lang: 'es',
    });
  });
});
