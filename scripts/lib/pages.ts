/**
 * Page objects for the extension's real pages, driven through their accessible names (the same
 * names a screen reader announces), for the demo and the end-to-end tests.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { escapeRegExp } from '../../utils/extract/text';
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

  field(name: 'outlet' | 'author' | 'date' | 'dateline' | 'section' | 'words' | 'partial' | 'quote') {
    return this.page.locator(`[data-field="${name}"]`);
  }

  async addTags(tags: readonly string[]): Promise<void> {
    const input = this.page.getByLabel('Tags', { exact: true });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  /** The chosen tags, as chips. */
  async tags(): Promise<string[]> {
    return this.page.locator('.tag-input .chip span').allTextContents();
  }

  /** Opens the tag suggestions (Arrow Down in the empty field) and returns them, best first. */
  async tagSuggestions(): Promise<string[]> {
    await this.page.getByLabel('Tags', { exact: true }).press('ArrowDown');
    return this.page.getByRole('listbox', { name: 'Tags used before' }).getByRole('option').allTextContents();
  }

  async chooseCollection(name: string): Promise<void> {
    await this.page.getByLabel('Collection', { exact: true }).selectOption({ label: name });
  }

  /** Creates a collection inline ("New collection", name, Enter) and waits until it is chosen. */
  async createCollection(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New collection' }).click();
    await this.page.getByLabel('Name of the new collection').fill(name);
    await this.page.getByLabel('Name of the new collection').press('Enter');
    await this.page.getByLabel('Name of the new collection').waitFor({ state: 'detached' });
  }

  /** The name of the collection chosen now. */
  async chosenCollection(): Promise<string> {
    return this.page.getByLabel('Collection', { exact: true }).locator('option:checked').innerText();
  }

  async writeNote(text: string): Promise<void> {
    await this.page.getByLabel('Note', { exact: true }).fill(text);
  }

  /** Opens "Edit details" and fills the given fields, by their labels (Headline, Authors, Date …). */
  async editDetails(values: Partial<Record<'Headline' | 'Kicker' | 'Authors' | 'Agencies' | 'Outlet' | 'Section' | 'Dateline' | 'Date' | 'Excerpt', string>>): Promise<void> {
    const details = this.page.locator('details.edit-details');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
    for (const [label, value] of Object.entries(values)) {
      await this.page.getByLabel(label, { exact: true }).fill(value);
    }
  }

  /** Chooses what to clip: 'Whole article', 'Selection' or 'Link only'. */
  async chooseKind(kind: 'Whole article' | 'Selection' | 'Link only'): Promise<void> {
    await this.page.getByRole('radio', { name: kind === 'Selection' ? /^Selection/ : kind }).check();
  }

  /** The "Already in … since …" notice, or null when the article was not clipped before. */
  async alreadyClipped(): Promise<string | null> {
    const notice = this.page.locator('[data-state="already-clipped"]');
    return (await notice.count()) > 0 ? notice.innerText() : null;
  }

  /** Clicks Save and waits for the confirmation, which the popup shows only after the commit. */
  async save(button: 'Save' | 'Save as link' | 'Save as new' = 'Save'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 15_000 });
  }

  /** Clicks Update on an article clipped before and waits for "Updated". */
  async update(): Promise<void> {
    await this.page.getByRole('button', { name: 'Update', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: 'Updated' }).waitFor({ timeout: 15_000 });
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

  /** Every record of every table, read straight from IndexedDB (not through the app's code), sorted by key. */
  async dumpDatabase(): Promise<Record<'clippings' | 'collections' | 'tags', Record<string, unknown>[]>> {
    return this.page.evaluate(
      () =>
        new Promise((done, fail) => {
          const open = indexedDB.open('pressclip');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const names = ['clippings', 'collections', 'tags'] as const;
            const tx = open.result.transaction([...names]);
            const result: Record<string, unknown[]> = {};
            for (const name of names) {
              const request = tx.objectStore(name).getAll(); // getAll returns records in key order
              request.onsuccess = () => (result[name] = request.result);
            }
            tx.oncomplete = () => {
              open.result.close();
              done(result as Record<'clippings' | 'collections' | 'tags', Record<string, unknown>[]>);
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
  }

  /**
   * Clicks the library's export button ("Export…", or "Export selection…" while clippings are
   * ticked) and waits for the export page.
   */
  async openExport(): Promise<void> {
    await this.page.getByRole('button', { name: /^Export( selection)?…$/ }).click();
    await this.page.getByRole('heading', { name: 'Backup and restore' }).waitFor();
  }

  /** What the export panel will export, as its heading says it ("Export “Haushalt” 4 clippings"). */
  async exportHeading(): Promise<string> {
    return ((await this.page.locator('#export-heading').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The export page's choices of what to export, checked one first ("This view: … (4 clippings)"). */
  async exportScopes(): Promise<{ checked: string; all: string[] }> {
    const group = this.page.getByRole('group', { name: 'What to export' });
    const all = (await group.locator('label').allTextContents()).map((label) => label.trim());
    const checked = ((await group.locator('label', { has: this.page.locator('input:checked') }).textContent()) ?? '').trim();
    return { checked, all };
  }

  /** Goes to "Export and backup" through the page's own navigation. */
  async goToExport(): Promise<void> {
    await this.page.getByRole('link', { name: 'Export and backup' }).click();
    await this.page.getByRole('heading', { name: 'Backup and restore' }).waitFor();
  }

  /**
   * Ticks the given options of the export panel (radio buttons and checkboxes, by their
   * labels), clicks `button` and returns the downloaded file once the panel reports it saved.
   */
  async exportFile(choices: readonly (string | RegExp)[], button = 'Export'): Promise<DownloadedFile> {
    for (const choice of choices) await this.page.getByLabel(choice).check();
    const file = await downloaded(this.page, () => this.page.getByRole('button', { name: button, exact: true }).click(), 120_000);
    await this.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    return file;
  }

  /** Chooses the press review and opens it in a new tab; returns that tab. */
  async openPressReview(): Promise<Page> {
    await this.page.getByLabel(/^Press review/).check();
    const [tab] = await Promise.all([this.page.context().waitForEvent('page'), this.page.getByRole('button', { name: 'Open press review' }).click()]);
    await tab.waitForLoadState();
    return tab;
  }

  /** Clicks "Download backup" and returns the backup file. */
  async downloadBackup(): Promise<DownloadedFile> {
    const file = await downloaded(this.page, () => this.page.getByRole('button', { name: 'Download backup' }).click(), 120_000);
    await this.page.getByRole('status').filter({ hasText: 'Backup saved' }).waitFor();
    return file;
  }

  /**
   * Chooses `path` as the file to restore and waits for the verdict: the preview's lines
   * ("New clippings: 3" …), or the message saying why the file was refused.
   */
  async chooseBackupFile(path: string): Promise<{ preview: string[] } | { refused: string }> {
    await this.page.getByLabel('Restore from a backup file').setInputFiles(path);
    const preview = this.page.getByRole('region', { name: /^What restoring/ });
    const refused = this.page.getByRole('alert');
    await preview.or(refused).first().waitFor({ timeout: 60_000 });
    if (await refused.isVisible()) return { refused: (await refused.innerText()).trim() };
    return { preview: (await preview.locator('p, li').allInnerTexts()).map((line) => line.trim()) };
  }

  /** Confirms the previewed import and returns the completion message. */
  async confirmImport(): Promise<string> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    const done = this.page.getByRole('status').filter({ hasText: 'Import complete' });
    await done.waitFor({ timeout: 60_000 });
    return (await done.innerText()).trim();
  }
}

export interface DownloadedFile {
  fileName: string;
  /** Where Playwright saved it. */
  path: string;
  bytes: Buffer;
}

async function downloaded(page: Page, trigger: () => Promise<unknown>, timeout: number): Promise<DownloadedFile> {
  const [download]: [Download, unknown] = await Promise.all([page.waitForEvent('download', { timeout }), trigger()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), path, bytes: await readFile(path) };
}

