/**
 * The DOM implementations the evaluation runs on. A module of its own: `npm run eval:extract`
 * checks its `--dom` option against this list before it sets PRESSCLIP_EVAL_DOM, and ./dom.ts
 * reads that variable when it is first imported.
 * @module scripts/eval/dom-names
 */
export const DOM_NAMES = ['jsdom', 'linkedom', 'chromium'] as const;
export type DomName = (typeof DOM_NAMES)[number];

export function isDomName(value: string | undefined): value is DomName {
  return DOM_NAMES.some((name) => name === value);
}
