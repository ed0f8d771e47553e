import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '@/utils/import/read';
import { installMessages } from '@/tests/support/i18n';
import { problemMessage } from '../ImportView';

describe('problemMessage', () => {
  it.each<[ImportProblem, string]>([
    [{ reason: 'empty' }, 'The file is empty.'],
    [{ reason: 'too-large', bytes: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 }, 'The file has 600 MB; backups of up to 500 MB can be restored.'],
    [{ reason: 'binary', kind: 'zip' }, 'This is a ZIP archive, not a backup. Choose the .json file made with “Download backup”.'],
    [{ reason: 'binary', kind: 'pdf' }, 'This is not a text file, so it cannot be a Pressclip backup.'],
    [{ reason: 'not-utf8' }, 'This file is not UTF-8 text; Pressclip backups are UTF-8.'],
    [{ reason: 'not-json', detail: 'Unexpected end of JSON input' }, 'This file is damaged or incomplete, or not a backup: it is not valid JSON (Unexpected end of JSON input).'],
    [{ reason: 'foreign' }, 'This file is not a Pressclip backup.'],
    [{ reason: 'newer-version', version: 3 }, 'This backup was made by a newer version of Pressclip (format version 3). Update the extension, then restore it again.'],
    [{ reason: 'invalid', path: 'clippings[3].title', issue: 'missing-field' }, 'This backup is damaged at clippings[3].title: a required field is missing.'],
    [{ reason: 'invalid', path: 'clippings[0].collectionId', issue: 'missing-collection' }, 'This backup is damaged at clippings[0].collectionId: the clipping belongs to a collection that is not in the file.'],
  ])('should explain %j', (problem, expected) => {
    expect(problemMessage(problem)).toBe(expected);
  });

  it('should explain in German where the browser speaks German', () => {
    installMessages('de');

    expect(problemMessage({ reason: 'invalid', path: 'collections[1].id', issue: 'duplicate-id' })).toBe('Diese Sicherung ist beschädigt bei collections[1].id: die Kennung kommt doppelt vor.');
  });
});
