import { HttpLink } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { getEnv } from '../env';

// One Apollo client per server request (registerApolloClient scopes it with React's cache()).
// The read token is attached here, on the server only: this module is never bundled for browsers.
export const { getClient } = registerApolloClient(() => {
  const env = getEnv();
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({
      uri: `${env.cmsUrl}/graphql`,
      headers: { authorization: `Bearer ${env.cmsReadToken ?? ''}` },
    }),
  });
});
