import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollection, deleteCollection, editClipping, moveClippings, saveClipping } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import { RepositoryError } from '@/utils/repository-errors';
import { describeError } from '@/utils/user-errors';
import { createTestDb, makeDraft } from '@/tests/support/clippings';
import { installMessages } from '@/tests/support/i18n';

/** What a rejected promise is rejected with. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('describeError in a German UI', () => {
  beforeEach(() => installMessages('de'));
  afterEach(() => installMessages('en'));

  it('should put every refusal of the repository into German, by its code', async () => {
    const database = createTestDb();
    await createCollection({ name: 'Stadtrat' }, 'refuse', database);
    const clipping = await saveClipping(makeDraft(), database);

    const said = await Promise.all([
      failureOf(createCollection({ name: 'stadtrat' }, 'refuse', database)),
      failureOf(createCollection({ name: '  ' }, 'refuse', database)),
      failureOf(deleteCollection(INBOX_ID, 'move-to-inbox', database)),
      failureOf(moveClippings([clipping.id], 'gone', database)),
      failureOf(editClipping('gone', { note: 'x' }, database)),
    ]).then((errors) => errors.map(describeError));

    expect(said).toEqual([
      'Es gibt schon eine Sammlung „Stadtrat“.',
      'Geben Sie der Sammlung einen Namen.',
      'Der Eingang kann nicht gelöscht werden.',
      'Die Sammlung gibt es nicht mehr.',
      'Den Ausschnitt gibt es nicht mehr; er wurde inzwischen gelöscht.',
    ]);
  });

  it('should name a full disk and refused storage, and pass anything else on as it is', () => {
    expect(describeError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('Der Speicher ist voll.');
    expect(describeError({ name: 'InvalidStateError' })).toMatch(/^Der Browser erlaubt dieser Erweiterung kein Speichern/);
    expect(describeError(new Error('Worker crashed'))).toBe('Worker crashed');
  });
});

describe('repository errors', () => {
  it('should keep an English message for logs beside the code', () => {
    const error = new RepositoryError('collection-name-taken', 'Stadtrat');

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('A collection named "Stadtrat" already exists');
    expect(error.code).toBe('collection-name-taken');
  });
});

describe('one way to create a collection', () => {
  it('should clean names and tags alike, whether a taken name is reused (popup) or refused (library)', async () => {
    const database = createTestDb();

    const { collection: fromLibrary } = await createCollection({ name: ' Presse   Stadtwerke ', defaultTags: ['Energie', 'energie '] }, 'refuse', database, 5);
    const fromPopup = await createCollection({ name: 'presse stadtwerke', defaultTags: ['Anderes'] }, 'reuse', database, 6);
    const fresh = await createCollection({ name: '  Bau  ', defaultTags: ['Bau', 'bau'] }, 'reuse', database, 7);

    expect(fromPopup).toEqual({ collection: fromLibrary, created: false });
    expect(fresh).toMatchObject({ created: true, collection: { name: 'Bau', defaultTags: ['Bau'], description: '', createdAt: 7 } });
    expect((await failureOf(createCollection({ name: 'BAU' }, 'refuse', database))) as RepositoryError).toMatchObject({ code: 'collection-name-taken', subject: 'Bau' });
    expect(await database.collections.count()).toBe(3);
  });
});
