import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage } from '@/utils/background';
import { createTestDb, makeDraft } from '@/tests/support/clippings';

const ID = 'pressclip-test-id';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };

describe('handleBackgroundMessage', () => {
  it('should save a clipping for the popup and answer once it is stored', async () => {
    const database = createTestDb();

    const answer = await handleBackgroundMessage({ type: 'save-clipping', draft: makeDraft() }, popup, ID, ORIGIN, database);

    expect(answer?.ok).toBe(true);
    if (!answer?.ok) return;
    expect(await database.clippings.get(answer.clipping.id)).toEqual(answer.clipping);
  });

  it('should answer a failed save with a reason, not an exception', async () => {
    const database = createTestDb();

    const answer = await handleBackgroundMessage({ type: 'save-clipping', draft: makeDraft({ collectionId: 'gone' }) }, popup, ID, ORIGIN, database);

    expect(answer).toMatchObject({ ok: false, reason: 'missing-collection' });
  });

  it.each([
    ['a content script in a web page', { id: ID, url: 'https://evil.example/', tab: {} }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['an unknown sender', {}],
  ])('should ignore %s', async (_name, sender) => {
    const database = createTestDb();

    const answer = handleBackgroundMessage({ type: 'save-clipping', draft: makeDraft() }, sender, ID, ORIGIN, database);

    expect(answer).toBeUndefined();
    expect(await database.clippings.count()).toBe(0);
  });

  it.each([[null], ['save-clipping'], [{ type: 'delete-everything' }], [{ type: 'save-clipping' }]])('should ignore the malformed message %j', (message) => {
    expect(handleBackgroundMessage(message, popup, ID, ORIGIN, createTestDb())).toBeUndefined();
  });
});
