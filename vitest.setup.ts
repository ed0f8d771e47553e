import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMessages } from './tests/support/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installMessages('en');
});
