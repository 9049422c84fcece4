import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the reference page, from the API schema the build writes
 * (`npm run codegen:web`, run from the project root). The output is checked in;
 * test/unit/web-codegen.test.ts fails when it is stale. A front-end team's own
 * config looks the same, with `schema` pointing at its copy of gateway/api-schema.graphql.
 */
const config: CodegenConfig = {
  schema: 'gateway/api-schema.graphql',
  documents: ['web/src/**/*.tsx', '!web/src/__generated__/**'],
  generates: {
    'web/src/__generated__/': {
      preset: 'client',
      // Each component reads only the fields its own fragment asks for.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        // The graph's DateTime is an ISO 8601 string on the wire.
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumType: 'string-literal',
        useTypeImports: true,
        // Apollo Client adds __typename to every selection but the root's.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
