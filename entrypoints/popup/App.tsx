import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { OpenedPage } from './clip-session';

type ClipScreen = FunctionComponent<{ page: OpenedPage }>;

/**
 * Shows "Reading the article…" until both the page is read and the screen's code (with the
 * database) is loaded; the two happen at the same time (see main.tsx).
 */
export function App({ page, screen }: { page: Promise<OpenedPage>; screen: Promise<ClipScreen> }) {
  const [ready, setReady] = useState<{ page: OpenedPage; Screen: ClipScreen } | null>(null);
  useEffect(() => {
    void Promise.all([page, screen]).then(([opened, Screen]) => setReady({ page: opened, Screen }));
  }, [page, screen]);
  if (!ready) {
    return (
      <p class="status" role="status">
        {t('extracting')}
      </p>
    );
  }
  return <ready.Screen page={ready.page} />;
}
