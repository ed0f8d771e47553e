import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { requestPersistentStorage } from '@/utils/persistent-storage';
import { App } from './App';
import { openPage } from './clip-session';
import '@/components/tokens.css';
import './style.css';

// Reading the page is the slow part: start it before the first render. The form's code (and
// the database library it needs) loads meanwhile, off the path to the first paint.
const page = openPage();
const screen = import('./ClipScreen').then((module) => module.ClipScreen);
document.documentElement.lang = uiLanguage();
render(<App page={page} screen={screen} />, document.getElementById('app')!);
// Saving starts here for most users: ask, after the first paint, that the library is never evicted.
requestAnimationFrame(() => void requestPersistentStorage());
