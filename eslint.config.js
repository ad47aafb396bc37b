import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'docs/api/', 'coverage/', '.artifacts/', '.tmp/', 'examples/status-page/vendor/', 'examples/edge-worker/worker.bundle.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names; for the plain .mjs scripts Node's globals are the context.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No hidden clock: take `now` as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No hidden clock: take `now` as an argument.' },
      ],
    },
  },
  { files: ['src/cli/**', 'bench/**', 'scripts/**', 'examples/**'], rules: { 'no-restricted-syntax': 'off' } },
);
