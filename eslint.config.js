// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'test-results/'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a value taken only to leave it out (destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // DESIGN 2: core is pure; it must not reach for the browser or other layers.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', '**/background/**', '**/content/**', '**/popup/**'] },
      ],
    },
  },
  {
    // DESIGN 4.4: only background/sender.ts may read `sender`.
    files: ['src/**'],
    ignores: ['src/background/sender.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='sender']",
          message: 'Only src/background/sender.ts may read the message sender (DESIGN 4.4).',
        },
        {
          // store/addons-linter-allowed.json accepts Preact's innerHTML path because of this.
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML'], AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'No HTML from strings: build elements (the add-on linter flags this).',
        },
      ],
    },
  },
  {
    // Node-side tooling, tests and the demo portal server print progress on purpose.
    files: ['scripts/**', 'tests/**', 'bench/**', 'vite.config.ts', 'vitest.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The demo portal's browser code is plain JavaScript served as-is (no build step).
    files: ['tests/fixtures/**/public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
