// Flat config. Deliberately no type-aware rules: `tsc --noEmit` already typechecks, and lint stays fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.screenshots/',
      'custom-elements.json',
      'test-results/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Node-side files: configs, scripts, the demo server.
    files: ['**/*.{js,mjs,cjs}', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.ts', 'test/components/**/*.ts', 'demo/**/*.{ts,js}', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  // Layers that check themselves (README, "Architecture"): each folder says what it may import, so a break fails lint.
  {
    files: ['src/model/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./)',
              message:
                'src/model/ is pure TypeScript: it imports only from src/model/ (wording comes in as `Wording`).',
            },
          ],
        },
      ],
      // `import()` is not an import declaration: the model loads nothing lazily either.
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'src/model/ loads nothing lazily.' }],
    },
  },
  {
    files: ['src/controllers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)components/',
              message: 'Controllers import no component: the element passes in what they need (a loader, a callback).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)components\\//]',
          message: 'Controllers load no component lazily either: the element passes in the loader.',
        },
      ],
    },
  },
  {
    files: ['src/locales/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|controllers)/',
              message: 'Locales are strings typed by the model: they import no component or controller.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/views/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A view may name the shape it reads (a type), never run a controller: the element hands it over.
              regex: '(^|/)controllers/',
              allowTypeImports: true,
              message:
                'Views render what they are given: they import no controller (a type for what they read is fine).',
            },
          ],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      // `_unused` marks an argument or binding kept on purpose (an interface's parameter, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        // `retry` is the parameter of each lazy import, used by the build only (src/lazy-chunk.ts).
        {
          argsIgnorePattern: '^(_|retry$)',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
);
