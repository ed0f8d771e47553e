/**
 * Page objects for the extension's real pages, driven through their accessible names (the same
 * names a screen reader announces), for the demo and the end-to-end tests.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openOptions, openPopupFor, type ExtensionBrowser } from './browser';

const require = createRequire(import.meta.url);

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

  /** Opens the options page (the library), optionally at a route such as "#/collections". */
  static async open(browser: ExtensionBrowser, hash = ''): Promise<OptionsPage> {
    return new OptionsPage(await openOptions(browser, hash));
  }

  /** The rows the virtualised list has rendered (the visible ones, plus a few either side). */
  clippings() {
    return this.page.locator('li.clip');
  }

  /** Headlines of the rendered rows, top to bottom. */
  async titles(): Promise<string[]> {
    return this.page.locator('li.clip .clip-title').allTextContents();
  }

  row(title: string) {
    return this.page.locator('li.clip').filter({ has: this.page.locator('.clip-title', { hasText: title }) });
  }

  /** The result count, e.g. "3 clippings" or "3 clippings of 40". */
  async resultCount(): Promise<string> {
    return ((await this.page.locator('#results-heading').textContent()) ?? '').trim();
  }

  async waitForResultCount(text: string): Promise<void> {
    await this.page.locator('#results-heading', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }).waitFor({ timeout: 15_000 });
  }

  /** The filter part of the address, decoded ("tag=Lemgo&q=neue Brücke"). */
  async hashQuery(): Promise<string> {
    const query = (await this.page.evaluate(() => location.hash)).split('?')[1] ?? '';
    return [...new URLSearchParams(query)].map(([key, value]) => `${key}=${value}`).join('&');
  }

  private filters() {
    return this.page.getByRole('search');
  }

  async search(text: string): Promise<void> {
    await this.filters().getByLabel('Search', { exact: true }).fill(text);
  }

  async filterByTag(tag: string): Promise<void> {
    const input = this.filters().getByLabel('Tag', { exact: true });
    await input.fill(tag);
    await input.press('Enter');
  }

  async filterByCollection(name: string): Promise<void> {
    await this.filters().getByLabel('Collection', { exact: true }).selectOption({ label: name });
  }

  async filterByOutlet(outlet: string): Promise<void> {
    const select = this.filters().getByLabel('Outlet', { exact: true });
    const option = select.locator('option', { hasText: outlet }).first();
    await option.waitFor({ state: 'attached' });
    await select.selectOption({ value: (await option.getAttribute('value')) ?? outlet });
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).first().click();
  }

  /** Opens a clipping's detail view by its headline. */
  async openClipping(title: string) {
    await this.row(title).locator('.clip-title').click();
    const detail = this.detail();
    await detail.getByRole('heading', { name: title }).waitFor();
    return detail;
  }

  detail() {
    return this.page.locator('article.detail');
  }

  /** Edits the open clipping's tags, note and collection, and waits until it is stored. */
  async editOpenClipping(edit: { addTags?: readonly string[]; note?: string; collection?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Edit clipping' });
    for (const tag of edit.addTags ?? []) {
      await form.getByLabel('Tags', { exact: true }).fill(tag);
      await form.getByLabel('Tags', { exact: true }).press('Enter');
    }
    if (edit.note !== undefined) await form.getByLabel('Note', { exact: true }).fill(edit.note);
    if (edit.collection) await form.getByLabel('Collection', { exact: true }).selectOption({ label: edit.collection });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 15_000 });
  }

  /** Ticks the rows with these headlines. */
  async select(titles: readonly string[]): Promise<void> {
    for (const title of titles) await this.row(title).getByRole('checkbox').check();
  }

  private bulkBar() {
    return this.page.getByRole('region', { name: 'Actions for the selected clippings' });
  }

  async moveSelectedTo(collection: string): Promise<void> {
    await this.bulkBar().getByLabel('Move to').selectOption({ label: collection });
    await this.bulkBar().getByRole('button', { name: 'Move', exact: true }).click();
    await this.notice().filter({ hasText: 'moved to' }).waitFor({ timeout: 15_000 });
  }

  async deleteSelected(): Promise<void> {
    await this.bulkBar().getByRole('button', { name: /^Delete \d/ }).click();
    await this.notice().filter({ hasText: 'deleted' }).waitFor({ timeout: 15_000 });
  }

  /** The message at the bottom of the page (what just happened, with Undo after a delete). */
  notice() {
    return this.page.locator('.notice');
  }

  async undo(): Promise<void> {
    await this.notice().getByRole('button', { name: 'Undo' }).click();
    await this.notice().filter({ hasText: 'restored' }).waitFor({ timeout: 15_000 });
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

  /**
   * Runs axe-core on the page as it is and returns its violations. axe is injected with
   * `evaluate`, because the extension's CSP forbids adding a script tag.
   */
  async accessibilityViolations(): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
    const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await this.page.evaluate(source);
    return this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
