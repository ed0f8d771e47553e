/**
 * Page objects for the extension's real pages, driven through their accessible names (the same
 * names a screen reader announces), for the demo and the end-to-end tests.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openOptions, openPopupFor, type ExtensionBrowser } from './browser';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup for `article` (the article's tab becomes the active one). */
  static async open(browser: ExtensionBrowser, article: Page): Promise<PopupPage> {
    return new PopupPage(await openPopupFor(browser, article));
  }

  /** Waits until the preview (or a failure notice) is shown and returns the headline shown. */
  async waitForPreview(): Promise<string> {
    const heading = this.page.locator('.preview-title');
    await heading.waitFor({ timeout: 15_000 });
    return (await heading.textContent()) ?? '';
  }

  async failureText(): Promise<string> {
    const notice = this.page.getByRole('alert');
    await notice.waitFor({ timeout: 15_000 });
    return (await notice.innerText()).replace(/\s+/g, ' ').trim();
  }

  field(name: 'outlet' | 'author' | 'date' | 'words') {
    return this.page.locator(`[data-field="${name}"]`);
  }

  async addTags(tags: readonly string[]): Promise<void> {
    const input = this.page.getByLabel('Tags', { exact: true });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  async chooseCollection(name: string): Promise<void> {
    await this.page.getByLabel('Collection', { exact: true }).selectOption({ label: name });
  }

  /** Clicks Save and waits for the confirmation, which the popup shows only after the commit. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 15_000 });
  }
}

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<OptionsPage> {
    return new OptionsPage(await openOptions(browser));
  }

  clippings() {
    return this.page.locator('li.clip');
  }

  /** Clicks "Export as Markdown" and returns the downloaded file's name and text. */
  async exportMarkdown(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 15_000 }),
      this.page.getByRole('button', { name: 'Export as Markdown' }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
