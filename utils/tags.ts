/**
 * Tag normalisation. Pure.
 * @module utils/tags
 */

/** Trims, folds inner white space, drops empties and merges case-insensitive duplicates (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase('de');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** Splits typed input on commas and semicolons ("Lemgo, Stadtrat" → two tags). */
export function parseTagInput(input: string): string[] {
  return normalizeTags(input.split(/[,;]/));
}
