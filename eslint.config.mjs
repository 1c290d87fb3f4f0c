// Flat ESLint config: recommended rules, type-aware promise checks, and the dependency rule of src/core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'util', 'events', 'stream', 'url', 'http', 'https', 'net', 'readline', 'buffer', 'process', 'perf_hooks'];
const banned = [...nodeBuiltins, ...nodeBuiltins.map(m => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-host/**', 'tools/**', 'esbuild.js', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...banned].map(name => ({ name, message: 'src/core is pure: no vscode, no Node built-ins.' })) }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core is pure: no Node globals.' }, { name: 'require', message: 'src/core is pure.' }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...banned].map(name => ({ name, message: 'webview code runs in the browser sandbox.' })) }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Build DOM with textContent.' }, { property: 'outerHTML', message: 'Build DOM with textContent.' }],
    },
  },
);
