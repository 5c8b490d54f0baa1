import type { ReadFailure, ReadResult } from './adapter';
import type { CapturedComment, Platform } from './captured-comment';

/** Thrown inside an adapter's readers when a required field is missing; never leaves `readComment`. */
export class MissingField extends Error {
  constructor(
    readonly field: string,
    readonly selector: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason} (${selector})`);
    this.name = 'MissingField';
  }
}

/** The value, or a `MissingField` naming the field and the selector that found nothing. */
export function required<T>(
  value: T | null | undefined,
  field: string,
  selector: string,
  reason?: string,
): T {
  if (value === null || value === undefined || value === '') {
    throw new MissingField(field, selector, reason ?? 'not found');
  }
  return value;
}

/**
 * Runs a platform's reader and turns every failure into a `ReadFailure`, so that
 * `readComment` never throws, whatever the page holds.
 */
export function safeRead(platform: Platform, read: () => CapturedComment): ReadResult {
  try {
    return { ok: true, comment: read() };
  } catch (error) {
    const failure: ReadFailure =
      error instanceof MissingField
        ? { platform, field: error.field, selector: error.selector, reason: error.reason }
        : { platform, field: 'comment', selector: '', reason: `unexpected: ${String(error)}` };
    return { ok: false, failure };
  }
}
