import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLES, TARGETS, describeTarget, meets, parseBudgets } from '../budgets';

const json = JSON.parse(readFileSync('scripts/bench/budgets.json', 'utf8')) as Record<string, unknown>;

describe('budgets.json', () => {
  it('should be well-formed: one limit per target, a unit, a source and what it measures', () => {
    expect(() => parseBudgets(json)).not.toThrow();
  });

  it('should hold the budgets and targets of issue 8', () => {
    expect(BUNDLES['content-script'].maxGzipKiB).toBeLessThanOrEqual(60);
    expect(BUNDLES.popup.maxGzipKiB).toBeLessThanOrEqual(60);
    expect(TARGETS['popup-preview-demo'].max).toBeLessThanOrEqual(300);
    expect(TARGETS['library-insert'].min).toBeGreaterThanOrEqual(2_000);
    expect(TARGETS['extraction-vs-readability'].max).toBeLessThanOrEqual(1.3);
  });

  it('should refuse a target with both limits, an unknown unit or an unknown field', () => {
    const target = { max: 1, unit: 'ms', source: 'x', what: 'y' };
    const withTargets = (t: object) => ({ ...json, targets: { broken: t } });

    expect(() => parseBudgets(withTargets({ ...target, min: 1 }))).toThrow(/targets\.broken: needs exactly one/);
    expect(() => parseBudgets(withTargets({ ...target, unit: 'minutes' }))).toThrow(/targets\.broken\.unit/);
    expect(() => parseBudgets(withTargets({ ...target, maximum: 2 }))).toThrow(/targets\.broken\.maximum/);
    expect(() => parseBudgets({ ...json, bundles: { popup: { ...BUNDLES.popup, maxGzipKiB: -1 } } })).toThrow(/bundles\.popup\.maxGzipKiB/);
  });

  it('should describe targets and judge figures by them', () => {
    expect(describeTarget({ max: 300, unit: 'ms', source: '', what: '' })).toBe('≤ 300 ms');
    expect(describeTarget({ min: 2000, unit: '/s', source: '', what: '' })).toBe('≥ 2,000/s');
    expect(meets({ min: 2000, unit: '/s', source: '', what: '' }, 1999)).toBe(false);
    expect(meets({ max: 1.3, unit: '×', source: '', what: '' }, 1.3)).toBe(true);
  });
});
