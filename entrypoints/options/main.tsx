import { render } from 'preact';
import { t, uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/persistent-storage';
import { App } from './App';
import type { OptionsExtensions } from './extensions';
import { ExportAction } from './views/ExportAction';
import { ExportLoader } from './views/ExportLoader';
import { TrashView } from './views/TrashView';
import '@/components/tokens.css';
import './style.css';

/** Views other features plug into the shell (see extensions.ts). */
const extensions: OptionsExtensions = {
  views: [
    { id: 'export', label: t('navExport'), render: (scope) => <ExportLoader scope={scope} /> },
    { id: 'trash', label: t('navTrash'), render: () => <TrashView /> },
  ],
  exportAction: (scope) => <ExportAction scope={scope} />,
};

document.documentElement.lang = uiLanguage();
render(<App extensions={extensions} />, document.getElementById('app')!);

// The library is the user's work: ask once that the browser never evicts it.
void requestPersistentStorage();
