/**
 * The background's message handling: it performs the writes that must not be lost when the
 * popup closes. Validates who is asking and what, then calls the repository.
 * @module utils/background
 */
import { db as defaultDb, type PressclipDB } from '@/utils/db';
import { saveClipping } from '@/utils/clippings';
import type { BackgroundMessage, SaveResponse } from '@/utils/messages';
import { classifyStorageError } from '@/utils/storage-errors';

interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Answers one message, or returns undefined for messages that are not ours to answer.
 * Only the extension's own pages may ask; content scripts (which share the page's renderer)
 * and other extensions may not.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
  database: PressclipDB = defaultDb,
): Promise<SaveResponse> | undefined {
  if (sender.id !== extensionId || !sender.url?.startsWith(extensionOrigin)) return undefined;
  if (!isBackgroundMessage(message)) return undefined;
  switch (message.type) {
    case 'save-clipping':
      return saveClipping(message.draft, database).then(
        (clipping): SaveResponse => ({ ok: true, clipping }),
        (error: unknown): SaveResponse => {
          const reason = classifyStorageError(error);
          const text = error instanceof Error ? error.message : String(error);
          return { ok: false, reason: /does not exist/.test(text) ? 'missing-collection' : reason, message: text };
        },
      );
  }
}

function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; draft?: unknown };
  return m.type === 'save-clipping' && typeof m.draft === 'object' && m.draft !== null;
}
