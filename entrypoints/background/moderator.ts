import { browser } from 'wxt/browser';
import { ModeratorSchema, type Moderator } from '@/lib/records/retention-record';

/** Where the moderator's name and ID number live (set on the retention log page). */
export const MODERATOR_STORAGE_KEY = 'moderator';

/** Every record names the moderator who hid the comment; null until they have said who they are. */
export async function currentModerator(): Promise<Moderator | null> {
  const stored = await browser.storage.local.get(MODERATOR_STORAGE_KEY);
  const parsed = ModeratorSchema.safeParse(stored[MODERATOR_STORAGE_KEY]);
  return parsed.success ? parsed.data : null;
}
