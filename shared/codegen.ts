import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed snapshot of the schema Strapi serves (schema.graphql),
// refreshed by `npm run codegen` at the root; a test fails when the two drift apart.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/graphql/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', DateTime: 'string', Date: 'string', Long: 'number', I18NLocaleCode: 'string' },
      },
    },
  },
};

export default config;
