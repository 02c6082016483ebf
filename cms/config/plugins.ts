import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { cmsEnv } from '../src/env';
import { graphqlLimits } from '../src/graphql/limits';

const config = (): Core.Config.Plugin => {
  const env = cmsEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env.secrets.jwtSecret,
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
        // In production no landing page at all: `false` would make Strapi serve Apollo's
        // production landing page, which loads Apollo's scripts from their CDN.
        landingPage: env.production ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: {
          // Strapi concatenates these with its own validation rules and plugins.
          ...graphqlLimits(),
          introspection: env.graphqlIntrospection,
        },
      },
    },
  };
};

export default config;
