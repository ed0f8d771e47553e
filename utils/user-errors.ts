/**
 * What the user reads when something they asked for fails: the repository's refusals and the
 * storage's failures in the UI language, chosen by code rather than by parsing English
 * messages. Anything else keeps its own message (a technical detail worth passing on).
 * @module utils/user-errors
 */
import { t } from '@/utils/i18n';
import { RepositoryError } from '@/utils/repository-errors';
import { classifyStorageError } from '@/utils/storage-errors';

/** A sentence for `error`, for "That did not work: …" and the like. */
export function describeError(error: unknown): string {
  if (error instanceof RepositoryError) {
    switch (error.code) {
      case 'collection-missing':
        return t('errorCollectionMissing');
      case 'clipping-missing':
        return t('errorClippingMissing');
      case 'collection-name-empty':
        return t('collectionNameEmpty');
      case 'collection-name-taken':
        return t('collectionNameTaken', error.subject);
      case 'inbox-protected':
        return t('errorInboxProtected');
    }
  }
  switch (classifyStorageError(error)) {
    case 'quota':
      return t('errorDiskFull');
    case 'storage-unavailable':
      return t('errorStorageUnavailable');
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
