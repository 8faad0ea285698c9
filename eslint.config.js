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
