/**
 * The ways the repository (utils/clippings.ts) refuses a write, as codes. The message stays
 * English for logs and tests; what the user reads is chosen from the code at the UI boundary
 * (utils/user-errors.ts), in the UI language. Pure.
 * @module utils/repository-errors
 */

export type RepositoryErrorCode =
  | 'collection-missing'
  | 'clipping-missing'
  | 'collection-name-empty'
  | 'collection-name-taken'
  | 'inbox-protected';

export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';

  /**
   * @param code what went wrong
   * @param subject the id or name the refusal is about (a collection's name for
   *   `collection-name-taken`, an id for the `…-missing` codes)
   */
  constructor(
    readonly code: RepositoryErrorCode,
    readonly subject = '',
  ) {
    super(englishMessage(code, subject));
  }
}

function englishMessage(code: RepositoryErrorCode, subject: string): string {
  switch (code) {
    case 'collection-missing':
      return `Collection "${subject}" does not exist`;
    case 'clipping-missing':
      return `Clipping "${subject}" does not exist`;
    case 'collection-name-empty':
      return 'A collection needs a name';
    case 'collection-name-taken':
      return `A collection named "${subject}" already exists`;
    case 'inbox-protected':
      return 'The Inbox cannot be deleted';
  }
}
