/**
 * Page objects for the extension's real pages in Firefox (puppeteer-core over BiDi), the
 * counterpart of scripts/lib/pages.ts (Playwright, Chromium): the same methods, driven through
 * accessible names where the pages offer them. All Firefox page-driving code lives here, so a
 * change to the popup or the library page is mended in this one file.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { downloadFrom, openOptions, openPopupFor, type FirefoxWithExtension } from './firefox';

const TIMEOUT = 15_000;

/** `::-p-aria(…)` is puppeteer's accessible-name query; Firefox answers it over BiDi. */
const byName = (name: string, role?: string) => `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;

export class FirefoxPopupPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup for `article` (the article's tab becomes the active one). */
  static async open(firefox: FirefoxWithExtension, article: Page): Promise<FirefoxPopupPage> {
    return new FirefoxPopupPage(await openPopupFor(firefox, article));
  }

  /** Waits until the preview is shown and returns the headline shown. */
  async waitForPreview(): Promise<string> {
    return textOf(await this.page.waitForSelector('.preview-title', { timeout: TIMEOUT }));
  }

  async failureText(): Promise<string> {
    const notice = await this.page.waitForSelector('::-p-aria([role="alert"])', { timeout: TIMEOUT });
    return (await textOf(notice)).replace(/\s+/g, ' ').trim();
  }

  async field(name: 'outlet' | 'author' | 'date' | 'words'): Promise<string> {
    return textOf(await this.page.waitForSelector(`[data-field="${name}"]`, { timeout: TIMEOUT }));
  }

  async addTags(tags: readonly string[]): Promise<void> {
    const input = await this.page.waitForSelector(byName('Tags'), { timeout: TIMEOUT });
    for (const tag of tags) {
      await input!.type(tag);
      await input!.press('Enter');
    }
  }

  /** Clicks Save and waits for the confirmation, which the popup shows only after the commit. */
  async save(): Promise<void> {
    await (await this.page.waitForSelector(byName('Save', 'button'), { timeout: TIMEOUT }))!.click();
    await waitForRoleWithText(this.page, 'status', 'Saved');
  }
}

export interface ListedClipping {
  title: string;
  outlet: string;
  tags: string[];
}

export class FirefoxOptionsPage {
  private constructor(
    readonly page: Page,
    private readonly firefox: FirefoxWithExtension,
  ) {}

  static async open(firefox: FirefoxWithExtension): Promise<FirefoxOptionsPage> {
    return new FirefoxOptionsPage(await openOptions(firefox), firefox);
  }

  /** The clippings the library lists, once it lists `count` of them. */
  async clippings(count: number): Promise<ListedClipping[]> {
    await this.page.waitForFunction((n) => document.querySelectorAll('li.clip').length === n, { timeout: TIMEOUT }, count);
    return this.page.$$eval('li.clip', (rows) =>
      rows.map((row) => ({
        title: row.querySelector('.clip-title')?.textContent ?? '',
        outlet: row.querySelector('.clip-outlet')?.textContent ?? '',
        tags: [...row.querySelectorAll('.clip-tags li')].map((tag) => tag.textContent ?? ''),
      })),
    );
  }

  /**
   * Clicks the library's "Export…", chooses "Markdown: all clippings in one file", clicks
   * Export and returns the downloaded file's name and text.
   */
  async exportMarkdown(): Promise<{ fileName: string; text: string }> {
    await (await this.page.waitForSelector(byName('Export…', 'button'), { timeout: TIMEOUT }))!.click();
    await (await this.page.waitForSelector(byName('Markdown: all clippings in one file', 'radio'), { timeout: TIMEOUT }))!.click();
    const button = await this.page.waitForSelector(byName('Export', 'button'), { timeout: TIMEOUT });
    return downloadFrom(this.firefox, () => button!.click());
  }
}

async function textOf(element: ElementHandle | null): Promise<string> {
  return (await element?.evaluate((node) => node.textContent)) ?? '';
}

/** Waits until an element with `role` whose text contains `text` is shown. */
async function waitForRoleWithText(page: Page, role: string, text: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    for (const element of await page.$$(`::-p-aria([role="${role}"])`)) {
      if ((await textOf(element)).includes(text)) return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No ${role} saying "${text}" within ${TIMEOUT} ms`);
}
