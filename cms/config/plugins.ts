import type { Core } from '@strapi/strapi';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { cmsEnv, type MediaStorage } from '../src/env';
import { graphqlLimits } from '../src/graphql/limits';
import { articlePageReader } from '../src/graphql/article-page';
import { listingPageReaders } from '../src/graphql/listing-pages';
import { pageReaderPlugin } from '../src/graphql/page-reader';
import { responseCachePlugin } from '../src/graphql/response-cache';

const config = (): Core.Config.Plugin => {
  const env = cmsEnv();
  const limits = graphqlLimits();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env.secrets.jwtSecret,
      },
    },
    upload: { config: uploadConfig(env.media) },
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
          ...limits,
          // Apollo's cache-control plugin works out an HTTP cache hint at every field of every answer;
          // the CMS sets none (its answers carry no max-age), so that work is skipped.
          plugins: [
            ...limits.plugins,
            responseCachePlugin(),
            // After the kept answers: the website's pages read in one pass, kept by the cache.
            pageReaderPlugin([articlePageReader, ...listingPageReaders]),
            ApolloServerPluginCacheControlDisabled(),
          ],
          introspection: env.graphqlIntrospection,
        },
      },
    },
  };
};

/**
 * The media library's storage: local disk (Strapi's default), or an S3-compatible bucket, so that
 * several CMS instances share one library and keep nothing on their own disks.
 */
function uploadConfig(media: MediaStorage) {
  if (media.kind === 'local') return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Pictures are <publicUrl>/uploads/<file>, as they are on local disk under the CMS's origin.
      baseUrl: media.publicUrl,
      rootPath: 'uploads',
      s3Options: {
        region: media.region,
        ...(media.endpoint ? { endpoint: media.endpoint } : {}),
        forcePathStyle: media.forcePathStyle,
        ...(media.credentials ? { credentials: media.credentials } : {}),
        // `ACL` present but undefined: the provider then sends none (buckets with ACLs disabled).
        params: { Bucket: media.bucket, ACL: media.acl },
      },
    },
  };
}

export default config;
