/**
 * Writes from inside an extension page (bundled with scripts/bench/page-bundle.ts), for the
 * concurrency test: the page's own writes through the repository, and saves it asks the
 * background for, as the popup does. All started at once, so they interleave.
 */
import { browser } from 'wxt/browser';
import { saveClipping, tagClippings } from '@/utils/clippings';
import { db } from '@/utils/db';
import { makeDraft } from './clippings';

export interface WritePlan {
  /** Names this writer's clippings and tags. */
  writer: string;
  /** New clippings written by this page itself. */
  direct: number;
  /** New clippings this page has the background write. */
  viaBackground: number;
  /** Tags added one write at a time to the clipping all writers share (read, change, write). */
  sharedTags: number;
  sharedId: string;
}

function draftFor(writer: string, i: number) {
  return makeDraft({ url: `https://www.kreisblatt.example/${writer}/${i}`, title: `${writer} ${i}`, tags: [writer] });
}

/** Starts every write of the plan at once, interleaved; resolves when all have answered. */
export async function writeConcurrently(plan: WritePlan): Promise<{ failures: string[] }> {
  const writes: Promise<unknown>[] = [];
  const most = Math.max(plan.direct, plan.viaBackground, plan.sharedTags);
  for (let i = 0; i < most; i++) {
    if (i < plan.direct) writes.push(saveClipping(draftFor(plan.writer, i), db));
    if (i < plan.viaBackground) {
      writes.push(
        browser.runtime.sendMessage({ type: 'save-clipping', draft: draftFor(`${plan.writer}-bg`, i) }).then((response: { ok?: boolean }) => {
          if (!response?.ok) throw new Error(`background refused: ${JSON.stringify(response)}`);
        }),
      );
    }
    if (i < plan.sharedTags) writes.push(tagClippings([plan.sharedId], [`${plan.writer}-${i}`], db));
  }
  const results = await Promise.allSettled(writes);
  return { failures: results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])) };
}

/** The one clipping every writer tags. */
export async function createShared(): Promise<string> {
  return (await saveClipping(makeDraft({ url: 'https://www.kreisblatt.example/shared', title: 'Geteilt', tags: [] }), db)).id;
}
