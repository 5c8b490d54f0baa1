// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Module boundaries from DESIGN.md, enforced rather than remembered.
const storage = ['**/lib/records/**', 'dexie', 'dexie-react-hooks'];
const ui = ['**/components/**', 'react', 'react-dom', 'react-dom/*', 'zustand'];
const browserApis = ['wxt/browser', '#imports', 'wxt/utils/*'];
const noImport = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'assets/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Comment text is untrusted: it is never parsed as HTML or run as code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Comment text is untrusted: use textContent.' },
        { property: 'outerHTML', message: 'Comment text is untrusted: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Comment text is untrusted: use textContent.' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Comment text is untrusted: render it as text.',
        },
      ],
    },
  },
  {
    files: ['lib/grading/**', 'lib/platforms/**'],
    rules: noImport(
      [...storage, ...ui, ...browserApis],
      'lib/grading and lib/platforms stay pure: no storage, no UI, no browser APIs.',
    ),
  },
  {
    files: ['lib/records/**', 'lib/messaging/**', 'lib/responses/**'],
    rules: noImport(ui, 'Storage and messaging never import UI.'),
  },
  {
    files: ['entrypoints/content/**', 'entrypoints/content.ts'],
    rules: noImport(storage, 'The content script runs in the platform origin: it never stores anything.'),
  },
);
