import { z } from 'zod';

/**
 * Thrown when a record or event does not satisfy its schema. Nothing has been written: the log
 * only ever holds entries that were valid when they were made.
 */
export class RefusedEntryError extends Error {
  override name = 'RefusedEntryError';

  constructor(
    what: string,
    readonly issues: z.core.$ZodIssue[],
    details: string,
  ) {
    super(`${what} refused, nothing was written:\n${details}`);
  }

  static fromZod(what: string, error: z.ZodError): RefusedEntryError {
    return new RefusedEntryError(what, error.issues, z.prettifyError(error));
  }
}
