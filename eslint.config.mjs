// `npm run lint` (run by `npm test`): typescript-eslint's recommended rules, with the type-aware
// ones that catch a promise nobody waits for, and the layering rule that keeps vscode out of core.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['src/core/sidecar/generated/**', 'dist/**', 'out/**', '.vscode-test/**', '.test-runs/**', 'node_modules/**', '**/*.mjs', '**/*.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read what the command line printed as JSON: its shape is what they assert.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure TypeScript: the editor layer (src/editor) adapts vscode types to it.' }],
        patterns: [{ group: ['**/editor/**', '**/cli/**'], message: 'src/core depends on nothing above it.' }],
      }],
    },
  },
);
