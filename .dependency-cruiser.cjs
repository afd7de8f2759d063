/**
 * The borders of the code (ARCHITECTURE.md "A module"), checked by `npm run lint:borders` (part of
 * `npm test`): a forbidden import fails the build. There is no baseline: the tree has no violation.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-reads-other-module-tables',
      comment:
        "A module reaches another module's data through that module's functions (figures.ts, queries.ts, " +
        'lookup.ts, commands), never its tables. Type-only imports are fine; a schema.ts may reference ' +
        "another schema.ts for a foreign key. The tenant structure's exit is units/refs.ts (not a schema file).",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '^src/server/modules/[^/]+/schema\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/schema\\.ts$',
        pathNot: '^src/server/modules/$1/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'module-imports-schema-barrel',
      comment: 'db/schema.ts lists every table for drizzle-kit only; a module imports its own schema.ts.',
      severity: 'error',
      from: { path: '^src/server/modules/' },
      to: { path: '^src/server/db/schema\\.ts$' },
    },
    {
      name: 'web-imports-server',
      comment: 'The staff app talks to the server over HTTP; its types come from the OpenAPI document.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'lib-imports-app-code',
      comment: 'src/lib is shared by the server and the web: it depends on neither.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'modules-in-a-cycle',
      comment:
        'Modules depend on each other in one direction: a cycle through two modules means one of them ' +
        'holds the other’s rule. Cycles inside one module are left to the module.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^src/server/modules/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    exclude: { path: '^src/web/lib/api-types/' },
  },
};
