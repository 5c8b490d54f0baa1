import type { Platform } from '@/lib/platforms/captured-comment';
import type { PlatformHideStatus } from '@/lib/records/record-status';

export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
};

export const PLATFORM_HIDE_LABELS: Record<PlatformHideStatus, string> = {
  confirmed: 'Confirmed',
  failed: 'Failed',
  'not-attempted': 'Not attempted',
  unavailable: 'Unavailable',
};

/** "21 Nov 2026, 09:15" in the officer's locale and time zone. */
export function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1st", "2nd", "3rd", "11th", "22nd" … */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A URL from a record, only if it is a web address. Records hold what a page showed: a
 * `javascript:` link must never become clickable in the extension's own page.
 */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Today's local date as YYYY-MM-DD, for export file names. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
