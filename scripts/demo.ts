/**
 * `npm run demo`: clips the bundled demo article through the real popup in real Chromium,
 * exports the collection as Markdown, and writes the Markdown and screenshots to demo-output/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { OptionsPage, PopupPage } from './lib/pages';
import { serveDirectory } from './lib/static-server';

const OUT = resolve('demo-output');
const TAGS = ['Werretal', 'Radverkehr'];

async function main(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const server = await serveDirectory(resolve('demo'));
  const browser = await launchWithExtension();
  try {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    await article.screenshot({ path: join(OUT, 'article.png') });

    const popup = await PopupPage.open(browser, article);
    const headline = await popup.waitForPreview();
    await popup.addTags(TAGS);
    await popup.page.locator('#app').screenshot({ path: join(OUT, 'popup.png') });
    await popup.save();
    await popup.page.locator('#app').screenshot({ path: join(OUT, 'popup-saved.png') });

    const options = await OptionsPage.open(browser);
    await options.clippings().first().waitFor();
    await options.page.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
    const { fileName, text } = await options.exportMarkdown();
    await writeFile(join(OUT, fileName), text);

    const shown = (file: string) => `  ${relative(process.cwd(), join(OUT, file))}`;
    console.log(`Clipped "${headline}" with tags ${TAGS.join(', ')} and exported the collection.\n`);
    console.log(['Markdown:', shown(fileName), 'Screenshots:', ...['article.png', 'popup.png', 'popup-saved.png', 'options.png'].map(shown)].join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
