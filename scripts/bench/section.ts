/**
 * What every section of `npm run bench` receives and returns.
 * @module scripts/bench/section
 */
import type { Figure } from './report';

export interface BenchOptions {
  /** Fewer runs and pages, one library size: a first look in a few minutes. */
  quick: boolean;
  /** Runs per figure where a section repeats a measurement (overrides its default). */
  runs?: number;
  /** Library sizes, smallest first. */
  scales: number[];
  /** Clippings in the export/import library. */
  exportCount: number;
  /** A folder of real pages laid out like ../shared/eval/dev, for the extraction section. */
  evalPages?: string;
  /** How many of those pages (an even sample). */
  evalSample: number;
  /** Also the search designs rejected for the library index (MiniSearch, IndexedDB words). */
  compareSearch: boolean;
  /** A line about what is happening now (printed to stderr). */
  progress(text: string): void;
}

export interface SectionResult {
  figures: Figure[];
  /** Lines printed under the table. */
  notes?: string[];
  /** Everything else worth keeping in the JSON copy (per-page times, raw samples …). */
  raw?: unknown;
}

/** Runs per figure: the section's default, fewer with --quick, or what --runs says. */
export function runsFor(options: BenchOptions, normal: number, quick: number): number {
  return options.runs ?? (options.quick ? quick : normal);
}
