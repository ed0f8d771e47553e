import { describe, expect, it } from 'vitest';
import { explainWarning, type LintMessage } from '../firefox-lint';

/** A one-line minified file with `before` + `innerHTML=` + `after`, and the warning pointing at it. */
function warningIn(before: string, after: string, code = 'UNSAFE_VAR_ASSIGNMENT'): [LintMessage, string] {
  const line = `${before}x.innerHTML=y${after}`;
  return [{ code, message: 'Unsafe assignment to innerHTML', file: 'chunk.js', line: 2, column: before.length }, `"use strict";\n${line}\n`];
}

describe('explainWarning', () => {
  it.each([
    ['DOMPurify', 'if(!t){t=a.createDocument(n,`template`,null);try{', '}catch{}}'],
    ['Preact', 'd==`dangerouslySetInnerHTML`?f=h:0;f&&(', ')'],
    ['@mozilla/readability', 'if(l<this._charThreshold){', ',this._attempts.push({c:l})}'],
    ['@mozilla/readability', 'var n=Array.from(e.getElementsByTagName("noscript"));n.forEach(function(t){', '})'],
  ])('should name %s as the source of its own innerHTML write', (source, before, after) => {
    const [warning, file] = warningIn(before, after);

    expect(explainWarning(warning, file)?.source).toBe(source);
  });

  it('should not explain an innerHTML write of our own', () => {
    const [warning, file] = warningIn('function show(e,title){', '}');

    expect(explainWarning(warning, file)).toBeUndefined();
  });

  it('should not explain another kind of warning next to a known library', () => {
    const [warning, file] = warningIn('d==`dangerouslySetInnerHTML`?f=h:0;f&&(', ')', 'DANGEROUS_EVAL');

    expect(explainWarning(warning, file)).toBeUndefined();
  });

  it('should not explain a manifest warning', () => {
    expect(explainWarning({ code: 'MISSING_ADDON_ID', message: 'The add-on ID is missing' }, undefined)).toBeUndefined();
  });
});
