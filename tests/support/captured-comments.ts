// Comments written by us for the tests: invented posters and texts.
import type { CapturedComment } from '@/lib/platforms/captured-comment';

export function capturedComment(overrides: Partial<CapturedComment> = {}): CapturedComment {
  return {
    platform: 'x',
    role: 'comment',
    id: '1859000000000000042',
    permalink: 'https://x.com/ribbonfern/status/1859000000000000042',
    postUrl: 'https://x.com/CityPoliceDemo/status/1859000000000000001',
    isReply: true,
    parentId: '1859000000000000001',
    isPageOwn: false,
    author: {
      name: 'Ribbon Fernwood',
      handle: 'ribbonfern',
      profileUrl: 'https://x.com/ribbonfern',
      userId: null,
      firstName: 'Ribbon',
    },
    text: 'F*#K these pigs',
    truncated: false,
    postedAt: '2026-11-20T14:03:00.000Z',
    postedAtText: 'Nov 20',
    lang: 'en',
    ...overrides,
  };
}
