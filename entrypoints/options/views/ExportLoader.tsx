import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { LibraryScope } from '../extensions';

type ExportComponent = ComponentType<{ scope: LibraryScope }>;

/**
 * Loads the export page's code when the page is first shown: the exporters (Markdown, ZIP, CSV,
 * press review) would otherwise triple the script the library parses before its first rows.
 */
export function ExportLoader({ scope }: { scope: LibraryScope }) {
  const [View, setView] = useState<{ component: ExportComponent } | { error: string } | null>(null);
  useEffect(() => {
    import('./ExportForLibrary').then(
      (module) => setView({ component: module.ExportForLibrary }),
      (error: unknown) => setView({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  if (!View) return <p class="muted" role="status">{t('loading')}</p>;
  if ('error' in View) return <p role="alert">{t('loadFailed', View.error)}</p>;
  return <View.component scope={scope} />;
}
