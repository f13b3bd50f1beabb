import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

/** 'src/web/modules/plans/api/x' -> { side: 'web', name: 'plans', rest: 'api/x' }; undefined outside modules. */
function moduleOf(file) {
  const m = /\/src\/(server|web)\/modules\/([^/]+)(?:\/(.*))?$/.exec(file.split(path.sep).join('/'));
  return m ? { side: m[1], name: m[2], rest: (m[3] ?? '').replace(/\.(ts|tsx|js)$/, '') } : undefined;
}

/**
 * House style, module rule 1, resolved rather than pattern-matched: an import that lands in another
 * module (`../../modules/x/sub/y`, `../x/api/z`, `../../x/components/y`) must land on its index.ts.
 */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      internals:
        "'{{spec}}' reaches into module {{name}}: import it through its index.ts (house style, module rule 1).",
    },
    schema: [],
  },
  create(context) {
    const own = moduleOf(context.filename);
    function check(source) {
      const spec = source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = moduleOf(path.resolve(path.dirname(context.filename), spec));
      if (!target || (own && own.side === target.side && own.name === target.name)) return;
      if (target.rest === '' || target.rest === 'index') return;
      context.report({ node: source, messageId: 'internals', data: { spec, name: target.name } });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const coreKnowsNoModule = { regex: '/modules(/|$)', message: 'core imports no module.' };

const routesOnlyCallServices =
  'a route calls its service, never the data layer: put this behind a service function (house style, module rule 3).';

/** What a *.routes.ts file may not import: repositories, the database layer, Kysely. */
const routesReachNoData = {
  paths: [{ name: 'kysely', message: routesOnlyCallServices }],
  patterns: [
    { regex: '\\.repository$', message: routesOnlyCallServices },
    { regex: '(^|/)db(/|$)', message: routesOnlyCallServices },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A module is entered only through its public door, index.ts: on the server and in the web app,
    // from outside the modules and from another module, however the relative path gets there.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: { 'local/module-boundaries': 'error' },
  },
  {
    // The kernel knows no module.
    files: ['src/server/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreKnowsNoModule] }] },
  },
  {
    // Routes validate, authorize, call a service and present (house style, module rule 3). Restated for
    // the kernel's routes because a later no-restricted-imports replaces the earlier one, it does not add.
    files: ['src/server/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', routesReachNoData] },
  },
  {
    files: ['src/server/core/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...routesReachNoData, patterns: [...routesReachNoData.patterns, coreKnowsNoModule] },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
