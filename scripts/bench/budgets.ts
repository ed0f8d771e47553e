/**
 * The targets and budgets of `npm run bench` (and the bundle budgets `npm run zip` enforces),
 * from budgets.json beside this file, checked when loaded: a typo there fails loudly instead of
 * silently dropping a budget.
 * @module scripts/bench/budgets
 */
import * as v from 'valibot';
import file from './budgets.json';

const UNITS = ['ms', 's', '/s', '×', 'MB'] as const;

const text = v.pipe(v.string(), v.nonEmpty());
const positive = v.pipe(v.number(), v.minValue(0, 'is negative'), v.check((n) => n > 0, 'is not above 0'));

const targetSchema = v.pipe(
  v.strictObject({ max: v.optional(positive), min: v.optional(positive), unit: v.picklist(UNITS), source: text, what: text }),
  v.check((t) => (t.max === undefined) !== (t.min === undefined), 'needs exactly one of "max" and "min"'),
);

const bundleSchema = v.strictObject({
  entry: v.pipe(text, v.regex(/^[\w./-]+\.(?:html|js)$/, 'is not a file of the build')),
  load: v.picklist(['first-paint', 'all']),
  except: v.optional(v.array(v.pipe(text, v.regex(/^[\w-]+$/, 'is not a chunk name')))),
  maxGzipKiB: positive,
  source: text,
  what: text,
});

export const budgetsSchema = v.strictObject({
  $comment: text,
  targets: v.record(v.pipe(v.string(), v.regex(/^[a-z-]+$/)), targetSchema),
  bundles: v.record(v.pipe(v.string(), v.regex(/^[a-z-]+$/)), bundleSchema),
});

export type Target = v.InferOutput<typeof targetSchema>;
export type BundleBudget = v.InferOutput<typeof bundleSchema>;
export type TargetKey = keyof (typeof file)['targets'];
export type BundleKey = keyof (typeof file)['bundles'];

/** Parses budgets.json's content; throws with every problem listed. */
export function parseBudgets(json: unknown): v.InferOutput<typeof budgetsSchema> {
  const result = v.safeParse(budgetsSchema, json);
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
    throw new Error(`scripts/bench/budgets.json is not well-formed:\n  ${problems.join('\n  ')}`);
  }
  return result.output;
}

const budgets = parseBudgets(file);

export const TARGETS = budgets.targets as Record<TargetKey, Target>;
export const BUNDLES = budgets.bundles as Record<BundleKey, BundleBudget>;

/** "≤ 300 ms", "≥ 2,000/s", "≤ 1.3×". */
export function describeTarget(target: Target): string {
  const value = (target.max ?? target.min)!;
  const number = value.toLocaleString('en');
  const unit = target.unit === '/s' || target.unit === '×' ? target.unit : ` ${target.unit}`;
  return `${target.max !== undefined ? '≤' : '≥'} ${number}${unit}`;
}

/** Whether a figure (in the target's unit) meets it. */
export function meets(target: Target, value: number): boolean {
  return target.max !== undefined ? value <= target.max : value >= target.min!;
}
