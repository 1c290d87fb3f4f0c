// Flat ESLint config: recommended rules, type-aware promise checks, and the dependency rule of src/core.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in, as Node itself lists them (a hand-typed list missed some), with and without `node:`.
const banned = [...new Set(builtinModules.flatMap(m => (m.startsWith('node:') ? [m] : [m, `node:${m}`])))];

// compromise's views are `any`-typed and its lexicon is global: one adapter wraps it (STYLE.md, principle 8).
const compromiseOnlyInAdapter = { group: ['compromise', 'compromise/*'], message: 'Reach compromise only through src/core/nlp/adapter.ts.' };
// A feature uses services/ and core/, never another feature: shared helpers move to services/. A feature made of
// several files names its own parts here: the Cross-Reference view's trees and switch, the coverage feature's
// tree, webview and export.
const FEATURE_PARTS = ['./deps', './crossReferenceTree', './crossReferenceSwitch', './coverageTree', './coverageView', './coverageExportCommand'];
const noFeatureToFeature = {
  group: ['./*', ...FEATURE_PARTS.map(part => `!${part}`)],
  message: 'Features do not import other features: move the shared helper to src/services/ (a feature\'s own parts are listed in FEATURE_PARTS).',
};
// The core imports only the core: the glue's ids, services and features come in as arguments.
const coreImportsOnlyCore = { group: ['../ids', '../../ids', '**/services/*', '**/features/*', '**/worker/*', '**/cli/*'], message: 'src/core imports only src/core: pass glue values in.' };
// The globals a Node script may use (the `globals` package is not a direct dependency).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'require', 'module', 'exports', '__dirname', '__filename', 'Buffer', 'URL', 'URLSearchParams', 'fetch', 'AbortSignal', 'AbortController',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'performance', 'structuredClone', 'TextDecoder', 'TextEncoder', 'SharedArrayBuffer', 'Atomics']
    .map(name => [name, 'readonly']),
);
const pureCoreImports = message => ({ paths: ['vscode', ...banned].map(name => ({ name, message })), patterns: [compromiseOnlyInAdapter, coreImportsOnlyCore] });

// Word lists live in src/core/lexicon/ (wordList(id, reason, words)); a rule file imports them from there.
// A string literal is "a word" when it is lower-case letters (with ' & . - or spaces): what a list of words holds.
const WORD = "/^[a-z&][a-z' &.-]*$/";
const noWordSets = ['error',
  {
    selector: `NewExpression[callee.name='Set'] > ArrayExpression.arguments[elements.1.value=${WORD}]`,
    message: 'A set of words belongs in src/core/lexicon/ (wordList(id, reason, words)); import it from there.',
  },
  {
    // Three or more elements, every one a word: a word list, not a tuple or a list of keys ("entity_id").
    selector: `ArrayExpression:not(NewExpression > ArrayExpression)[elements.length>=3]:not(:has(> :not(Literal[value=${WORD}])))`,
    message: 'A list of words belongs in src/core/lexicon/ (wordList(id, reason, words)); import it from there.',
  },
  {
    selector: `CallExpression[callee.property.name=/^(includes|indexOf)$/] > ArrayExpression.callee.object[elements.1.value=${WORD}]`,
    message: 'A list of words belongs in src/core/lexicon/ (wordList(id, reason, words)); import it from there.',
  },
];
// Files that still declare word sets while their owners move them into the lexicon (issue 14, round of the
// lexicon move). Remove each entry when its file holds no word set any more; remove the list when it is empty.
const WORD_SETS_STILL_IN = [
  'src/core/claims/alignClaims.ts', 'src/core/claims/numberLexicon.ts', 'src/core/claims/readNumbers.ts', 'src/core/claims/splitClaims.ts',
  'src/core/entities/evidence.ts', 'src/core/entities/kind.ts', 'src/core/entities/paragraph.ts',
  'src/core/entities/roleLists.ts', 'src/core/entities/rolePhrase.ts', 'src/core/entities/rolePredicates.ts', 'src/core/entities/roleReferences.ts', 'src/core/entities/roleSpans.ts',
  'src/core/quotes/describe.ts', 'src/core/quotes/findCue.ts', 'src/core/quotes/matchQuotes.ts', 'src/core/quotes/quoteKinds.ts',
  'src/core/quotes/resolveSpeaker.ts', 'src/core/quotes/subjectTokens.ts', 'src/core/quotes/subjectVerbCue.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-host/**', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Build and test scripts: plain Node JavaScript, type-checked by tsconfig.tools.json (JSDoc + checkJs).
    files: ['tools/**/*.mjs', 'tools/**/*.cjs', 'esbuild.js'],
    languageOptions: { globals: nodeGlobals },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['tools/**/*.cjs', 'esbuild.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [compromiseOnlyInAdapter] }],
    },
  },
  {
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [compromiseOnlyInAdapter, noFeatureToFeature] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreImports('src/core is pure: no vscode, no Node built-ins.')],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core is pure: no Node globals.' }, { name: 'require', message: 'src/core is pure.' }],
    },
  },
  {
    // No word sets in the core outside the lexicon. The one exception: the values of a union type (an enum's
    // members, checked by the compiler, not words), marked where they stand with
    // `// eslint-disable-next-line no-restricted-syntax -- the values of <Type>, not words`.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/lexicon/**', ...WORD_SETS_STILL_IN],
    rules: { 'no-restricted-syntax': noWordSets },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreImports('webview code runs in the browser sandbox.')],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Build DOM with textContent.' }, { property: 'outerHTML', message: 'Build DOM with textContent.' }],
    },
  },
  {
    // The one file that touches compromise.
    files: ['src/core/nlp/adapter.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...banned].map(name => ({ name, message: 'src/core is pure: no vscode, no Node built-ins.' })), patterns: [coreImportsOnlyCore] }],
    },
  },
);
