/** URL helpers shared by the adapters. */

/** `url` without its hash and the given tracking parameters. */
export function withoutTracking(url: string, keep: readonly string[] = []): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of Array.from(parsed.searchParams.keys())) {
      if (!keep.includes(key)) parsed.searchParams.delete(key);
    }
    return parsed.href;
  } catch {
    return url;
  }
}

/** The path segments of `url`, decoded, without empty ones. */
export function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname
      .split('/')
      .filter((segment) => segment.length > 0)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return [];
  }
}
