import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
import { openPage } from './clip-session';
import '@/components/tokens.css';
import './style.css';

// Reading the page is the slow part: start it before the first render, not after.
const page = openPage();
document.documentElement.lang = uiLanguage();
render(<App page={page} />, document.getElementById('app')!);
