/**
 * The preferences a backup restores, each with the shape it must have. Preferences not listed
 * here are kept in the backup file but not restored: the extension would not know what to do
 * with them (a newer version's setting) and must not let a file set arbitrary storage keys.
 * Add each new `storage.defineItem` of utils/settings.ts here. Pure.
 * @module utils/import/settings
 */
import * as v from 'valibot';
import type { JsonValue } from '@/utils/export/backup';

/** Keys are the storage.local keys (a `local:name` item is stored under `name`). */
export const RESTORABLE_SETTINGS = {
  lastCollectionId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
} satisfies Record<string, v.GenericSchema<unknown>>;

export interface SettingsPlan {
  /** Known settings, checked, to write back. */
  restore: Record<string, JsonValue>;
  /** Keys the file holds that this version does not restore. */
  ignored: string[];
}

export type SettingsCheck = { ok: true; plan: SettingsPlan } | { ok: false; key: string; problem: string };

/** Splits a backup's settings into those to restore and those to ignore; a known key with a bad value fails. */
export function checkSettings(settings: Readonly<Record<string, unknown>>): SettingsCheck {
  const restore: Record<string, JsonValue> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const schema = Object.hasOwn(RESTORABLE_SETTINGS, key) ? RESTORABLE_SETTINGS[key as keyof typeof RESTORABLE_SETTINGS] : undefined;
    if (!schema) {
      ignored.push(key);
      continue;
    }
    const result = v.safeParse(schema, value);
    if (!result.success) return { ok: false, key, problem: result.issues[0].message };
    restore[key] = result.output;
  }
  return { ok: true, plan: { restore, ignored: ignored.sort() } };
}
