// How the two apps are run: `npm start` (and the end-to-end tests) as in production, `npm run dev`
// with the developer tooling.

/**
 * The environment the CMS and the website run with. NODE_ENV=production is what turns off, in
 * Strapi, the GraphQL landing page, introspection for callers without a token and stack traces in
 * error answers, and runs Next's optimized build; `npm run dev` keeps all of those for developers.
 * Set explicitly because a NODE_ENV left in the shell would otherwise decide.
 */
function serverEnv(base, { dev }) {
  return {
    ...base,
    NODE_ENV: dev ? 'development' : 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

module.exports = { serverEnv };
