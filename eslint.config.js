// Lint for what the type checker cannot see: HTML sinks fed with page-derived strings, and
// imports that would break the one-way data flow (see README, "Architecture").
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const pureCore = [
  'utils/extract/**', 'utils/export/**', 'utils/tags.ts', 'utils/url.ts', 'utils/page-access.ts', 'utils/browser-env.ts',
  'utils/selection.ts', 'utils/clip-draft.ts', 'utils/shortcuts.ts', 'utils/search.ts', 'utils/library-index/{segment,snapshot,filter}.ts',
];
const noExtensionApis = {
  patterns: [
    { group: ['wxt/browser', '#imports', 'wxt/*'], message: 'The pure core runs in Node and in web pages: no extension APIs.' },
    { group: ['@/utils/db', '@/utils/clippings', '@/utils/settings'], allowTypeImports: true, message: 'The pure core does not touch storage (types are fine).' },
    { group: ['preact', 'preact/*', '@/components/*'], message: 'The pure core has no UI.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'demo-output/**', 'bench-output/**', '.scratch/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'no-unsanitized': noUnsanitized, '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Clipped HTML is rendered only inside the sandboxed ClipFrame.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: pureCore,
    ignores: ['**/__tests__/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', noExtensionApis] },
  },
  {
    files: ['entrypoints/extract.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/utils/db', '@/utils/clippings', '@/components/*'], allowTypeImports: true, message: 'The content script runs in the news site: it would open IndexedDB in the site’s origin.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/useLiveQuery.ts', '**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/utils/db', '@/utils/clippings', 'wxt/browser'], allowTypeImports: true, message: 'Components are presentational: props in, callbacks out.' }] },
      ],
    },
  },
);
