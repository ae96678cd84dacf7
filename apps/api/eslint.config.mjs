import baseConfig from '../../eslint.config.mjs';

// Data access has one home: SQL runs only in repositories (`*.repository.ts`), in `*.queries.ts`
// (plain functions for code outside Nest, e.g. the CLIs) and in migrations. Services compose
// repositories; controllers call services only. See docs/decisions/0004-data-access.md.
const SQL_ONLY_IN_REPOSITORIES = {
  selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder|getRepository)$/]',
  message:
    'SQL belongs in a repository (*.repository.ts) or *.queries.ts: call a repository method here.',
};

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/**/*.repository.ts',
      'src/**/*.queries.ts',
      'src/database/**',
      'src/**/*.spec.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', SQL_ONLY_IN_REPOSITORIES] },
  },
  {
    files: ['src/**/*.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository'],
              message: 'Controllers call services only; services call repositories.',
            },
          ],
        },
      ],
    },
  },
];
