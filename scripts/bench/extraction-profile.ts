/**
 * Where extractArticle's time goes on a page: a sampling profile (DevTools protocol) of warm
 * runs in the page, each sample credited to the step of the extractor it was taken in. The
 * extraction section prints the sums per page group, in units of Readability alone's time, so
 * a ratio above the target shows which step it comes from.
 *
 * Steps are recognised by their functions' names in the page bundle, which is not minified
 * (./page-bundle.ts). A step whose function is renamed would read zero: the unit tests check
 * that the names exist, and the section warns about a step no page spent time in.
 * @module scripts/bench/extraction-profile
 */
import type { CDPSession, Page } from 'playwright-core';

interface StepRule {
  step: string;
  /** The functions that run the step. */
  functions: readonly string[];
  /** Only when called by this function ("parse" is also JSON.parse, met while reading JSON-LD). */
  calledBy?: string;
}

/** Steps of extractArticle, by the functions that run them; a sample goes to the innermost match. */
export const STEPS: readonly StepRule[] = [
  { step: 'Readability on the working copy', functions: ['parse'], calledBy: 'extractBody' },
  { step: 'metadata', functions: ['extractMetadata'] },
  { step: 'working copy without furniture', functions: ['copyWithoutFurniture'] },
  { step: 'tidying what Readability kept', functions: ['tidyArticle'] },
  { step: 'figures and captions', functions: ['normalizeFigures', 'restoreFigures', 'extractCaptions'] },
];

export const OTHER_STEP = 'everything else';

/** Every step's name, in the order they are printed: STEPS, then OTHER_STEP. */
export const STEP_NAMES: readonly string[] = [...STEPS.map((rule) => rule.step), OTHER_STEP];

/** Milliseconds per run of each step (STEPS, then OTHER_STEP). */
export type StepTimes = Record<string, number>;

/** The profiler's node as the DevTools protocol reports it (the parts read here). */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/** The extractor itself: samples outside it are not its time. */
export const ENTRY = 'extractArticle';
/** Sampling interval: fine enough for runs well under a millisecond. */
const SAMPLING_MICROSECONDS = 50;

type Bench = { extractionBench: typeof import('./extraction-page') };

/**
 * Profiles `runs` warm runs of extractArticle in `tab` (the extraction bench script already
 * evaluated there) and splits `runMs`, the run's warm median timed without the profiler,
 * between the steps (splitBySteps).
 */
export async function profileSteps(session: CDPSession, tab: Page, runs: number, runMs: number): Promise<StepTimes> {
  // Warm, as the timed runs were: the first runs compile the code.
  await tab.evaluate(() => (globalThis as unknown as Bench).extractionBench.timeRuns('pressclip', 3));
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_MICROSECONDS });
  await session.send('Profiler.start');
  await tab.evaluate((n) => (globalThis as unknown as Bench).extractionBench.timeRuns('pressclip', n), runs);
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');

  return splitBySteps(profile, runMs);
}

/** A sampling profile as the DevTools protocol reports it (the parts read here). */
export interface SampledProfile {
  nodes: ProfileNode[];
  samples?: number[];
}

/**
 * Splits `runMs` between the steps in proportion to the samples taken in each: a sample goes to
 * the innermost step function on its stack, or to OTHER_STEP when it is inside the extractor
 * (ENTRY) but in no step. Samples outside the extractor (garbage collection, the bench's own
 * loop, Readability alone) are left out of the proportions.
 */
export function splitBySteps(profile: SampledProfile, runMs: number): StepTimes {
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const counts = new Map<string, number>();
  let inExtractor = 0;
  // One step per profile node, worked out once, not once per sample.
  const stepOfNode = new Map<number, string | null>();
  const stepOf = (id: number): string | null => {
    const known = stepOfNode.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) path.push(nodes.get(at)!.callFrame.functionName);
    const entry = path.indexOf(ENTRY);
    let step: string | null = null;
    if (entry >= 0) {
      step = OTHER_STEP;
      for (let i = 0; i < entry; i++) {
        const match = STEPS.find((rule) => rule.functions.includes(path[i]!) && (rule.calledBy === undefined || path[i + 1] === rule.calledBy));
        if (match) {
          step = match.step;
          break;
        }
      }
    }
    stepOfNode.set(id, step);
    return step;
  };
  for (const id of profile.samples ?? []) {
    const step = stepOf(id);
    if (step === null) continue;
    inExtractor++;
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return Object.fromEntries(STEP_NAMES.map((step) => [step, inExtractor === 0 ? 0 : (runMs * (counts.get(step) ?? 0)) / inExtractor]));
}
