/**
 * Serves the saved platform pages in tests/fixtures under their real URLs, over HTTPS, so the
 * extension's content script runs on https://x.com/… exactly as on the real site. Chromium is
 * pointed here with --host-resolver-rules (see chromium-args.ts). Each fixture page declares
 * the URL it stands for with <link rel="canonical">; files are also reachable at
 * /__fixture__/<path under tests/fixtures> for the fixtures' own scripts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { PLATFORM_HOSTS } from '../../lib/platforms/platform-hosts';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures');

/** The hosts the fixture server answers for; Chromium maps each of them to it. */
export const FIXTURE_HOSTS = PLATFORM_HOSTS;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface FixturePage {
  /** The real URL the page stands for. */
  url: string;
  /** Path of the file under tests/fixtures. */
  file: string;
}

export interface FixtureServer {
  port: number;
  pages: FixturePage[];
  close(): Promise<void>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every fixture page with the canonical URL it declares. */
export function findFixturePages(dir = FIXTURES_DIR): FixturePage[] {
  const canonical = /<link\s+rel="canonical"\s+href="([^"]+)"/i;
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const match = canonical.exec(readFileSync(file, 'utf8'));
      return match?.[1] ? [{ url: match[1], file: relative(dir, file) }] : [];
    });
}

/** A throwaway self-signed certificate; Chromium is told to accept it for the test hosts. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'civic-moderator-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=civic-moderator-fixtures',
      ].concat(['-keyout', keyFile, '-out', certFile]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageKey(url: URL): string {
  // twitter.com pages are served as their x.com twins, as the real site redirects.
  const host = url.hostname === 'twitter.com' ? 'x.com' : url.hostname;
  return `${host}${url.pathname.replace(/\/$/, '')}`;
}

export async function startFixtureServer(port = 0, dir = FIXTURES_DIR): Promise<FixtureServer> {
  const pages = findFixturePages(dir);
  const byUrl = new Map(pages.map((page) => [pageKey(new URL(page.url)), page.file]));
  const server: Server = createServer(makeCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
    let file: string | undefined;
    if (url.pathname.startsWith('/__fixture__/')) {
      const candidate = resolve(dir, decodeURIComponent(url.pathname.slice('/__fixture__/'.length)));
      if (candidate.startsWith(dir + sep)) file = relative(dir, candidate);
    } else {
      file = byUrl.get(pageKey(url));
    }
    try {
      if (!file) throw new Error('not a fixture');
      const body = readFileSync(join(dir, file));
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`No fixture page for ${url.href}\n`);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
