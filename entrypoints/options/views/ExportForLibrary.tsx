import { useLiveQuery } from '@/components/useLiveQuery';
import { getCollection } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import type { LibraryScope } from '../extensions';
import { ExportPage } from './ExportPage';

/**
 * The export feature's page as a view of the shell (#/export): it exports a collection — the one
 * the library was narrowed to when the reader left it, else the Inbox.
 */
export function ExportForLibrary({ scope }: { scope: LibraryScope }) {
  const id = scope.collection?.id ?? INBOX_ID;
  const collection = useLiveQuery(() => getCollection(id), [id]);
  if (collection.status !== 'ready' || !collection.value) return null;
  return <ExportPage collection={collection.value} />;
}
