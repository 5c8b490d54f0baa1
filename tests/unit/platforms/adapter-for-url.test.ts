// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '../../../lib/platforms';

describe('adapterForUrl', () => {
  it.each([
    ['https://x.com/CityPoliceDemo/status/1859000000000000001', 'x'],
    ['https://twitter.com/CityPoliceDemo/status/1859000000000000001', 'x'],
    ['https://www.facebook.com/CityPoliceDemo/posts/1122334455667788', 'facebook'],
    ['https://www.facebook.com/CityPoliceDemo', 'facebook'],
    ['https://www.instagram.com/p/DEMOcwac2026/', 'instagram'],
    ['https://www.instagram.com/reel/DEMOreel0001/', 'instagram'],
  ])('%s -> %s', (url, platform) => {
    expect(adapterForUrl(new URL(url))?.platform).toBe(platform);
  });

  it.each([
    'https://example.com/x.com',
    'https://www.facebook.com.example.org/',
    'http://x.com/a/status/1',
    'https://xx.com/',
  ])('%s -> none', (url) => {
    expect(adapterForUrl(new URL(url))).toBeNull();
  });

  it('has one adapter per platform', () => {
    expect(ADAPTERS.map((adapter) => adapter.platform)).toEqual(['facebook', 'x', 'instagram']);
  });
});
