import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { getEnv } from '../env';

// One Apollo client per server request (registerApolloClient scopes it with React's cache()).
// Credentials are added per query by cmsQuery(); this module is never bundled for browsers.
export const { getClient } = registerApolloClient(
  () => new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: `${getEnv().cmsUrl}/graphql` }) }),
);
