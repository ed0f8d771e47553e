/**
 * `npm run demo`: clips the bundled demo article through the real popup in real Chromium, opens
 * it in the library, exports its collection as Markdown notes (ZIP) through the real export
 * page, and writes the ZIP, the unpacked notes and screenshots of every step to demo-output/.
 * Checks the note against the Foundation's promise (scripts/lib/demo-note.ts) and fails if it
 * falls short.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { launchWithExtension } from './lib/browser';
import { DEMO_TAGS, demoNoteProblems } from './lib/demo-note';
import { OptionsPage, PopupPage } from './lib/pages';
import { serveDirectory } from './lib/static-server';

const OUT = resolve('demo-output');

async function main(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const server = await serveDirectory(resolve('demo'));
  const browser = await launchWithExtension();
  const shots: string[] = [];
  const shoot = async (target: { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> }, name: string, fullPage = false) => {
    await target.screenshot({ path: join(OUT, name), ...(fullPage && { fullPage }) });
    shots.push(name);
  };
  try {
    const article = await browser.context.newPage();
    await article.goto(server.url);
    await shoot(article, 'article.png');

    const popup = await PopupPage.open(browser, article);
    const headline = await popup.waitForPreview();
    await popup.addTags(DEMO_TAGS);
    await shoot(popup.page.locator('#app'), 'popup.png');
    await popup.save();
    await shoot(popup.page.locator('#app'), 'popup-saved.png');

    const options = await OptionsPage.open(browser);
    await options.clippings().first().waitFor();
    await options.filterByCollection('Inbox');
    await options.waitForResultCount('1 clipping of 1');
    await shoot(options.page, 'library.png');
    await options.openClipping(headline);
    // Tall enough to show the clipped article below the metadata and the form.
    await options.page.setViewportSize({ width: 1200, height: 2000 });
    await options.page.locator('.detail-pane iframe').waitFor();
    await shoot(options.page, 'detail.png');
    await options.page.setViewportSize({ width: 1200, height: 900 });

    await options.openExport();
    await shoot(options.page, 'export.png', true);
    const zip = await options.exportFile([/^Markdown notes/, 'Full text']);
    await writeFile(join(OUT, zip.fileName), zip.bytes);
    const folder = zip.fileName.replace(/\.zip$/, '');
    const notes: { path: string; text: string }[] = [];
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(zip.bytes)))) {
      const path = join(OUT, folder, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      if (name.endsWith('.md')) notes.push({ path: join(folder, name), text: strFromU8(bytes) });
    }

    const [note] = notes;
    const problems = notes.length === 1 && note ? demoNoteProblems(note.text, server.url) : [`the ZIP holds ${notes.length} notes, expected 1`];
    const shown = (file: string) => `  ${relative(process.cwd(), join(OUT, file))}`;
    console.log(`Clipped "${headline}" with tags ${DEMO_TAGS.join(', ')}, exported the collection "Inbox" as Markdown notes.\n`);
    console.log(['Markdown notes (ZIP):', shown(zip.fileName), 'The note, unpacked:', ...notes.map((n) => shown(n.path)), 'Screenshots:', ...shots.map(shown)].join('\n'));
    if (note) console.log(`\nIts front matter:\n${/^---\n[\s\S]*?\n---/.exec(note.text)?.[0] ?? '(none)'}`);
    if (problems.length > 0) throw new Error(`The note is not what the demo promises:\n- ${problems.join('\n- ')}`);
    console.log('\nThe note has title, outlet, author, date, URL and tags in its front matter, the article text and the photo caption with its credit,\nand none of the comment form, spam notice, author box or navigation.');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
