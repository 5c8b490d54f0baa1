import { browser } from 'wxt/browser';
import { RefusalSchema, ReplySchemas, type ReplyTo, type ToBackground, type ToContent } from './messages';

/** Parses a reply so a caller never trusts an unexpected shape; a bad reply becomes a refusal. */
function parseReply<T extends keyof typeof ReplySchemas>(type: T, reply: unknown): ReplyTo<T> {
  const refusal = RefusalSchema.safeParse(reply);
  if (refusal.success) return refusal.data;
  const parsed = ReplySchemas[type].safeParse(reply);
  if (parsed.success) return parsed.data as ReplyTo<T>;
  return { ok: false, error: `unexpected reply to ${type}` };
}

export async function sendToBackground<M extends ToBackground>(message: M): Promise<ReplyTo<M['type']>> {
  try {
    return parseReply<M['type']>(message.type, await browser.runtime.sendMessage(message));
  } catch (error) {
    // The extension was reloaded or the service worker is gone: say so rather than throw into the page.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function sendToContent<M extends ToContent>(
  tabId: number,
  message: M,
  frameId?: number,
): Promise<ReplyTo<M['type']>> {
  try {
    const options = frameId === undefined ? undefined : { frameId };
    return parseReply<M['type']>(message.type, await browser.tabs.sendMessage(tabId, message, options));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
