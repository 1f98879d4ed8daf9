import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Forbids imports from the given rooms of src/, so that imports keep pointing inward. The
 * repository's reference tables (data/reference/*.json) are data, not the src/data room: any
 * room may read them.
 */
const forbid = (...rooms) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: rooms.map((room) => ({
        regex: `^(?!.*data/reference/[^/]+\\.json$)(.*/)?${room}(/.*)?$`,
        message: `Imports point inward (ui → state → map/data/analysis); this room may not import ${room}/.`,
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/analysis/**'], rules: forbid('data', 'map', 'state', 'ui', 'app') },
  { files: ['src/data/**', 'src/map/**'], rules: forbid('state', 'ui', 'app') },
  { files: ['src/state/**'], rules: forbid('ui', 'app') },
  { files: ['src/i18n/**'], rules: forbid('data', 'map', 'state', 'ui', 'app', 'analysis') },
  { files: ['scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
);
