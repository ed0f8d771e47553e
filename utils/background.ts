/**
 * The background's message handling: it performs the writes that must not be lost when the
 * popup closes. Checks who is asking, parses what is asked (utils/message-schemas), then calls
 * the repository and answers once the transaction has committed.
 * @module utils/background
 */
import { createCollection, saveClipping, updateClipping } from '@/utils/clippings';
import { db as defaultDb, type Clipping, type PressclipDB } from '@/utils/db';
import { BACKGROUND_REQUEST_TYPES, parseBackgroundMessage } from '@/utils/message-schemas';
import type { BackgroundResponse, Failure } from '@/utils/messages';
import { RepositoryError } from '@/utils/repository-errors';
import { lastCollectionId, lastTags } from '@/utils/settings';
import { classifyStorageError } from '@/utils/storage-errors';
import { describeError } from '@/utils/user-errors';

export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Answers one message, or returns undefined for messages that are not ours to answer.
 * Only the extension's own pages may ask; content scripts (which share the page's renderer and
 * can be impersonated by a compromised one) and other extensions may not. A request of a known
 * type with a malformed body is answered with `invalid-request`, not silently dropped, so the
 * popup can say so instead of waiting.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
  database: PressclipDB = defaultDb,
): Promise<BackgroundResponse> | undefined {
  if (sender.id !== extensionId || !sender.url?.startsWith(extensionOrigin)) return undefined;
  if (!isAddressedToUs(message)) return undefined;
  const parsed = parseBackgroundMessage(message);
  if (!parsed.ok) return Promise.resolve({ ok: false, reason: 'invalid-request', message: parsed.issues });
  const request = parsed.message;
  switch (request.type) {
    case 'save-clipping':
      return saveClipping(request.draft, database).then(rememberChoices).then((clipping) => ({ ok: true as const, clipping }), toFailure);
    case 'update-clipping':
      return updateClipping(request.id, request.draft, database).then(rememberChoices).then((clipping) => ({ ok: true as const, clipping }), toFailure);
    case 'create-collection':
      return createCollection({ name: request.name }, 'reuse', database).then(({ collection, created }) => ({ ok: true as const, collection, created }), toFailure);
  }
}

function isAddressedToUs(message: unknown): boolean {
  return typeof message === 'object' && message !== null && BACKGROUND_REQUEST_TYPES.has(String((message as { type?: unknown }).type));
}

/**
 * The popup preselects the last collection and the quick-save shortcut reuses collection and
 * tags. A preference that fails to store must not turn a committed save into a failure.
 */
async function rememberChoices(clipping: Clipping): Promise<Clipping> {
  try {
    await Promise.all([lastCollectionId.setValue(clipping.collectionId), lastTags.setValue(clipping.tags)]);
  } catch (error) {
    console.warn('Pressclip: could not remember the last collection and tags', error);
  }
  return clipping;
}

/** A rejected write as a reason the popup can put into words. */
export function toFailure(error: unknown): Failure {
  // A refusal is put into the UI language here: the popup shows the message as it comes.
  const message = error instanceof RepositoryError ? describeError(error) : error instanceof Error ? error.message : String(error);
  if (error instanceof RepositoryError && error.code === 'collection-missing') return { ok: false, reason: 'missing-collection', message };
  if (error instanceof RepositoryError && error.code === 'clipping-missing') return { ok: false, reason: 'missing-clipping', message };
  return { ok: false, reason: classifyStorageError(error), message };
}
