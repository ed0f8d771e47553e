/**
 * The "Export and backup" page (#/export): the export panel for what the library shows (the
 * selection, the filtered view, its collection or everything), then backup and restore of the
 * whole library.
 */
import { useMemo } from 'preact/hooks';
import type { Collection } from '@/utils/db';
import type { LibraryScope } from '../extensions';
import { exportScopes } from './export-scope';
import { ExportView } from './ExportView';
import { ImportView } from './ImportView';
import './export.css';

export function ExportPage({ scope, collections }: { scope: LibraryScope; collections: readonly Collection[] }) {
  // Counting every scope reads the library index: once per change of the library, not per render.
  const scopes = useMemo(() => exportScopes(scope, collections), [scope, collections]);
  return (
    <div class="export-page">
      <ExportView scopes={scopes} collections={collections} />
      <ImportView />
    </div>
  );
}
