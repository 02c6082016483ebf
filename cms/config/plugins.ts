import type { Core } from '@strapi/strapi';
import { readSecrets } from '../src/env';
import { graphqlLimits } from '../src/graphql/limits';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: readSecrets(env).jwtSecret,
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // Strapi leaves both unbounded by default; a hostile query could otherwise walk the graph.
      depthLimit: 10,
      maxLimit: 100,
      defaultLimit: 25,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: {
        // Strapi concatenates these with its own validation rules and plugins.
        ...graphqlLimits(),
        introspection: env('NODE_ENV') !== 'production' || env.bool('GRAPHQL_INTROSPECTION', false),
      },
    },
  },
});

export default config;
