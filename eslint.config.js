import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The app imports domain modules file by file: the src/domain index would pull every schema into the initial chunk.
const DOMAIN_BARREL = { regex: '^(\\.\\./)+domain$', message: 'Import the specific src/domain module, not the index.' };

export default tseslint.config(
  { ignores: ['dist', 'reports', 'node_modules', 'coverage', '.tmp', 'dev-dist'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Pack and share-link strings are always rendered as text (security, issue 8).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; never inject HTML.' },
      ],
    },
  },
  {
    // The domain core stays framework-free: no React, no DOM, no storage, no network.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'zustand', 'zustand/*'], message: 'src/domain must not import UI or state libraries.' },
            { group: ['../../data/*', '../../store/*', '../../features/*', '../../ui/*', '../../app/*'], message: 'src/domain must not import app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator'],
    },
  },
  {
    files: ['src/{app,data,store,ui}/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [DOMAIN_BARREL] }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      // Feature folders never import one another (bulletproof-react); shared code lives in src/ui, src/data, src/store.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./[^.]', message: 'Features must not import other features.' }, DOMAIN_BARREL] },
      ],
    },
  },
);
