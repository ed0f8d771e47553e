import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';
import '@/components/tokens.css';
import './style.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
