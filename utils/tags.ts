/**
 * Tag normalisation. Pure.
 * @module utils/tags
 */

/** The identity of a tag: case and white space do not make a different tag ("Lemgo" = " lemgo"). */
export function tagKey(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');
}

/** Trims, folds inner white space, drops empties and merges case-insensitive duplicates (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tagKey(tag);
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
