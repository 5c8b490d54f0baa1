import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ModeratorSchema, type Moderator } from '../records/retention-record';

/**
 * Who is moderating: every retention record names them. A setting, so it lives in extension
 * storage ("local:moderator", read by the background), never in the retention log itself.
 */
export const moderatorSetting = storage.defineItem<Moderator | null>('local:moderator', { fallback: null });

/** The settings form's rules, in the words the form shows; the result also satisfies ModeratorSchema. */
export const ModeratorFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name as it should appear in the retention log')
    .max(100, 'Keep the name under 100 characters'),
  idNumber: z
    .string()
    .trim()
    .min(1, 'Enter your ID or badge number')
    .max(40, 'Keep the ID number under 40 characters'),
});

export type ModeratorFormErrors = Partial<Record<keyof Moderator, string>>;

/** The saved moderator, or null when none is saved (or what is saved is not valid). */
export async function loadModerator(): Promise<Moderator | null> {
  const parsed = ModeratorSchema.safeParse(await moderatorSetting.getValue());
  return parsed.success ? parsed.data : null;
}

/** Validates and saves; on invalid input saves nothing and returns one message per field. */
export async function saveModerator(
  input: Moderator,
): Promise<{ ok: true; moderator: Moderator } | { ok: false; errors: ModeratorFormErrors }> {
  const parsed = ModeratorFormSchema.safeParse(input);
  if (!parsed.success) {
    const errors: ModeratorFormErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof Moderator;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const moderator = ModeratorSchema.parse(parsed.data);
  await moderatorSetting.setValue(moderator);
  return { ok: true, moderator };
}
