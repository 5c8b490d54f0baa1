// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveShownTime } from '../../../lib/platforms';

const now = new Date('2026-11-21T09:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('resolveShownTime: what the page shows, resolved against the capture time', () => {
  it.each([
    ['3m', ago(3 * MIN)],
    ['2 h', ago(2 * HOUR)],
    ['18h', ago(18 * HOUR)],
    ['1d', ago(DAY)],
    ['2w', ago(14 * DAY)],
    ['45 minutes ago', ago(45 * MIN)],
    ['an hour ago', ago(HOUR)],
    ['Just now', ago(0)],
    ['Yesterday', ago(DAY)],
  ])('English %j', (shown, expected) => {
    expect(resolveShownTime(shown, now)).toBe(expected);
  });

  it.each([
    ['3 min', ago(3 * MIN)],
    ['1 d', ago(DAY)],
    ['20 h', ago(20 * HOUR)],
    ['2 sem', ago(14 * DAY)],
    ['hace 5 horas', ago(5 * HOUR)],
    ['Ahora', ago(0)],
    ['Ayer', ago(DAY)],
  ])('Spanish %j', (shown, expected) => {
    expect(resolveShownTime(shown, now)).toBe(expected);
  });

  it('reads calendar dates in local time, in the latest year that is not in the future', () => {
    expect(resolveShownTime('Nov 2', now)).toBe(new Date(2026, 10, 2).toISOString());
    expect(resolveShownTime('Dec 24', now)).toBe(new Date(2025, 11, 24).toISOString());
    expect(resolveShownTime('Nov 12, 2025', now)).toBe(new Date(2025, 10, 12).toISOString());
    expect(resolveShownTime('November 20 at 3:04 PM', now)).toBe(new Date(2026, 10, 20, 15, 4).toISOString());
    expect(resolveShownTime('2 nov', now)).toBe(new Date(2026, 10, 2).toISOString());
    expect(resolveShownTime('20 de noviembre de 2025', now)).toBe(new Date(2025, 10, 20).toISOString());
    expect(resolveShownTime('20 de noviembre a las 15:04', now)).toBe(
      new Date(2026, 10, 20, 15, 4).toISOString(),
    );
  });

  it('returns null for anything that is not a time, so the record keeps only the text', () => {
    for (const shown of ['Top fan', 'Author', '', 'Reply', '3 apples', 'Feb 31', null, undefined]) {
      expect(resolveShownTime(shown, now)).toBeNull();
    }
    expect(resolveShownTime('3m', new Date('invalid'))).toBeNull();
  });
});
