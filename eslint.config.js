import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** A pattern matching an import of the given room (a folder of src/, or scripts/ or test/). */
const roomPattern = (room) => `^(?!.*data/reference/[^/]+\\.json$)(.*/)?${room}(/.*)?$`;

/**
 * Forbids imports, static and dynamic (`import('…')`), from the given rooms, so that imports
 * keep pointing inward. The repository's reference tables (data/reference/*.json) are data, not
 * the src/data room: any room may read them.
 */
const forbid = (...rooms) => {
  const message = (room) =>
    `Imports point inward (app → ui → state → map → data → analysis → i18n; scripts and tests use src, never the reverse); this room may not import ${room}/.`;
  return {
    'no-restricted-imports': [
      'error',
      { patterns: rooms.map((room) => ({ regex: roomPattern(room), message: message(room) })) },
    ],
    'no-restricted-syntax': [
      'error',
      ...rooms.map((room) => ({
        selector: `ImportExpression[source.value=/${roomPattern(room).replaceAll('/', '\\/')}/]`,
        message: message(room),
      })),
    ],
  };
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/app/**'], rules: forbid('scripts', 'test') },
  { files: ['src/ui/**'], rules: forbid('app', 'scripts', 'test') },
  { files: ['src/state/**'], rules: forbid('ui', 'app', 'scripts', 'test') },
  { files: ['src/map/**'], rules: forbid('state', 'ui', 'app', 'scripts', 'test') },
  { files: ['src/data/**'], rules: forbid('map', 'state', 'ui', 'app', 'scripts', 'test') },
  {
    files: ['src/analysis/**'],
    rules: forbid('data', 'map', 'state', 'ui', 'app', 'scripts', 'test'),
  },
  {
    files: ['src/i18n/**'],
    rules: forbid('data', 'map', 'state', 'ui', 'app', 'analysis', 'scripts', 'test'),
  },
  { files: ['scripts/**'], rules: forbid('test') },
  { files: ['scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
);
