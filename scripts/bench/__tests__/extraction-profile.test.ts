import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY, OTHER_STEP, STEPS, splitBySteps, type ProfileNode, type SampledProfile } from '../extraction-profile';

/** A profile from a call tree written as nested [name, children] pairs; ids in depth-first order. */
function profileOf(tree: [string, unknown[]], samples: Record<string, number>): SampledProfile {
  const nodes: ProfileNode[] = [];
  const idsByPath = new Map<string, number>();
  const add = ([name, children]: [string, unknown[]], path: string): number => {
    const node: ProfileNode = { id: nodes.length + 1, callFrame: { functionName: name }, children: [] };
    nodes.push(node);
    const here = path ? `${path}/${name}` : name;
    idsByPath.set(here, node.id);
    for (const child of children as [string, unknown[]][]) node.children!.push(add(child, here));
    return node.id;
  };
  add(tree, '');
  const sampled = Object.entries(samples).flatMap(([path, count]) => Array<number>(count).fill(idsByPath.get(path)!));
  return { nodes, samples: sampled };
}

const TREE: [string, unknown[]] = [
  '(root)',
  [
    ['(garbage collector)', []],
    [
      'runOnce',
      [
        [
          'extractArticle',
          [
            ['extractMetadata', [['readJsonLd', [['parse', []]]]]],
            ['extractBody', [['copyWithoutFurniture', []], ['parse', [['_grabArticle', []]]], ['tidyArticle', [['extractMetadata', []]]]]],
            ['serializeClean', []],
          ],
        ],
      ],
    ],
  ],
];
const AT = '(root)/runOnce/extractArticle';

describe('splitBySteps', () => {
  it('should credit each sample to the innermost step on its stack, JSON.parse to the metadata and not to Readability', () => {
    const profile = profileOf(TREE, {
      [`${AT}/extractBody/parse/_grabArticle`]: 30,
      [`${AT}/extractBody/parse`]: 10,
      [`${AT}/extractMetadata/readJsonLd/parse`]: 20,
      [`${AT}/extractBody/copyWithoutFurniture`]: 15,
      [`${AT}/extractBody/tidyArticle/extractMetadata`]: 5,
      [`${AT}/serializeClean`]: 10,
      [`${AT}/extractBody`]: 10,
      // Outside the extractor: not in the proportions.
      '(root)/(garbage collector)': 1000,
      '(root)/runOnce': 50,
    });

    const steps = splitBySteps(profile, 2);

    expect(steps['Readability on the working copy']).toBeCloseTo(0.8);
    expect(steps.metadata).toBeCloseTo(0.5);
    expect(steps['working copy without furniture']).toBeCloseTo(0.3);
    expect(steps['tidying what Readability kept']).toBeCloseTo(0);
    expect(steps['figures and captions']).toBe(0);
    expect(steps[OTHER_STEP]).toBeCloseTo(0.4);
  });

  it('should give every step zero when no sample was taken inside the extractor', () => {
    const steps = splitBySteps(profileOf(TREE, { '(root)/(garbage collector)': 3 }), 2);

    expect(Object.keys(steps)).toEqual([...STEPS.map((rule) => rule.step), OTHER_STEP]);
    expect(Object.values(steps).every((ms) => ms === 0)).toBe(true);
  });
});

describe('STEPS', () => {
  const source = readdirSync('utils/extract')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join('utils/extract', name), 'utf8'))
    .join('\n');

  // The bench finds steps by function name: a renamed function would quietly read zero.
  it('should name functions the extractor defines', () => {
    const names = [ENTRY, ...STEPS.flatMap((rule) => [...rule.functions, ...(rule.calledBy ? [rule.calledBy] : [])])].filter((name) => name !== 'parse');
    for (const name of names) expect(source, name).toMatch(new RegExp(String.raw`\bfunction ${name}\(`));
  });

  it('should find Readability where extractBody calls its parse()', () => {
    const body = readFileSync('utils/extract/body.ts', 'utf8');
    const extractBody = body.slice(body.indexOf('export function extractBody('));
    expect(extractBody.slice(0, extractBody.indexOf('\n}\n'))).toMatch(/new Readability<[^>]*>\([\s\S]*?\)\.parse\(\)/);
  });
});
