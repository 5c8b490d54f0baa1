import { z } from 'zod';
import type { Refusal } from './messages';

/** The sender as the browser reports it; only its extension id matters here. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

type Handlers<M extends { type: string }> = {
  [T in M['type']]: (message: Extract<M, { type: T }>, sender: MessageSender) => Promise<unknown>;
};

/**
 * Builds an onMessage listener that refuses, with a logged reason, anything not from our own
 * extension or not of the declared shape, and hands the parsed message to its handler.
 * It always returns a promise: Chrome and WXT's fakeBrowser both accept that.
 */
export function createMessageReceiver<M extends { type: string }>(options: {
  schema: z.ZodType<M>;
  handlers: Handlers<M>;
  extensionId: () => string;
  log?: (reason: string) => void;
}): (message: unknown, sender: MessageSender) => Promise<unknown> {
  const log = options.log ?? ((reason: string) => console.warn(`[civic-moderator] ${reason}`));
  const refuse = (reason: string): Refusal => {
    log(`message refused: ${reason}`);
    return { ok: false, error: reason };
  };
  return async (message, sender) => {
    if (sender.id !== options.extensionId())
      return refuse(`sender ${sender.id ?? 'unknown'} is not this extension`);
    const parsed = options.schema.safeParse(message);
    if (!parsed.success) return refuse(`malformed message: ${z.prettifyError(parsed.error)}`);
    const handler = options.handlers[parsed.data.type as M['type']] as (
      message: M,
      sender: MessageSender,
    ) => Promise<unknown>;
    try {
      return await handler(parsed.data, sender);
    } catch (error) {
      return refuse(`${parsed.data.type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
